import { z } from 'zod';
import { EntityId, IsoDateTime } from '../model/deal';
import { Currency, DurationUnit, TERM_LIMITS } from '../model/term';
import { CHOICE_KEYS } from '../templates/termSpecs';

/**
 * What one supplier promises us for the service a deal sells (DESIGN §1, back-to-back): the data
 * centre's 99.95 %, the carrier's 4-hour response. Every figure is optional: a supplier may back
 * only some of our promises. Persisted shape: changing it needs a migration.
 */
export const SupplierCommitment = z.object({
  id: EntityId,
  name: z.string().trim().min(1, 'a supplier needs a name').max(200),
  availability: z.number().finite().min(0).max(TERM_LIMITS.percentMax).optional(),
  responseTime: z
    .object({ value: z.number().finite().min(0).max(TERM_LIMITS.durationMax), unit: DurationUnit })
    .optional(),
  supportHours: z.enum(CHOICE_KEYS.service_hours).optional(),
  monthlyCost: z
    .object({ amount: z.number().finite().min(0).max(TERM_LIMITS.moneyMax), currency: Currency })
    .optional(),
});
export type SupplierCommitment = z.infer<typeof SupplierCommitment>;

export const SUPPLIER_LIMITS = { linksMax: 50, membersMax: 6 } as const;

/**
 * One link of the chain the service rests on. Links are in series (all are needed); the members of
 * one link back each other up (a redundant pair: either keeps the link up).
 */
export const SupplierLink = z.object({
  id: EntityId,
  commitments: z.array(SupplierCommitment).min(1).max(SUPPLIER_LIMITS.membersMax),
});
export type SupplierLink = z.infer<typeof SupplierLink>;

/** A deal's supplier commitments, one record per deal. Internal: never exported to the customer. */
export const SupplierPlan = z.object({
  dealId: EntityId,
  links: z.array(SupplierLink).max(SUPPLIER_LIMITS.linksMax),
  updatedAt: IsoDateTime,
});
export type SupplierPlan = z.infer<typeof SupplierPlan>;

/** "Data centre" or, for a redundant link, "Carrier A / Carrier B". */
export function linkName(link: SupplierLink): string {
  return link.commitments.map((commitment) => commitment.name).join(' / ');
}
