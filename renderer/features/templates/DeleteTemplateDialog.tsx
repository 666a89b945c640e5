import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { AlertDialog } from 'radix-ui';
import type { Template } from '../../../shared/model';
import { Button } from '../../components/Button';
import { showToast } from '../../components/useToastStore';
import { describeError } from '../../errors/describeError';
import { useRepositories } from '../../src/RepositoriesContext';
import { navigate } from '../../src/useRoute';
import { useTemplateLifecycleActions } from './useTemplateLifecycleActions';

/**
 * Delete… of an own template. What the dialog offers follows the shared rule (`templateLifecycle`,
 * read live through `usage`): with no deal using the template it names everything a delete removes
 * and deletes for good on confirmation; while deals use it, it says how many and that the template
 * can only be retired, and offers that instead. The repository checks the rule again in its
 * transaction (a deal created in another window meanwhile), and a refusal is shown here.
 */
export function DeleteTemplateDialog({
  template,
  onOpenChange,
}: {
  template: Template;
  onOpenChange(open: boolean): void;
}) {
  const { t } = useTranslation(['templates', 'common']);
  const { templates } = useRepositories();
  const usage = useLiveQuery(
    async () => (await templates.usage(template.id)) ?? null,
    [templates, template.id],
  );
  const { retire } = useTemplateLifecycleActions(template);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  if (usage === undefined) return null;
  const lifecycle = usage?.lifecycle;
  const deletable = lifecycle?.delete.allowed === true;

  async function remove() {
    setBusy(true);
    setFailure(null);
    try {
      await templates.remove(template.id);
      onOpenChange(false);
      navigate({ screen: 'templates' });
      showToast({ message: t('deleteDialog.done', { name: template.name }) });
    } catch (error) {
      setFailure(describeError(error));
      setBusy(false);
    }
  }

  async function retireInstead() {
    setBusy(true);
    if (await retire()) onOpenChange(false);
    else setBusy(false);
  }

  const versions = usage?.versions ?? [];
  const range =
    versions.length === 1
      ? t('versionShort', { version: versions[0] ?? 1 })
      : t('deleteDialog.versionRange', { first: versions[0] ?? 1, last: versions.at(-1) ?? 1 });
  return (
    <AlertDialog.Root open onOpenChange={onOpenChange}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog" style={{ width: 480 }} data-testid="delete-template-dialog">
          <div className="dialog-header">
            <AlertDialog.Title className="dialog-title">
              {deletable
                ? t('deleteDialog.title', { name: template.name })
                : t('deleteDialog.inUseTitle', { name: template.name })}
            </AlertDialog.Title>
          </div>
          <AlertDialog.Description asChild>
            <div className="dialog-description delete-template-body">
              {deletable ? (
                <>
                  <p>{t('deleteDialog.body')}</p>
                  <ul data-testid="delete-template-removes">
                    <li>
                      {t('deleteDialog.versions', { count: versions.length })} ({range})
                    </li>
                    {usage?.workingCopy && <li>{t('deleteDialog.workingCopy')}</li>}
                    {usage?.playbook && <li>{t('deleteDialog.playbook')}</li>}
                    {(usage?.reviews ?? 0) > 0 && (
                      <li>{t('deleteDialog.reviews', { count: usage?.reviews ?? 0 })}</li>
                    )}
                  </ul>
                  <p>{t('deleteDialog.final')}</p>
                </>
              ) : (
                <>
                  <p data-testid="delete-template-in-use">
                    {t('deleteDialog.inUse', { count: lifecycle?.dealsUsing ?? 0 })}
                  </p>
                  {lifecycle?.status === 'retired' && <p>{t('deleteDialog.inUseRetired')}</p>}
                </>
              )}
            </div>
          </AlertDialog.Description>
          {failure && (
            <p className="field-error delete-template-failure" role="alert">
              {failure}
            </p>
          )}
          <div className="dialog-footer">
            <AlertDialog.Cancel className="btn btn-secondary">
              {deletable || lifecycle?.retire.allowed
                ? t('common:actions.cancel')
                : t('common:actions.close')}
            </AlertDialog.Cancel>
            {deletable ? (
              <Button variant="danger" disabled={busy} onClick={() => void remove()}>
                {t('deleteDialog.confirm')}
              </Button>
            ) : (
              lifecycle?.retire.allowed && (
                <Button variant="primary" disabled={busy} onClick={() => void retireInstead()}>
                  {t('deleteDialog.retireInstead')}
                </Button>
              )
            )}
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
