import { createDealDocument } from '../../../shared/model/operations';
import { Contact, Deal, Draft, type Currency, type SlaDocument, type Template } from '../../../shared/model';
import { isClosed } from '../../../shared/checks/closedDeal';
import { playbookRecordId } from '../../../shared/playbook/playbook';
import { offeredForNewDeals } from '../../../shared/templates/templateLifecycle';
import { RepositoryError } from '../RepositoryError';
import { validateOrThrow } from '../ValidationError';
import { watchChanges } from '../changes/watchChanges';
import { appendAudit } from './auditLog';
import { deleteReviewsOfDeal } from './changeReviewsRepository';
import { deleteThreadsOfDeal } from './commentThreadsRepository';
import { readValid, type RepositoryDeps } from './RepositoryDeps';
import type { SettingsRepository } from './settingsRepository';
import type { TemplatesRepository } from './templatesRepository';

export interface CreateDealInput {
  title: string;
  customerName: string;
  contacts?: Contact[];
  templateId: string;
  /** Latest version of the template when omitted. */
  templateVersion?: number;
  /** The template's currency (or EUR) when omitted. */
  currency?: Currency;
  /** The provider name from the settings when omitted. */
  providerName?: string;
  /**
   * Customer paper (issue 10 §3): the customer's own SLA, read as written with its terms annotated
   * (`shared/terms/annotateDocument`). The draft is this document instead of the template's; the
   * template still gives the deal its playbook.
   */
  document?: SlaDocument;
}

export type DealPatch = Partial<Pick<Deal, 'title' | 'customer' | 'status' | 'currency' | 'walkAwayReason'>>;

export interface DealsRepository {
  /** Newest `updatedAt` first. */
  list(): Promise<Deal[]>;
  get(id: string): Promise<Deal | undefined>;
  /** The id of every deal, newest `updatedAt` first, from the index alone (no record is read). */
  idsNewestFirst(): Promise<string[]>;
  /** How many deal records the database holds, damaged ones included, counted by the index alone. */
  count(): Promise<number>;
  /**
   * Calls `listener` after every committed change to deals (from any connection, worker or window)
   * with the ids written or deleted, or `all`. Returns the function that stops listening.
   */
  watch(listener: (ids: readonly string[] | 'all') => void): () => void;
  /** The `limit` deals changed last, newest first (damaged ones left out). */
  newest(limit: number): Promise<Deal[]>;
  /** The deals with these ids, in that order; missing and damaged ones are left out. */
  getMany(ids: readonly string[]): Promise<Deal[]>;
  /** Writes the deal and its first draft in one transaction; the deal starts as `drafting`. */
  createFromTemplate(input: CreateDealInput): Promise<Deal>;
  /** Changing the currency also switches the draft's money terms to it. */
  update(id: string, patch: DealPatch): Promise<Deal>;
  /** Deletes the deal with its draft, rounds, review work and guardrail records; the audit log keeps a note. */
  remove(id: string): Promise<void>;
}

function currencyOf(template: Template): Currency {
  for (const term of template.document.terms) if (term.kind === 'money') return term.currency;
  return 'EUR';
}

function withCurrency(document: SlaDocument, currency: Currency): SlaDocument {
  return {
    ...document,
    terms: document.terms.map((term) => (term.kind === 'money' ? { ...term, currency } : term)),
  };
}

/** The customer's text stays as written; only parties the file does not name are filled in. */
function customerPaperDocument(
  document: SlaDocument,
  customerName: string,
  providerName: string,
): SlaDocument {
  return {
    ...document,
    parties: {
      customer: document.parties.customer || customerName,
      provider: document.parties.provider || providerName,
    },
  };
}

