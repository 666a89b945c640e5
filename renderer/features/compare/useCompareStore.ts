import { create } from 'zustand';
import type { ChangeKind, Decision } from '../../../shared/redline';

/** Accept/reject decisions and reviewed ticks of one comparison (deal + the two sides). */
export interface ComparisonMarks {
  decisions: Record<string, Decision>;
  reviewed: Record<string, true>;
}

export type RedlineMode = 'inline' | 'side-by-side';

interface CompareState {
  /** Keyed by `comparisonKey`; session UI state only, the decisions take effect in the built draft. */
  marks: Record<string, ComparisonMarks>;
  selectedChangeId: string | null;
  kindFilter: ChangeKind | null;
  mode: RedlineMode;
  select(changeId: string | null): void;
  setKindFilter(kind: ChangeKind | null): void;
  setMode(mode: RedlineMode): void;
  decide(key: string, changeIds: readonly string[], decision: Decision | null): void;
  setDecisions(key: string, decisions: Record<string, Decision>): void;
  toggleReviewed(key: string, changeId: string): void;
  clear(key: string): void;
}

const EMPTY: ComparisonMarks = { decisions: {}, reviewed: {} };

export function comparisonKey(dealId: string, a: string, b: string): string {
  return `${dealId}|${a}|${b}`;
}

export const useCompareStore = create<CompareState>()((set) => {
  const patch = (key: string, edit: (marks: ComparisonMarks) => ComparisonMarks) =>
    set((state) => ({ marks: { ...state.marks, [key]: edit(state.marks[key] ?? EMPTY) } }));
  return {
    marks: {},
    selectedChangeId: null,
    kindFilter: null,
    mode: 'inline',
    select: (changeId) => set({ selectedChangeId: changeId }),
    setKindFilter: (kind) => set({ kindFilter: kind }),
    setMode: (mode) => set({ mode }),
    decide: (key, changeIds, decision) =>
      patch(key, (marks) => {
        const decisions = { ...marks.decisions };
        for (const id of changeIds) {
          if (decision) decisions[id] = decision;
          else delete decisions[id];
        }
        // Deciding a change is reviewing it.
        const reviewed = { ...marks.reviewed };
        if (decision) for (const id of changeIds) reviewed[id] = true;
        return { decisions, reviewed };
      }),
    setDecisions: (key, decisions) =>
      patch(key, (marks) => ({
        decisions,
        reviewed: {
          ...marks.reviewed,
          ...Object.fromEntries(Object.keys(decisions).map((id) => [id, true])),
        },
      })),
    toggleReviewed: (key, changeId) =>
      patch(key, (marks) => {
        const reviewed = { ...marks.reviewed };
        if (reviewed[changeId]) delete reviewed[changeId];
        else reviewed[changeId] = true;
        return { ...marks, reviewed };
      }),
    clear: (key) =>
      set((state) => {
        const marks = { ...state.marks };
        delete marks[key];
        return { marks };
      }),
  };
});

export const emptyMarks = EMPTY;
