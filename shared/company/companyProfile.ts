import { z } from 'zod';
import { EntityId, IsoDateTime } from '../model/deal';
import type { SlaDocument } from '../model/document';

/**
 * Our side of the contract (issue 10): the provider every export names. Kept in Settings and copied
 * into each deal, where it can differ (another legal entity, another signatory). Persisted shape.
 */
export const CompanyProfile = z.object({
  name: z.string().trim().max(300),
  address: z.string().trim().max(1_000),
  signatory: z.string().trim().max(300),
});
export type CompanyProfile = z.infer<typeof CompanyProfile>;

export const EMPTY_COMPANY_PROFILE: CompanyProfile = Object.freeze({ name: '', address: '', signatory: '' });

/** A deal's copy of the company profile, one record per deal. */
export const DealCompanyProfile = z.object({
  dealId: EntityId,
  company: CompanyProfile,
  updatedAt: IsoDateTime,
});
export type DealCompanyProfile = z.infer<typeof DealCompanyProfile>;

/** The document naming `company` as the provider; the same document when it already does. */
export function withProvider(document: SlaDocument, company: CompanyProfile): SlaDocument {
  if (document.parties.provider === company.name) return document;
  return { ...document, parties: { ...document.parties, provider: company.name } };
}
