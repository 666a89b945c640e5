import type { SlaDocument } from '../model/document';
import type { Playbook } from '../playbook/playbook';
import type { EssentialClause } from '../templates/legalChecklist';
import type { ApprovalRecord } from './approvals';
import { preSendChecks, type PreSendWarning } from './preSendChecks';
import { approvalStatus, requiredApprovals, type RequirementStatus } from './requiredApprovals';

export interface SendGateInput {
  document: SlaDocument;
  /** The deal's last round, ours or theirs; `null` before the first. */
  lastRound: { number: number; document: SlaDocument } | null;
  /** The template version the deal started from, the baseline of a first round. */
  templateDocument: Pick<SlaDocument, 'clauses' | 'terms'> | null;
  playbook: Playbook;
  /** The deal's legal checklist: `checklistOf` the template version it started from. */
  checklist: readonly EssentialClause[];
  approvals: readonly ApprovalRecord[];
}

export interface SendGate {
  /** The number the round will have. */
  round: number;
  requirements: RequirementStatus[];
  warnings: PreSendWarning[];
  /** Whether any approval is still missing or was refused: *Send round* needs an override then. */
  blocked: boolean;
}

/** Everything *Send round* decides on, in one answer for the dialog and the send path alike. */
export function sendGate(input: SendGateInput): SendGate {
  const round = (input.lastRound?.number ?? 0) + 1;
  const requirements = approvalStatus(
    requiredApprovals({
      document: input.document,
      baseline: input.lastRound?.document ?? input.templateDocument,
      playbook: input.playbook,
    }),
    input.approvals,
    round,
  );
  return {
    round,
    requirements,
    warnings: preSendChecks(input),
    blocked: requirements.some((status) => status.state !== 'approved'),
  };
}
