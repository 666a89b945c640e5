import type { AuditAction, AuditRecord } from '../SlaDatabase';
import type { RepositoryDeps } from './RepositoryDeps';

/**
 * Appends to the audit log. Call it inside the transaction of the write it records, so the entry
 * exists exactly when the write does (the transaction must include `db.audit`).
 */
export async function appendAudit(
  deps: RepositoryDeps,
  action: AuditAction,
  entry: { dealId?: string; detail?: string } = {},
): Promise<void> {
  const record: AuditRecord = { at: deps.now(), action };
  if (entry.dealId !== undefined) record.dealId = entry.dealId;
  if (entry.detail !== undefined) record.detail = entry.detail.slice(0, 2_000);
  await deps.db.audit.add(record);
}

export interface AuditRepository {
  /** Oldest first; all entries of one deal, or every entry. */
  list(dealId?: string): Promise<AuditRecord[]>;
}

export function createAuditRepository(deps: RepositoryDeps): AuditRepository {
  return {
    async list(dealId) {
      if (dealId === undefined) return deps.db.audit.orderBy('seq').toArray();
      return deps.db.audit.where('dealId').equals(dealId).sortBy('seq');
    },
  };
}
