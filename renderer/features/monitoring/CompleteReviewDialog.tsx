import { describeError } from '../../errors/describeError';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { addMonthsToDate } from '../../../shared/monitoring/reviews';
import { localToday } from '../../../shared/monitoring/today';
import { Dialog, FormFooter } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { showToast } from '../../components/useToastStore';
import { useLocaleFormat } from '../../i18n/useLocaleFormat';
import { useRepositories } from '../../src/RepositoriesContext';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export type ReviewSubject =
  | { kind: 'agreement'; agreementId: string; name: string }
  | { kind: 'template'; templateId: string; name: string };

/** Completing a review: who and when, a note, and the date of the next one. */
export function CompleteReviewDialog({
  subject,
  intervalMonths,
  open,
  onOpenChange,
}: {
  subject: ReviewSubject;
  intervalMonths: number | null;
  open: boolean;
  onOpenChange(open: boolean): void;
}) {
  const { t } = useTranslation('monitoring');
  const repositories = useRepositories();
  const format = useLocaleFormat();
  const author = useLiveQuery(() => repositories.settings.get('authorName'), [repositories]);
  const today = localToday();
  const [completedOn, setCompletedOn] = useState(today);
  const [completedBy, setCompletedBy] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [nextReviewOn, setNextReviewOn] = useState(addMonthsToDate(today, intervalMonths ?? 12));
  const [submitted, setSubmitted] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const by = completedBy ?? author ?? '';

  const errors = {
    completedOn: DATE.test(completedOn) ? null : t('sign.dateInvalid'),
    completedBy: by.trim() ? null : t('review.byRequired'),
    nextReviewOn: !DATE.test(nextReviewOn)
      ? t('sign.dateInvalid')
      : nextReviewOn <= completedOn
        ? t('review.nextAfter')
        : null,
  };
  const shown = (error: string | null) => (submitted ? error : null);

  const save = async () => {
    setSubmitted(true);
    if (Object.values(errors).some(Boolean)) return;
    const input = { completedOn, completedBy: by.trim(), note: note.trim(), nextReviewOn };
    try {
      if (subject.kind === 'agreement')
        await repositories.reviews.completeAgreementReview(subject.agreementId, input);
      else await repositories.reviews.completeTemplateReview(subject.templateId, input);
      if (!author) await repositories.settings.set('authorName', input.completedBy);
      onOpenChange(false);
      showToast({ message: t('review.done', { name: subject.name, date: format.date(nextReviewOn) }) });
    } catch (error) {
      setFailure(describeError(error));
    }
  };

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('review.title', { name: subject.name })}
      description={t('review.description')}
      onSubmit={() => void save()}
      width={460}
      testId="complete-review-dialog"
      footer={<FormFooter onCancel={() => onOpenChange(false)} submitLabel={t('review.confirm')} />}
    >
      <div className="mon-form">
        <div className="field-row">
          <Field label={t('review.completedOn')} error={shown(errors.completedOn)}>
            {(control) => (
              <input
                {...control}
                type="date"
                className="input input-date"
                value={completedOn}
                onChange={(e) => {
                  setCompletedOn(e.target.value);
                  if (DATE.test(e.target.value))
                    setNextReviewOn(addMonthsToDate(e.target.value, intervalMonths ?? 12));
                }}
              />
            )}
          </Field>
          <Field label={t('review.nextReviewOn')} error={shown(errors.nextReviewOn)}>
            {(control) => (
              <input
                {...control}
                type="date"
                className="input input-date"
                value={nextReviewOn}
                onChange={(e) => setNextReviewOn(e.target.value)}
              />
            )}
          </Field>
        </div>
        <Field label={t('review.completedBy')} error={shown(errors.completedBy)}>
          {(control) => (
            <input
              {...control}
              className="input"
              value={by}
              autoComplete="name"
              onChange={(e) => setCompletedBy(e.target.value)}
              data-testid="review-by"
            />
          )}
        </Field>
        <Field label={t('review.note')}>
          {(control) => (
            <textarea
              {...control}
              className="input"
              rows={3}
              value={note}
              maxLength={5_000}
              onChange={(e) => setNote(e.target.value)}
            />
          )}
        </Field>
        {failure && (
          <p className="field-error" role="alert">
            {failure}
          </p>
        )}
      </div>
    </Dialog>
  );
}
