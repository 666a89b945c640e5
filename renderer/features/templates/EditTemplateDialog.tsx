import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IsoDate, type Template } from '../../../shared/model';
import { Dialog, FormFooter } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { showToast } from '../../components/useToastStore';
import { useRepositories } from '../../src/RepositoriesContext';

/** Name, description and review date of an own template; saving writes the next version. */
export function EditTemplateDialog({
  template,
  onOpenChange,
}: {
  template: Template;
  onOpenChange(open: boolean): void;
}) {
  const { t } = useTranslation(['templates', 'common']);
  const { templates } = useRepositories();
  const [name, setName] = useState(template.name);
  const [description, setDescription] = useState(template.description);
  const [reviewDate, setReviewDate] = useState(template.reviewDate);
  const [submitted, setSubmitted] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const nameError = submitted && name.trim() === '' ? t('nameRequired') : null;
  const dateError = submitted && !IsoDate.safeParse(reviewDate).success ? t('dateInvalid') : null;

  async function save() {
    setSubmitted(true);
    if (name.trim() === '' || !IsoDate.safeParse(reviewDate).success) return;
    try {
      const saved = await templates.saveVersion({ ...template, name: name.trim(), description, reviewDate });
      onOpenChange(false);
      showToast({ message: t('editDialog.saved', { version: saved.version }) });
    } catch (cause) {
      setFailure(cause instanceof Error ? cause.message : String(cause));
    }
  }

  return (
    <Dialog
      open
      onOpenChange={onOpenChange}
      title={t('editDialog.title')}
      description={t('editDialog.description', { version: template.version + 1 })}
      onSubmit={() => void save()}
      testId="edit-template-dialog"
      footer={<FormFooter onCancel={() => onOpenChange(false)} submitLabel={t('common:actions.save')} />}
    >
      <Field label={t('editDialog.name')} error={nameError}>
        {(control) => (
          <input
            {...control}
            className="input"
            autoFocus
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        )}
      </Field>
      <Field label={t('editDialog.descriptionField')}>
        {(control) => (
          <textarea
            {...control}
            className="textarea"
            rows={3}
            maxLength={2000}
            value={description}
            onChange={(event) => setDescription(event.target.value)}
          />
        )}
      </Field>
      <Field label={t('editDialog.reviewDate')} error={dateError}>
        {(control) => (
          <input
            {...control}
            type="date"
            className="input input-date"
            value={reviewDate}
            onChange={(event) => setReviewDate(event.target.value)}
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
