import { ApprovalRecord } from '../../../shared/checks/approvals';
import { validateOrThrow } from '../ValidationError';
import { appendAudit } from './auditLog';
import { requireOpenDeal } from './closedDealGuard';
import { readValid, type RepositoryDeps } from './RepositoryDeps';

export type NewApproval = Omit<ApprovalRecord, 'id' | 'at'>;

/** Approvals are append-only: a change of mind is a new record, so the history stays true. */
export interface ApprovalsRepository {
  /** Oldest first. */
  list(dealId: string): Promise<ApprovalRecord[]>;
  record(approval: NewApproval): Promise<ApprovalRecord>;
}

export function createApprovalsRepository(deps: RepositoryDeps): ApprovalsRepository {
  const { db } = deps;
  return {
    async list(dealId) {
      const records = await db.approvals.where('dealId').equals(dealId).toArray();
      return records
        .flatMap((record) => readValid(deps, ApprovalRecord, 'approvals', record.id, record) ?? [])
        .sort((a, b) => a.at.localeCompare(b.at));
    },

    async record(approval) {
      const valid = validateOrThrow(
        ApprovalRecord,
        { ...approval, id: deps.newId(), at: deps.now() },
        'approval',
      );
      return db.transaction('rw', [db.approvals, db.deals, db.audit], async () => {
        await requireOpenDeal(deps, valid.dealId);
        await db.approvals.add(valid);
        await appendAudit(deps, 'approval-recorded', {
          dealId: valid.dealId,
          detail: `${valid.decision} ${valid.requirement} by ${valid.role} for round ${valid.round}`,
        });
        return valid;
      });
    },
  };
}
