import { create } from 'zustand';
import type { ChangeKind, Decision } from '../../../shared/redline';
import type { ReviewSnapshot } from '../../db';

/**
 * Accept/reject decisions, reviewed ticks and notes of one comparison, as the screen shows them. Saved
 * data (renderer/db changeReviews), read through useChangeReviews; never held in this store.
 */
export interface ComparisonMarks {
  decisions: Record<string, Decision>;
  reviewed: Record<string, true>;
  notes: Record<string, string>;
}

export type RedlineMode = 'inline' | 'side-by-side';

/** One review action that Undo can take back: the changes as they were, and where the user was. */
export interface UndoStep {
  snapshot: ReviewSnapshot;
  selected: string | null;
}

/** Undo steps kept per compared pair. */
const UNDO_DEPTH = 100;

interface CompareState {
  selectedChangeId: string | null;
  kindFilter: ChangeKind | null;
  mode: RedlineMode;
  /** Keyed by `deal|a|b`; this session's way back through the review actions on that pair. */
  undo: Record<string, UndoStep[]>;
  select(changeId: string | null): void;
  setKindFilter(kind: ChangeKind | null): void;
  setMode(mode: RedlineMode): void;
  pushUndo(key: string, step: UndoStep): void;
  popUndo(key: string): UndoStep | undefined;
}

/** UI state of the compare screen only (CONVENTIONS 7): selection, filter, view, the undo stack. */
export const useCompareStore = create<CompareState>()((set, get) => ({
  selectedChangeId: null,
  kindFilter: null,
  mode: 'inline',
  undo: {},
  select: (changeId) => set({ selectedChangeId: changeId }),
  setKindFilter: (kind) => set({ kindFilter: kind }),
  setMode: (mode) => set({ mode }),
  pushUndo: (key, step) =>
    set((state) => ({
      undo: { ...state.undo, [key]: [...(state.undo[key] ?? []), step].slice(-UNDO_DEPTH) },
    })),
  popUndo: (key) => {
    const steps = get().undo[key] ?? [];
    const step = steps.at(-1);
    if (step) set((state) => ({ undo: { ...state.undo, [key]: steps.slice(0, -1) } }));
    return step;
  },
}));

export const emptyMarks: ComparisonMarks = { decisions: {}, reviewed: {}, notes: {} };

/**
 * The change to go to after deciding `currentId` (Word's "Accept and Move to Next"): the next shown
 * change still open, searching on after it and then from the top; the current one when none is open.
 */
export function nextOpenChange(
  visible: readonly { id: string }[],
  currentId: string,
  decisions: Readonly<Record<string, Decision>>,
): string {
  const index = visible.findIndex((change) => change.id === currentId);
  for (let step = 1; step < visible.length; step++) {
    const candidate = visible[(index + step + visible.length) % visible.length]!;
    if (!decisions[candidate.id]) return candidate.id;
  }
  return currentId;
}
