import { create } from 'zustand';

/** UI state of the monitoring screens: which month is looked at, per deal. */
interface MonitoringState {
  month: Record<string, string>;
  setMonth(dealId: string, month: string): void;
}

export const useMonitoringStore = create<MonitoringState>()((set) => ({
  month: {},
  setMonth: (dealId, month) => set((state) => ({ month: { ...state.month, [dealId]: month } })),
}));
