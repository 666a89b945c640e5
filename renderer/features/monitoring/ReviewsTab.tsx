import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ClipboardCheck } from 'lucide-react';
import { reviewState } from '../../../shared/monitoring/reviews';
import { localToday } from '../../../shared/monitoring/today';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { useLocaleFormat } from '../../i18n/useLocaleFormat';
import { CompleteReviewDialog } from './CompleteReviewDialog';
import type { SignedAgreement } from './useSignedAgreement';

/** The agreement's review rhythm: when the next review is, and who reviewed it when. */
export function ReviewsTab({ signed }: { signed: SignedAgreement }) {
  const { t } = useTranslation('monitoring');
  const format = useLocaleFormat();
  const [open, setOpen] = useState(false);
  const { agreement } = signed;
  const state = agreement.nextReviewOn ? reviewState(agreement.nextReviewOn, localToday()) : null;
  return (
    <div className="mon-tab">
      <div className="mon-toolbar">
        <p data-testid="next-review">
          {agreement.nextReviewOn
            ? t('review.next', { date: format.date(agreement.nextReviewOn) })
            : t('review.none')}{' '}
          {state && state !== 'ok' && (
            <Badge tone={state === 'overdue' ? 'danger' : 'warning'} dot>
              {t(`review.${state}`)}
            </Badge>
          )}
        </p>
        <Button
          variant="primary"
          icon={<ClipboardCheck size={15} aria-hidden />}
          onClick={() => setOpen(true)}
          data-testid="complete-review"
        >
          {t('review.complete')}
        </Button>
      </div>
      {signed.reviews.length === 0 ? (
        <p className="mon-quiet">{t('review.noHistory')}</p>
      ) : (
        <table className="table mon-table" data-testid="review-history">
          <thead>
            <tr>
              <th scope="col">{t('review.completedOn')}</th>
              <th scope="col">{t('review.completedBy')}</th>
              <th scope="col">{t('review.note')}</th>
              <th scope="col">{t('review.nextReviewOn')}</th>
            </tr>
          </thead>
          <tbody>
            {signed.reviews.map((review) => (
              <tr key={review.id}>
                <td className="cell-nowrap">{format.date(review.completedOn)}</td>
                <td>{review.completedBy}</td>
                <td className="cell-muted">{review.note || '–'}</td>
                <td className="cell-nowrap">{format.date(review.nextReviewOn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open && (
        <CompleteReviewDialog
          subject={{ kind: 'agreement', agreementId: agreement.id, name: signed.deal.title }}
          intervalMonths={agreement.reviewIntervalMonths}
          open
          onOpenChange={setOpen}
        />
      )}
    </div>
  );
}
