import { createContext, useContext, useDeferredValue, useEffect, useMemo, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { dealThreads, openThreadCounts, type DealThread } from '../../../shared/comments/dealThreads';
import { anchorRuns, locateAnchor, shownTextOf } from '../../../shared/comments/textAnchor';
import type { SlaDocument } from '../../../shared/model';
import { useRepositories } from '../../src/RepositoriesContext';
import { useStableValue } from '../workspace/useStableValue';
import { useCommentsStore } from './useCommentsStore';

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
  /** Our comments on words of the draft that are no longer there: they sit at the clause heading. */
  anchorGone: ReadonlySet<string>;
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
  anchorGone: new Set(),
};

const CommentsContext = createContext<DealComments>(NONE);

export function useComments(): DealComments {
  return useContext(CommentsContext);
}

/**
 * The ids of our threads on words of the draft that the draft no longer holds (the one anchor rule
 * of shared/comments). Only the clauses with such threads are read, so typing costs next to nothing.
 */
function threadsWithWordsGone(
  threads: readonly DealThread[],
  doc: Pick<SlaDocument, 'clauses' | 'terms' | 'language'> | undefined,
): string[] {
  const anchored = threads.filter((thread) => thread.anchor && thread.onClause);
  if (!doc || anchored.length === 0) return [];
  const shown = shownTextOf(new Map(doc.terms.map((term) => [term.id, term])), doc.language);
  const runs = new Map<string, ReturnType<typeof anchorRuns>>();
  return anchored.flatMap((thread) => {
    const clause = doc.clauses.find((item) => item.id === thread.clauseId);
    if (!clause) return [];
    if (!runs.has(clause.id)) runs.set(clause.id, anchorRuns(clause.body, shown));
    return locateAnchor(runs.get(clause.id)!, thread.anchor!) ? [] : [thread.id];
  });
}

/** Reads the deal's received rounds and stored threads live and hands the threads to the workspace. */
export function CommentsProvider({
  dealId,
  clauseIds,
  doc,
  readOnly,
  read = true,
  children,
}: {
  dealId: string;
  /** The draft as it is being edited: whether the words our comments are on are still there. */
  doc?: Pick<SlaDocument, 'clauses' | 'terms' | 'language'>;
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
  // The words selected for a new comment belong to this deal's draft only.
  useEffect(() => () => useCommentsStore.getState().setSelection(null), [dealId]);
  const clauseKey = clauseIds.join('\n');
  const threads = useMemo(
    () => dealThreads({ rounds: rounds ?? [], records: records ?? [], clauseIds }),
    // clauseKey stands for clauseIds: a new array with the same clauses changes nothing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [rounds, records, clauseKey],
  );
  const goneNow = useMemo(() => threadsWithWordsGone(threads, doc), [threads, doc]);
  const gone = useStableValue(goneNow, goneNow.join('\n'));
  const value = useMemo<DealComments>(() => {
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
      anchorGone: new Set(gone),
    };
  }, [dealId, threads, authorName, readOnly, gone]);
  // Threads arriving re-draw markers across the outline and the page: in a render that yields
  // (issue 12 §4: opening a deal, no task over 100 ms).
  const shown = useDeferredValue(value);
  return <CommentsContext.Provider value={shown}>{children}</CommentsContext.Provider>;
}
