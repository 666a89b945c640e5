import { SupplierPlan, type SupplierLink } from '../../../shared/suppliers/supplierPlan';
import { validateOrThrow } from '../ValidationError';
import { appendAudit } from './auditLog';
import { requireOpenDeal } from './closedDealGuard';
import { readValid, type RepositoryDeps } from './RepositoryDeps';

export interface SuppliersRepository {
  /** The deal's supplier commitments; no links before any were entered. */
  get(dealId: string): Promise<SupplierPlan>;
  /** Replaces the deal's supplier chain (validated; closed deals refused), in one transaction. */
  save(dealId: string, links: readonly SupplierLink[]): Promise<SupplierPlan>;
}

export function createSuppliersRepository(deps: RepositoryDeps): SuppliersRepository {
  const { db } = deps;
  return {
    async get(dealId) {
      const stored = readValid(deps, SupplierPlan, 'suppliers', dealId, await db.suppliers.get(dealId));
      return stored ?? { dealId, links: [], updatedAt: deps.now() };
    },

    async save(dealId, links) {
      const plan = validateOrThrow(
        SupplierPlan,
        { dealId, links, updatedAt: deps.now() },
        'supplier commitments',
      );
      return db.transaction('rw', [db.suppliers, db.deals, db.audit], async () => {
        await requireOpenDeal(deps, dealId);
        await db.suppliers.put(plan);
        await appendAudit(deps, 'suppliers-updated', {
          dealId,
          detail: `${plan.links.reduce((sum, link) => sum + link.commitments.length, 0)} commitments`,
        });
        return plan;
      });
    },
  };
}
