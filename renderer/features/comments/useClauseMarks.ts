import { useMemo } from 'react';
import {
  anchorRuns,
  locateAnchor,
  shownTextOf,
  type AnchorHit,
  type AnchorRun,
} from '../../../shared/comments/textAnchor';
import type { Block } from '../../../shared/model';
import { i18n } from '../../i18n/i18n';
import { useDocumentView } from '../workspace/DocumentViewContext';
import { useComments } from './CommentsContext';
import { useCommentsStore } from './useCommentsStore';

/** Words of a clause an open comment of ours is on, or that are selected for a new one. */
export interface ClauseMark {
  hit: AnchorHit;
  /** The thread it belongs to; none for the selection a new comment will be on. */
  threadId?: string;
  /** Said on hover: whose comment, or that a comment is being written on these words. */
  label: string;
}

export interface ClauseMarks {
  runs: AnchorRun[];
  marks: ClauseMark[];
}

/**
 * The marked words of one clause, for its editor and for its body drawn without one: found by the
 * one anchor rule of shared/comments, in the clause's text as it is now. Words edited away are not
 * marked (the thread says so, at the clause heading). Null for the many clauses with none.
 */
export function useClauseMarks(clauseId: string, body: readonly Block[]): ClauseMarks | null {
  const threads = useComments().byClause.get(clauseId);
  const pending = useCommentsStore((state) =>
    state.selection?.clauseId === clauseId ? state.selection.anchor : null,
  );
  const { termsById, language } = useDocumentView();
  return useMemo(() => {
    const anchored = (threads ?? []).filter((thread) => thread.anchor && !thread.resolved);
    if (anchored.length === 0 && !pending) return null;
    const runs = anchorRuns(body, shownTextOf(termsById, language));
    const marks: ClauseMark[] = [];
    for (const thread of anchored) {
      const hit = locateAnchor(runs, thread.anchor!);
      const author = thread.entries[0]?.author ?? '';
      if (hit) marks.push({ hit, threadId: thread.id, label: i18n.t('comments:mark.label', { author }) });
    }
    const selected = pending && locateAnchor(runs, pending);
    if (selected) marks.push({ hit: selected, label: i18n.t('comments:mark.pending') });
    return marks.length > 0 ? { runs, marks } : null;
  }, [threads, pending, body, termsById, language]);
}
