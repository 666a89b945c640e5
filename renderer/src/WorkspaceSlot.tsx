import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { SearchX } from 'lucide-react';
import { EmptyState } from '../components/EmptyState';
import { DealWorkspace, SignedDealScreen } from './lazyScreens';
import { useRepositories } from './RepositoriesContext';

/** `#/deals/:id`: the workspace, or a calm message when the deal does not exist. */
export function WorkspaceSlot({ dealId }: { dealId: string }) {
  const { t } = useTranslation();
  const { deals } = useRepositories();
  // `null` = looked up and not found; `undefined` = still loading.
  const deal = useLiveQuery(async () => (await deals.get(dealId)) ?? null, [deals, dealId]);
  if (deal === undefined) return null;
  if (deal === null)
    return (
      <EmptyState
        icon={<SearchX size={28} />}
        title={t('notFound.dealTitle')}
        body={t('notFound.dealBody')}
        action={
          <a className="btn btn-secondary" href="#/deals">
            {t('notFound.backToDeals')}
          </a>
        }
      />
    );
  // A signed deal shows its frozen agreement and monitoring, not an editable draft (issue 11).
  if (deal.status === 'signed')
    return (
      <SignedDealScreen
        key={dealId}
        dealId={dealId}
        fallback={<DealWorkspace key={dealId} dealId={dealId} deal={deal} />}
      />
    );
  return <DealWorkspace key={dealId} dealId={dealId} deal={deal} />;
}
