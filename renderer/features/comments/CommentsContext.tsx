import { createContext, useContext, useDeferredValue, useMemo, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { dealThreads, openThreadCounts, type DealThread } from '../../../shared/comments/dealThreads';
import { useRepositories } from '../../src/RepositoriesContext';

/** The comment threads of the open deal, computed once for the outline, the page and the panel. */
export interface DealComments {
  dealId: string;
  threads: readonly DealThread[];
  openByClause: ReadonlyMap<string, number>;
  /** Every thread per clause id, resolved ones too (a marker shows them when asked). */
  byClause: ReadonlyMap<string, readonly DealThread[]>;
  openOffClause: number;
  open: number;
  /** The user's name from the settings; '' until they give it once. */
  authorName: string;
  /** Signed, walked away or opened read-only in this window. */
  readOnly: boolean;
}

const NONE: DealComments = {
  dealId: '',
  threads: [],
  openByClause: new Map(),
  byClause: new Map(),
  openOffClause: 0,
  open: 0,
  authorName: '',
  readOnly: true,
};

const CommentsContext = createContext<DealComments>(NONE);

export function useComments(): DealComments {
  return useContext(CommentsContext);
}

/** Reads the deal's received rounds and stored threads live and hands the threads to the workspace. */
export function CommentsProvider({
  dealId,
  clauseIds,
  readOnly,
  read = true,
  children,
}: {
  dealId: string;
  /** False holds the reads back (the workspace: until its first paint shows the deal). */
  read?: boolean;
  /** The draft's clauses in order (stable while typing). */
  clauseIds: readonly string[];
  readOnly: boolean;
  children: ReactNode;
}) {
  const repositories = useRepositories();
  // The received rounds' comments only: no round's document is read as valid to find them.
  const rounds = useLiveQuery(
    async () => (read ? await repositories.rounds.listReceived(dealId) : undefined),
    [repositories, dealId, read],
  );
  const records = useLiveQuery(
    async () => (read ? await repositories.commentThreads.list(dealId) : undefined),
    [repositories, dealId, read],
  );
  const authorName =
    useLiveQuery(
      async () => (read ? await repositories.settings.get('authorName') : undefined),
      [repositories, read],
    ) ?? '';
  const clauseKey = clauseIds.join('\n');
  const value = useMemo<DealComments>(() => {
    const threads = dealThreads({ rounds: rounds ?? [], records: records ?? [], clauseIds });
    const counts = openThreadCounts(threads);
    const byClause = new Map<string, DealThread[]>();
    for (const thread of threads)
      if (thread.onClause) byClause.set(thread.clauseId, [...(byClause.get(thread.clauseId) ?? []), thread]);
    return {
      dealId,
      threads,
      openByClause: counts.byClause,
      byClause,
      openOffClause: counts.offClause,
      open: threads.filter((thread) => !thread.resolved).length,
      authorName,
      readOnly,
    };
    // clauseKey stands for clauseIds: a new array with the same clauses changes nothing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dealId, rounds, records, clauseKey, authorName, readOnly]);
  // Threads arriving re-draw markers across the outline and the page: in a render that yields
  // (issue 12 §4: opening a deal, no task over 100 ms).
  const shown = useDeferredValue(value);
  return <CommentsContext.Provider value={shown}>{children}</CommentsContext.Provider>;
}
