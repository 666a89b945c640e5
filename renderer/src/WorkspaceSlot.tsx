import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { FileText, SearchX } from 'lucide-react';
import { EmptyState } from '../components/EmptyState';
import { useRepositories } from './RepositoriesContext';

// The deal workspace is built in parallel (renderer/features/workspace); until its module exists the
// glob is empty and a placeholder shows, so this screen never depends on an unfinished file.
const workspaceModules = import.meta.glob<{ DealWorkspace?: ComponentType<{ dealId: string }> }>(
  '../features/workspace/DealWorkspace.tsx',
  { eager: true },
);
const DealWorkspace = Object.values(workspaceModules)[0]?.DealWorkspace;

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
  if (DealWorkspace) return <DealWorkspace key={dealId} dealId={dealId} />;
  return (
    <EmptyState
      icon={<FileText size={28} />}
      title={deal.title}
      body={t('workspacePlaceholder')}
      testId="workspace-placeholder"
    />
  );
}
