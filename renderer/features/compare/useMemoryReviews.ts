import { useCallback, useMemo, useState } from 'react';
import type { ReviewPatch } from '../../db';
import type { ChangeReviews } from './useChangeReviews';
import { emptyMarks, type ComparisonMarks } from './useCompareStore';

/**
 * Review work on a pair that belongs to no deal (Compare files): kept while the screen is open,
 * with the same actions and Undo as a deal's stored review, but nothing is written to the database
 * (a review keyed to no deal would make backups refuse to restore).
 */
export function useMemoryReviews(pairKey: string): ChangeReviews {
  const [state, setState] = useState<{
    key: string;
    marks: ComparisonMarks;
    undo: { marks: ComparisonMarks; selected: string | null }[];
  }>({ key: pairKey, marks: emptyMarks, undo: [] });
  const current = state.key === pairKey ? state : { key: pairKey, marks: emptyMarks, undo: [] };

  const apply = useCallback(
    async (patches: ReadonlyMap<string, ReviewPatch>, selected: string | null) => {
      setState((before) => {
        const base = before.key === pairKey ? before : { key: pairKey, marks: emptyMarks, undo: [] };
        const marks: ComparisonMarks = {
          decisions: { ...base.marks.decisions },
          reviewed: { ...base.marks.reviewed },
          notes: { ...base.marks.notes },
        };
        for (const [changeId, patch] of patches) {
          if (patch.decision === null) delete marks.decisions[changeId];
          else if (patch.decision) marks.decisions[changeId] = patch.decision;
          if (patch.reviewed === true) marks.reviewed[changeId] = true;
          else if (patch.reviewed === false) delete marks.reviewed[changeId];
          if (patch.note === '') delete marks.notes[changeId];
          else if (patch.note !== undefined) marks.notes[changeId] = patch.note;
        }
        return { key: pairKey, marks, undo: [...base.undo, { marks: base.marks, selected }] };
      });
    },
    [pairKey],
  );

  const undo = useCallback(async (): Promise<string | null | false> => {
    let selected: string | null | false = false;
    setState((before) => {
      const last = before.key === pairKey ? before.undo.at(-1) : undefined;
      if (!last) return before;
      selected = last.selected;
      return { key: pairKey, marks: last.marks, undo: before.undo.slice(0, -1) };
    });
    return selected;
  }, [pairKey]);

  return useMemo(
    () => ({ marks: current.marks, apply, undo, canUndo: current.undo.length > 0 }),
    [current.marks, current.undo.length, apply, undo],
  );
}
