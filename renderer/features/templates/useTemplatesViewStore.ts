import { create } from 'zustand';
import type { FamilyFilter } from './orderTemplates';

interface TemplatesViewState {
  family: FamilyFilter;
  setFamily(family: FamilyFilter): void;
}

/** How the templates screen is viewed (UI state only, kept while the app runs, not saved). */
export const useTemplatesViewStore = create<TemplatesViewState>()((set) => ({
  family: 'all',
  setFamily: (family) => set({ family }),
}));
