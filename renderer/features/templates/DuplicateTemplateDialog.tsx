import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Template } from '../../../shared/model';
import { Dialog, FormFooter } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { showToast } from '../../components/useToastStore';
import { useRepositories } from '../../src/RepositoriesContext';
import { navigate } from '../../src/useRoute';

/** Asks for a name and copies the shown template version into an own template, then opens the copy. */
export function DuplicateTemplateDialog({
  template,
  onOpenChange,
}: {
  template: Template;
  onOpenChange(open: boolean): void;
}) {
  const { t } = useTranslation(['templates', 'common']);
  const { templates } = useRepositories();
  const [name, setName] = useState<string>(() => t('duplicateDialog.defaultName', { name: template.name }));
  const [submitted, setSubmitted] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const error = submitted && name.trim() === '' ? t('nameRequired') : failure;

  async function duplicate() {
    setSubmitted(true);
    if (name.trim() === '') return;
    try {
      const copy = await templates.duplicate(template.id, template.version, name.trim());
      onOpenChange(false);
      showToast({ message: t('duplicateDialog.done', { name: copy.name }) });
      navigate({ screen: 'template', templateId: copy.id });
    } catch (cause) {
      setFailure(cause instanceof Error ? cause.message : String(cause));
    }
  }

  return (
    <Dialog
      open
      onOpenChange={onOpenChange}
      title={t('duplicateDialog.title')}
      description={t('duplicateDialog.description', { name: template.name })}
      onSubmit={() => void duplicate()}
      testId="duplicate-dialog"
      footer={<FormFooter onCancel={() => onOpenChange(false)} submitLabel={t('duplicateDialog.confirm')} />}
    >
      <Field label={t('duplicateDialog.name')} error={error}>
        {(control) => (
          <input
            {...control}
            className="input"
            autoFocus
            onFocus={(event) => event.target.select()}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        )}
      </Field>
    </Dialog>
  );
}
