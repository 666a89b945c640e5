import { CompanyProfile, DealCompanyProfile, withProvider } from '../../../shared/company/companyProfile';
import { isClosed } from '../../../shared/checks/closedDeal';
import { Draft } from '../../../shared/model';
import { RepositoryError } from '../RepositoryError';
import { validateOrThrow } from '../ValidationError';
import { appendAudit } from './auditLog';
import { requireOpenDeal } from './closedDealGuard';
import { readValid, type RepositoryDeps } from './RepositoryDeps';
import type { SettingsRepository } from './settingsRepository';

export interface CompanyProfilesRepository {
  /** Our company as Settings holds it (name, address, signatory). */
  fromSettings(): Promise<CompanyProfile>;
  /** Stores Settings' company profile in one transaction. */
  saveSettings(company: CompanyProfile): Promise<void>;
  /** The deal's copy; `undefined` before the deal was first opened with this version. */
  get(dealId: string): Promise<DealCompanyProfile | undefined>;
  /**
   * The deal's copy, created from Settings on the first open (old deals, issue 10). An open deal
   * whose draft names no provider gets the name into its draft in the same transaction.
   */
  ensureForDeal(dealId: string): Promise<DealCompanyProfile>;
  /** Changes the deal's copy and the provider its draft names, in one transaction. */
  update(dealId: string, company: CompanyProfile): Promise<DealCompanyProfile>;
}

export function createCompanyProfilesRepository(
  deps: RepositoryDeps,
  settings: SettingsRepository,
): CompanyProfilesRepository {
  const { db } = deps;
  const read = (dealId: string, record: unknown) =>
    readValid(deps, DealCompanyProfile, 'companyProfiles', dealId, record);

  async function fromSettings(): Promise<CompanyProfile> {
    const all = await settings.getAll();
    return { name: all.providerName, address: all.companyAddress, signatory: all.companySignatory };
  }

  /** Writes the profile and, where it differs, the draft's provider; inside a transaction. */
  async function store(dealId: string, company: CompanyProfile, updateDraft: boolean) {
    const profile = validateOrThrow(
      DealCompanyProfile,
      { dealId, company, updatedAt: deps.now() },
      'company profile',
    );
    await db.companyProfiles.put(profile);
    if (!updateDraft) return profile;
    const draft = readValid(deps, Draft, 'drafts', dealId, await db.drafts.get(dealId));
    if (draft) {
      const document = withProvider(draft.document, profile.company);
      if (document !== draft.document)
        await db.drafts.put({
          ...draft,
          document,
          revision: draft.revision + 1,
          updatedAt: profile.updatedAt,
        });
    }
    return profile;
  }

  return {
    fromSettings,

    async saveSettings(company) {
      const valid = validateOrThrow(CompanyProfile, company, 'company profile');
      await db.transaction('rw', db.settings, async () => {
        await settings.set('providerName', valid.name);
        await settings.set('companyAddress', valid.address);
        await settings.set('companySignatory', valid.signatory);
      });
    },

    async get(dealId) {
      return read(dealId, await db.companyProfiles.get(dealId));
    },

    async ensureForDeal(dealId) {
      const existing = read(dealId, await db.companyProfiles.get(dealId));
      if (existing) return existing;
      const company = await fromSettings();
      return db.transaction('rw', [db.companyProfiles, db.deals, db.drafts, db.audit], async () => {
        const again = read(dealId, await db.companyProfiles.get(dealId));
        if (again) return again;
        const deal = await db.deals.get(dealId);
        if (!deal) throw new RepositoryError('not-found', `The deal ${dealId} does not exist.`);
        const draft = readValid(deps, Draft, 'drafts', dealId, await db.drafts.get(dealId));
        // A draft that already names a provider keeps it: that is what the deal has said so far.
        const named = draft?.document.parties.provider.trim();
        const profile = await store(
          dealId,
          named ? { ...company, name: named } : company,
          !named && !isClosed(deal.status),
        );
        await appendAudit(deps, 'company-profile-updated', { dealId, detail: 'copied from Settings' });
        return profile;
      });
    },

    async update(dealId, company) {
      const valid = validateOrThrow(CompanyProfile, company, 'company profile');
      return db.transaction('rw', [db.companyProfiles, db.deals, db.drafts, db.audit], async () => {
        await requireOpenDeal(deps, dealId);
        const profile = await store(dealId, valid, true);
        await appendAudit(deps, 'company-profile-updated', { dealId });
        return profile;
      });
    },
  };
}
