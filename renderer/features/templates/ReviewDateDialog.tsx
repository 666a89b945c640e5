import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IsoDate, type Template } from '../../../shared/model';
import { Dialog, FormFooter } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { showToast } from '../../components/useToastStore';
import { useLocaleFormat } from '../../i18n/useLocaleFormat';
import { useRepositories } from '../../src/RepositoriesContext';

/** Sets only the review date (built-in templates, whose content is read-only). */
export function ReviewDateDialog({
  template,
  onOpenChange,
}: {
  template: Template;
  onOpenChange(open: boolean): void;
}) {
  const { t } = useTranslation(['templates', 'common']);
  const format = useLocaleFormat();
  const { templates } = useRepositories();
  const [reviewDate, setReviewDate] = useState(template.reviewDate);
  const [submitted, setSubmitted] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const valid = IsoDate.safeParse(reviewDate).success;
  const error = submitted && !valid ? t('dateInvalid') : failure;

  async function save() {
    setSubmitted(true);
    if (!valid) return;
    try {
      await templates.setReviewDate(template.id, reviewDate);
      onOpenChange(false);
      showToast({ message: t('reviewDialog.saved', { date: format.date(reviewDate) }) });
    } catch (cause) {
      setFailure(cause instanceof Error ? cause.message : String(cause));
    }
  }

  return (
    <Dialog
      open
      onOpenChange={onOpenChange}
      title={t('reviewDialog.title')}
      description={t('reviewDialog.description')}
      onSubmit={() => void save()}
      width={400}
      testId="review-date-dialog"
      footer={<FormFooter onCancel={() => onOpenChange(false)} submitLabel={t('common:actions.save')} />}
    >
      <Field label={t('editDialog.reviewDate')} error={error}>
        {(control) => (
          <input
            {...control}
            type="date"
            className="input input-date"
            autoFocus
            value={reviewDate}
            onChange={(event) => setReviewDate(event.target.value)}
          />
        )}
      </Field>
    </Dialog>
  );
}
