import { z } from 'zod';
import { EntityId, IsoDateTime } from '../../shared/model';

/** Persisted: renaming an action needs a migration. */
export const AUDIT_ACTIONS = [
  'deal-created',
  'deal-updated',
  'deal-status-changed',
  'deal-removed',
  'round-added',
  'template-version-saved',
  'template-duplicated',
  // Issue 12: template packs.
  'template-pack-imported',
  // Own templates retired, reactivated and deleted.
  'template-retired',
  'template-reactivated',
  'template-deleted',
  // Issue 10: guardrails.
  'playbook-updated',
  'company-profile-updated',
  'suppliers-updated',
  'approval-recorded',
  'deal-signed',
  'renegotiation-started',
  'agreement-updated',
  'incident-saved',
  'incident-removed',
  'incidents-imported',
  'review-completed',
] as const;
export const AuditAction = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditAction>;

/** One line of the append-only audit log; `seq` is assigned by IndexedDB and orders the log. */
export const AuditRecord = z.object({
  seq: z.number().int().positive().optional(),
  at: IsoDateTime,
  action: AuditAction,
  dealId: EntityId.optional(),
  detail: z.string().max(2_000).optional(),
});
export type AuditRecord = z.infer<typeof AuditRecord>;
