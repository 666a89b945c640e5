import { create } from 'zustand';

export type InspectorTab = 'terms' | 'checks' | 'rounds' | 'approvals' | 'comments';

/** UI state of the deal workspace only; the document itself lives in the draft (CONVENTIONS 7). */
interface WorkspaceState {
  selectedClauseId: string | null;
  selectedTermId: string | null;
  /** Bumped when a chip is clicked, so the term panel focuses the field even if it was already selected. */
  termFocusRequest: number;
  /** Bumped when the outline asks the editor to bring a clause into view. */
  clauseScrollRequest: number;
  inspectorTab: InspectorTab;
  selectClause(id: string | null, options?: { scroll?: boolean }): void;
  focusTerm(id: string): void;
  setInspectorTab(tab: InspectorTab): void;
  reset(): void;
}

const initial = {
  selectedClauseId: null,
  selectedTermId: null,
  termFocusRequest: 0,
  clauseScrollRequest: 0,
  inspectorTab: 'terms' as InspectorTab,
};

export const useWorkspaceStore = create<WorkspaceState>()((set) => ({
  ...initial,
  selectClause: (id, options) =>
    set((state) => ({
      selectedClauseId: id,
      clauseScrollRequest: options?.scroll ? state.clauseScrollRequest + 1 : state.clauseScrollRequest,
    })),
  focusTerm: (id) =>
    set((state) => ({
      selectedTermId: id,
      inspectorTab: 'terms',
      termFocusRequest: state.termFocusRequest + 1,
    })),
  setInspectorTab: (tab) => set({ inspectorTab: tab }),
  reset: () => set(initial),
}));
