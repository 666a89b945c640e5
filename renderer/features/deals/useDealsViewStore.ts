import { create } from 'zustand';
import type { DealSort, DealStatusFilter, DealsView } from '../../../shared/search/dealsView';

interface DealsViewState extends DealsView {
  newDealOpen: boolean;
  setQuery(query: string): void;
  setStatus(status: DealStatusFilter): void;
  setSort(sort: DealSort): void;
  reset(): void;
  setNewDealOpen(open: boolean): void;
}

/** How the deals list is viewed (UI state only, kept while the app runs, not saved). */
export const useDealsViewStore = create<DealsViewState>()((set) => ({
  query: '',
  status: 'active',
  sort: 'updated',
  newDealOpen: false,
  setQuery: (query) => set({ query }),
  setStatus: (status) => set({ status }),
  setSort: (sort) => set({ sort }),
  reset: () => set({ query: '', status: 'active' }),
  setNewDealOpen: (newDealOpen) => set({ newDealOpen }),
}));
