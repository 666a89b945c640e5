import { create } from 'zustand';
import type { TextAnchor } from '../../../shared/comments/textAnchor';

export type ThreadFilter = 'open' | 'all';

/** UI state of the comment threads only; replies and resolve state are saved data (CONVENTIONS 7). */
interface CommentsState {
  filter: ThreadFilter;
  /** The clause whose threads a marker asked to show; bumped so a second click scrolls again. */
  focusClauseId: string | null;
  focusRequest: number;
  /** The name typed while none is stored yet; the first saved comment stores it in the settings. */
  pendingAuthor: string;
  /** The words last selected in a clause editor: what a new comment is on (none = the clause). */
  selection: { clauseId: string; anchor: TextAnchor } | null;
  /** The new comment box is to take the focus once shown (Ctrl+Alt+M, the clause's marker). */
  composePending: boolean;
  setPendingAuthor(name: string): void;
  setSelection(selection: CommentsState['selection']): void;
  requestCompose(): void;
  composeShown(): void;
  setFilter(filter: ThreadFilter): void;
  focusClause(clauseId: string): void;
}

export const useCommentsStore = create<CommentsState>()((set) => ({
  filter: 'open',
  focusClauseId: null,
  focusRequest: 0,
  pendingAuthor: '',
  selection: null,
  composePending: false,
  setPendingAuthor: (pendingAuthor) => set({ pendingAuthor }),
  setSelection: (selection) => set({ selection }),
  requestCompose: () => set({ composePending: true }),
  composeShown: () => set({ composePending: false }),
  setFilter: (filter) => set({ filter }),
  focusClause: (clauseId) =>
    set((state) => ({ focusClauseId: clauseId, focusRequest: state.focusRequest + 1 })),
}));
