import { z } from 'zod';
import { EntityId, IsoDateTime } from '../model/deal';
import { OwnerRole } from '../playbook/ownerRoles';

/** Persisted: renaming a decision needs a migration. */
export const APPROVAL_DECISIONS = ['approve', 'object'] as const;
export const ApprovalDecision = z.enum(APPROVAL_DECISIONS);
export type ApprovalDecision = z.infer<typeof ApprovalDecision>;

/**
 * One approval or objection (issue 10): who (name, role), what (a requirement of the round being
 * prepared, pinned to the exact value or wording by its fingerprint), the decision, a comment and
 * when. Append-only: a later record for the same requirement supersedes an earlier one. Internal:
 * never exported to the customer. Persisted shape.
 */
export const ApprovalRecord = z.object({
  id: EntityId,
  dealId: EntityId,
  /** The number the round being prepared will have; approvals are per round (DESIGN §1). */
  round: z.number().int().min(1),
  /** `term:<termId>:<role>` or `clause:<clauseId>:legal` (see requiredApprovals). */
  requirement: z.string().min(1).max(200),
  fingerprint: z.string().min(1).max(200),
  role: OwnerRole,
  name: z.string().trim().min(1, 'a name is required').max(200),
  decision: ApprovalDecision,
  comment: z.string().trim().max(5_000),
  at: IsoDateTime,
});
export type ApprovalRecord = z.infer<typeof ApprovalRecord>;