export function createDealsRepository(
  deps: RepositoryDeps,
  templates: TemplatesRepository,
  settings: SettingsRepository,
): DealsRepository {
  const { db } = deps;
  const readDeal = (record: unknown, key: unknown) => readValid(deps, Deal, 'deals', key, record);

  return {
    async list() {
      const records = await db.deals.orderBy('updatedAt').reverse().toArray();
      return records.flatMap((record) => readDeal(record, record.id) ?? []);
    },

    async get(id) {
      return readDeal(await db.deals.get(id), id);
    },

    // primaryKeys() of an index is one native getAllKeys; its index keys would need a cursor step
    // per deal (≈ 4× slower at 2,000 deals), which is why changes come from `watch`, not from here.
    idsNewestFirst() {
      return db.deals.orderBy('updatedAt').reverse().primaryKeys();
    },

    count() {
      return db.deals.count();
    },

    watch(listener) {
      return watchChanges(db.name, ['deals'], (changes) => {
        for (const change of changes)
          listener(change.keys === 'all' ? 'all' : change.keys.filter((key) => typeof key === 'string'));
      });
    },

    async newest(limit) {
      const records = await db.deals.orderBy('updatedAt').reverse().limit(limit).toArray();
      return records.flatMap((record) => readDeal(record, record.id) ?? []);
    },

    async getMany(ids) {
      const records = await db.deals.bulkGet([...ids]);
      return records.flatMap((record, index) => (record ? (readDeal(record, ids[index]) ?? []) : []));
    },

    async createFromTemplate(input) {
      const template = await templates.get(input.templateId, input.templateVersion);
      if (!template)
        throw new RepositoryError(
          'not-found',
          `The template ${input.templateId}${input.templateVersion ? ` v${input.templateVersion}` : ''} does not exist.`,
        );
      // Retired (perhaps in another window while the new-deal dialog was open): no new deals from it.
      if (!offeredForNewDeals(template))
        throw new RepositoryError(
          'refused',
          'This template is retired and no longer offered for new deals.',
          'templateRetired',
        );
      const currency = input.currency ?? currencyOf(template);
      const providerName = input.providerName ?? (await settings.get('providerName'));
      const now = deps.now();
      const deal = validateOrThrow(
        Deal,
        {
          id: deps.newId(),
          title: input.title,
          customer: { name: input.customerName, contacts: input.contacts ?? [] },
          tier: template.tier,
          language: input.document?.language ?? template.language,
          currency,
          status: 'drafting',
          template: { id: template.id, version: template.version, name: template.name },
          createdAt: now,
          updatedAt: now,
        } satisfies Deal,
        'deal',
      );
      const draft = validateOrThrow(
        Draft,
        {
          dealId: deal.id,
          document: input.document
            ? customerPaperDocument(input.document, deal.customer.name, providerName)
            : createDealDocument(template, {
                customerName: deal.customer.name,
                providerName,
                currency,
              }),
          revision: 0,
          updatedAt: now,
        } satisfies Draft,
        'draft',
      );
      await db.transaction('rw', [db.deals, db.drafts, db.audit], async () => {
        await db.deals.add(deal);
        await db.drafts.add(draft);
        await appendAudit(deps, 'deal-created', {
          dealId: deal.id,
          detail: input.document
            ? `from the customer's document, playbook of template ${template.id} v${template.version}`
            : `from template ${template.id} v${template.version}`,
        });
      });
      return deal;
    },

    async update(id, patch) {
      return db.transaction('rw', [db.deals, db.drafts, db.audit], async () => {
        const current = readDeal(await db.deals.get(id), id);
        if (!current) throw new RepositoryError('not-found', `The deal ${id} does not exist.`);
        // Closed is closed (issue 10): only a status change (reopening) or the reason may touch it.
        const touchesContent = Object.keys(patch).some((key) => key !== 'status' && key !== 'walkAwayReason');
        if (
          isClosed(current.status) &&
          touchesContent &&
          (patch.status === undefined || isClosed(patch.status))
        )
          throw new RepositoryError(
            'refused',
            'This deal is closed and read-only. Reopen it to change it.',
            'dealClosed',
          );
        const next = validateOrThrow(Deal, { ...current, ...patch, updatedAt: deps.now() }, 'deal');
        await db.deals.put(next);
        if (next.currency !== current.currency) {
          const draft = readValid(deps, Draft, 'drafts', id, await db.drafts.get(id));
          if (draft)
            await db.drafts.put({
              ...draft,
              document: withCurrency(draft.document, next.currency),
              revision: draft.revision + 1,
              updatedAt: next.updatedAt,
            });
        }
        if (next.status !== current.status)
          await appendAudit(deps, 'deal-status-changed', {
            dealId: id,
            detail: `${current.status} → ${next.status}`,
          });
        else await appendAudit(deps, 'deal-updated', { dealId: id, detail: Object.keys(patch).join(', ') });
        return next;
      });
    },

    async remove(id) {
      const guardrails = [db.playbooks, db.companyProfiles, db.suppliers, db.approvals];
      // Issue 11: a removed deal takes its agreements, their reviews and its incidents with it (a
      // backup holding records of a deal it does not contain would be refused on restore).
      const monitoring = [db.agreements, db.incidents, db.reviews];
      const tables = [
        db.deals,
        db.drafts,
        db.rounds,
        db.changeReviews,
        db.audit,
        ...guardrails,
        ...monitoring,
        // Issue 12 §6: its comment threads (a backup would refuse threads of a missing deal too).
        db.commentThreads,
      ];
      await db.transaction('rw', tables, async () => {
        const deal = await db.deals.get(id);
        if (!deal) return;
        await db.rounds.where('dealId').equals(id).delete();
        await deleteReviewsOfDeal(deps, id);
        await db.playbooks.delete(playbookRecordId('deal', id));
        await db.companyProfiles.delete(id);
        await db.suppliers.delete(id);
        await db.approvals.where('dealId').equals(id).delete();
        const agreementIds = (await db.agreements.where('dealId').equals(id).primaryKeys()) as string[];
        if (agreementIds.length > 0)
          await db.reviews.where('subject.agreementId').anyOf(agreementIds).delete();
        await db.agreements.where('dealId').equals(id).delete();
        await db.incidents.where('dealId').equals(id).delete();
        await deleteThreadsOfDeal(deps, id);
        await db.drafts.delete(id);
        await db.deals.delete(id);
        await appendAudit(deps, 'deal-removed', { dealId: id, detail: deal.title });
      });
    },
  };
}
