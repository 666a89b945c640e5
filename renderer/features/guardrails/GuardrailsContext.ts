import { createContext, useContext } from 'react';
import type { SendGate } from '../../../shared/checks/sendGate';
import type { Band, BandVerdict } from '../../../shared/playbook/bandOf';
import type { BackToBack } from '../../../shared/suppliers/backToBack';
import { LEGAL_CHECKLIST, type EssentialClause } from '../../../shared/templates/legalChecklist';
import type { DealGuardrailData } from './loadGuardrails';

/** The guardrails of the open deal, computed once per document change for every panel. */
export interface DealGuardrails {
  data: DealGuardrailData | null;
  /** Each term's band against the deal's playbook. */
  verdicts: ReadonlyMap<string, BandVerdict>;
  /** The least comfortable band among each clause's terms. */
  clauseBands: ReadonlyMap<string, Band>;
  backToBack: BackToBack | null;
  gate: SendGate | null;
  /** The deal's legal checklist: `checklistOf` the template version it started from. */
  checklist: readonly EssentialClause[];
  /** Signed or walked away: nothing may change until the deal is reopened. */
  readOnly: boolean;
  /** Writes the workspace's pending edits, so a dialog that changes the draft builds on them. */
  flush?: () => Promise<void>;
}

export const NO_GUARDRAILS: DealGuardrails = {
  data: null,
  verdicts: new Map(),
  clauseBands: new Map(),
  backToBack: null,
  gate: null,
  checklist: LEGAL_CHECKLIST,
  readOnly: false,
};

export const GuardrailsContext = createContext<DealGuardrails>(NO_GUARDRAILS);

export function useGuardrails(): DealGuardrails {
  return useContext(GuardrailsContext);
}
