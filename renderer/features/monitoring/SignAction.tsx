import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { Activity, PenLine } from 'lucide-react';
import type { Deal } from '../../../shared/model';
import { Button } from '../../components/Button';
import { routeHash } from '../../src/parseRoute';
import { useRepositories } from '../../src/RepositoriesContext';
import { SignDialog } from './SignDialog';
import './monitoring.css';

/**
 * In the deal header: "Sign…" records the signing; once an agreement is in force (also while it is
 * renegotiated) "Monitoring" leads to its incidents, measurement and reviews.
 */
export function SignAction({
  deal,
  open,
  onOpenChange,
  flush,
}: {
  deal: Deal;
  open: boolean;
  onOpenChange(open: boolean): void;
  flush?: () => Promise<void>;
}) {
  const { t } = useTranslation('monitoring');
  const { agreements } = useRepositories();
  const agreement = useLiveQuery(
    async () => (await agreements.activeForDeal(deal.id)) ?? null,
    [agreements, deal.id],
  );
  return (
    <>
      {agreement && (
        <a
          className="btn btn-secondary"
          href={routeHash({ screen: 'deal-monitoring', dealId: deal.id })}
          data-testid="open-monitoring"
        >
          <Activity size={15} aria-hidden />
          {t('sign.monitoring')}
        </a>
      )}
      <Button
        icon={<PenLine size={15} aria-hidden />}
        onClick={() => onOpenChange(true)}
        data-testid="sign-deal"
      >
        {agreement ? t('sign.signAgain') : t('sign.button')}
      </Button>
      <SignDialog deal={deal} open={open} onOpenChange={onOpenChange} flush={flush} />
    </>
  );
}
