import { useCallback, useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Decision } from '../../../shared/redline';
import type { ReviewPair, ReviewPatch } from '../../db';
import { useRepositories } from '../../src/RepositoriesContext';
import type { ComparisonMarks } from './useCompareStore';
import { useCompareStore } from './useCompareStore';

export interface ChangeReviews {
  /** `undefined` while loading. */
  marks: ComparisonMarks | undefined;
  /**
   * One user action on one or more changes: one transaction, and one Undo step that puts them back
   * exactly and selects `selected` again.
   */
  apply(patches: ReadonlyMap<string, ReviewPatch>, selected: string | null): Promise<void>;
  /** Takes back the last action on this pair; false when there is none. */
  undo(): Promise<string | null | false>;
  canUndo: boolean;
}

const EMPTY_MARKS: ComparisonMarks = { decisions: {}, reviewed: {}, notes: {} };

/**
 * The review work on one compared pair, as stored (issue 9: review work is data): decisions, reviewed
 * ticks and notes come from a live query of the database, so a reload, a restart or another window
 * shows them as they are; every change goes through the repository in one transaction.
 */
export function useChangeReviews(pair: ReviewPair | null): ChangeReviews {
  const { changeReviews, settings } = useRepositories();
  const key = pair ? `${pair.dealId}|${pair.a}|${pair.b}` : null;
  const stored = useLiveQuery(
    async () => (pair ? await changeReviews.forPair(pair) : null),
    // The pair is a value; its key says when it changed.
    [changeReviews, key],
  );
  const marks = useMemo(() => {
    if (stored === undefined) return undefined;
    if (stored === null) return EMPTY_MARKS;
    const next: ComparisonMarks = { decisions: {}, reviewed: {}, notes: {} };
    for (const review of stored.values()) {
      if (review.decision) next.decisions[review.changeId] = review.decision as Decision;
      if (review.reviewed) next.reviewed[review.changeId] = true;
      if (review.note) next.notes[review.changeId] = review.note;
    }
    return next;
  }, [stored]);
  const canUndo = useCompareStore((state) => (key ? (state.undo[key]?.length ?? 0) > 0 : false));

  const apply = useCallback(
    async (patches: ReadonlyMap<string, ReviewPatch>, selected: string | null) => {
      if (!pair || !key || patches.size === 0) return;
      const by = await settings.get('authorName');
      const snapshot = await changeReviews.apply(pair, patches, by);
      useCompareStore.getState().pushUndo(key, { snapshot, selected });
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [changeReviews, settings, key],
  );

  const undo = useCallback(async () => {
    if (!pair || !key) return false;
    const step = useCompareStore.getState().popUndo(key);
    if (!step) return false;
    try {
      await changeReviews.restore(pair, step.snapshot);
    } catch (error) {
      // Not taken back: the step stays, so Undo can be tried again.
      useCompareStore.getState().pushUndo(key, step);
      throw error;
    }
    return step.selected;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [changeReviews, key]);

  return { marks, apply, undo, canUndo };
}
