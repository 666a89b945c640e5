import { create } from 'zustand';
import type { DealStatus } from '../../../shared/model';

export type GuardrailDialog = 'walk-away' | 'reopen' | 'company' | 'playbook' | 'calculators' | null;

/** Which guardrail dialog of the open deal is showing (UI state only). */
interface GuardrailsState {
  dialog: GuardrailDialog;
  /** For `reopen`: the status the user picked, or `null` for the usual one. */
  reopenTo: DealStatus | null;
  open(dialog: Exclude<GuardrailDialog, null>, reopenTo?: DealStatus): void;
  close(): void;
}

export const useGuardrailsStore = create<GuardrailsState>()((set) => ({
  dialog: null,
  reopenTo: null,
  open: (dialog, reopenTo) => set({ dialog, reopenTo: reopenTo ?? null }),
  close: () => set({ dialog: null, reopenTo: null }),
}));
