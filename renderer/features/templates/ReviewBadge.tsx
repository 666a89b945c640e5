import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/Badge';
import { useLocaleFormat } from '../../i18n/useLocaleFormat';
import { localToday, reviewState } from './reviewState';

/** The review date, highlighted when the review is due or overdue. */
export function ReviewBadge({ reviewDate }: { reviewDate: string }) {
  const { t } = useTranslation('templates');
  const format = useLocaleFormat();
  const state = reviewState(reviewDate, localToday());
  const date = format.date(reviewDate);
  if (state === 'ok') return <span className="cell-muted">{date}</span>;
  return (
    <span className="review-flag" data-review={state}>
      <span>{date}</span>
      <Badge tone={state === 'overdue' ? 'danger' : 'warning'} dot>
        {state === 'overdue' ? t('reviewOverdue') : t('reviewDue')}
      </Badge>
    </span>
  );
}
