import { create } from 'zustand';

export type ThreadFilter = 'open' | 'all';

/** UI state of the comment threads only; replies and resolve state are saved data (CONVENTIONS 7). */
interface CommentsState {
  filter: ThreadFilter;
  /** The clause whose threads a marker asked to show; bumped so a second click scrolls again. */
  focusClauseId: string | null;
  focusRequest: number;
  /** The name typed while none is stored yet; the first saved comment stores it in the settings. */
  pendingAuthor: string;
  setPendingAuthor(name: string): void;
  setFilter(filter: ThreadFilter): void;
  focusClause(clauseId: string): void;
}

export const useCommentsStore = create<CommentsState>()((set) => ({
  filter: 'open',
  focusClauseId: null,
  focusRequest: 0,
  pendingAuthor: '',
  setPendingAuthor: (pendingAuthor) => set({ pendingAuthor }),
  setFilter: (filter) => set({ filter }),
  focusClause: (clauseId) =>
    set((state) => ({ focusClauseId: clauseId, focusRequest: state.focusRequest + 1 })),
}));
