import { DealCompanyProfile } from '../../../shared/company/companyProfile';

/**
 * Version 4 of the IndexedDB schema (issue 10, guardrails while negotiating). Shipped: never edit
 * this file; a later change adds its own step. Versions 2 and 3 are reserved for issues 8 and 9, so
 * a build may jump from 1 to 4; Dexie upgrades through whichever steps exist.
 *
 * New data lives in new tables, keyed by what it belongs to:
 * - `playbooks`: one record per template (`template:<id>`, kept by the team lead) and per deal
 *   (`deal:<id>`, the deal's overrides); `ownerId` lets a deal's removal find its record.
 * - `companyProfiles`: each deal's copy of our company profile (name, address, signatory).
 * - `suppliers`: each deal's supplier commitments.
 * - `approvals`: append-only approval records, found by deal.
 */
export const stores0004 = {
  playbooks: 'id, ownerId',
  companyProfiles: 'dealId',
  suppliers: 'dealId',
  approvals: 'id, dealId',
} as const;

/** The bits of a version-3 deal and draft this step reads; anything else is left as it is. */
interface OldDeal {
  id?: unknown;
  updatedAt?: unknown;
}
interface OldDraft {
  dealId?: unknown;
  document?: { parties?: { provider?: unknown } };
}

/**
 * The company profile a deal already carries: its draft's provider name. Deals whose draft names
 * none get the profile from Settings when they are first opened (companyProfiles.ensureForDeal), so
 * this step never invents a provider a deal did not show. Pure; the backup upgrade uses it too.
 */
export function companyProfilesFromDeals0004(
  deals: readonly unknown[],
  drafts: readonly unknown[],
): DealCompanyProfile[] {
  // The deal's own last change dates the profile: the step is pure and gives the same records twice.
  const updatedAt = new Map<unknown, unknown>(
    (deals as (OldDeal | null)[]).map((deal) => [deal?.id, deal?.updatedAt]),
  );
  const profiles: DealCompanyProfile[] = [];
  for (const draft of drafts as (OldDraft | null)[]) {
    const provider = draft?.document?.parties?.provider;
    if (typeof draft?.dealId !== 'string' || !updatedAt.has(draft.dealId)) continue;
    if (typeof provider !== 'string' || provider.trim() === '') continue;
    const profile = DealCompanyProfile.safeParse({
      dealId: draft.dealId,
      company: { name: provider, address: '', signatory: '' },
      updatedAt: updatedAt.get(draft.dealId),
    });
    if (profile.success) profiles.push(profile.data);
  }
  return profiles;
}
