import { useTranslation } from 'react-i18next';
import type { Deal } from '../../../shared/model';
import './guardrails.css';

/** In the deals list: why a walked-away deal was closed, under its title. */
export function WalkAwayReason({ deal }: { deal: Pick<Deal, 'status' | 'walkAwayReason'> }) {
  const { t } = useTranslation('guardrails');
  if (deal.status !== 'walked-away' || !deal.walkAwayReason) return null;
  return (
    <span className="gr-list-reason" data-testid="walk-away-reason">
      {t('list.walkedAway', { reason: deal.walkAwayReason })}
    </span>
  );
}
