import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { Dialog, FormFooter } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { showToast } from '../../components/useToastStore';
import { useRepositories } from '../../src/RepositoriesContext';
import { templateStatusOf } from '../../../shared/templates/templateLifecycle';
import { savePackFile } from './packFiles';
import './templateEditor.css';

/** Export pack…: which own templates, every version or the latest, and the author's name. */
export function PackExportDialog({ onOpenChange }: { onOpenChange(open: boolean): void }) {
  const { t } = useTranslation(['templateEditor', 'templates']);
  const { templates, templatePacks, settings } = useRepositories();
  const own = useLiveQuery(
    async () => (await templates.list()).filter((template) => !template.builtIn),
    [templates],
  );
  const storedAuthor = useLiveQuery(async () => (await settings.getAll()).authorName, [settings]);
  const [unchecked, setUnchecked] = useState<ReadonlySet<string>>(new Set());
  const [allVersions, setAllVersions] = useState(true);
  const [author, setAuthor] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const chosen = (own ?? []).filter((template) => !unchecked.has(template.id));

  async function exportPack() {
    if (chosen.length === 0) {
      setFailure(t('pack.pickAtLeastOne'));
      return;
    }
    try {
      const pack = await templatePacks.exportPack({
        templateIds: chosen.map((template) => template.id),
        allVersions,
        author: author ?? storedAuthor ?? '',
      });
      const name = await savePackFile(pack);
      if (name) {
        onOpenChange(false);
        showToast({ message: t('pack.exported', { name }) });
      }
    } catch (cause) {
      setFailure(cause instanceof Error ? cause.message : String(cause));
    }
  }

  return (
    <Dialog
      open
      onOpenChange={onOpenChange}
      title={t('pack.exportTitle')}
      description={t('pack.exportDescription')}
      onSubmit={() => void exportPack()}
      testId="pack-export-dialog"
      width={560}
      footer={<FormFooter onCancel={() => onOpenChange(false)} submitLabel={t('pack.exportAction')} />}
    >
      <fieldset className="te-fieldset">
        <legend>{t('pack.choose')}</legend>
        {own && own.length === 0 && <p className="section-hint">{t('pack.noOwn')}</p>}
        <ul className="te-pack-list">
          {(own ?? []).map((template) => (
            <li key={template.id}>
              <label>
                <input
                  type="checkbox"
                  checked={!unchecked.has(template.id)}
                  onChange={(event) =>
                    setUnchecked((prev) => {
                      const next = new Set(prev);
                      if (event.target.checked) next.delete(template.id);
                      else next.add(template.id);
                      return next;
                    })
                  }
                />
                {template.name} · {t('templates:versionShort', { version: template.version })}
                {templateStatusOf(template) === 'retired' && <> · {t('pack.retiredHere')}</>}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset className="te-fieldset">
        <legend>{t('pack.versions')}</legend>
        <label className="te-radio">
          <input
            type="radio"
            name="pack-versions"
            checked={allVersions}
            onChange={() => setAllVersions(true)}
          />
          {t('pack.allVersions')}
        </label>
        <label className="te-radio">
          <input
            type="radio"
            name="pack-versions"
            checked={!allVersions}
            onChange={() => setAllVersions(false)}
          />
          {t('pack.latestOnly')}
        </label>
      </fieldset>
      <Field label={t('pack.author')}>
        {(control) => (
          <input
            {...control}
            className="input"
            maxLength={200}
            value={author ?? storedAuthor ?? ''}
            onChange={(event) => setAuthor(event.target.value)}
          />
        )}
      </Field>
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
    </Dialog>
  );
}
