import type { Template } from '../../../shared/model';
import {
  effectivePlaybook,
  PlaybookEntry,
  PlaybookError,
  playbookRecordId,
  PlaybookRecord,
  readPlaybookEntry,
  catalogueOf,
  type Playbook,
  type PlaybookScope,
  type TermCatalogue,
} from '../../../shared/playbook';
import { Draft } from '../../../shared/model';
import { RepositoryError } from '../RepositoryError';
import { validateOrThrow } from '../ValidationError';
import { appendAudit } from './auditLog';
import { requireOpenDeal } from './closedDealGuard';
import { readValid, type RepositoryDeps } from './RepositoryDeps';
import type { TemplatesRepository } from './templatesRepository';

export interface EffectivePlaybook {
  /** The team lead's entries for the deal's template. */
  template: PlaybookEntry[];
  /** The deal's own entries, each replacing the template's for its term. */
  overrides: PlaybookEntry[];
  /** What the deal negotiates under. */
  playbook: Playbook;
}

export interface DealPlaybook extends EffectivePlaybook {
  /** The terms the deal's playbook may hold (draft and template). */
  catalogue: TermCatalogue;
}

export interface PlaybooksRepository {
  /** A template's or a deal's own entries, in the order they were added; `[]` when it has none. */
  entries(scope: PlaybookScope, ownerId: string): Promise<PlaybookEntry[]>;
  /** The effective playbook of a deal: its template's entries with the deal's overrides. */
  forDeal(dealId: string): Promise<DealPlaybook>;
  /**
   * The same without reading the deal or its draft, for live views: a draft save then does not
   * make them read the playbook again.
   */
  effective(templateId: string, dealId: string): Promise<EffectivePlaybook>;
  /** The terms a template's playbook may hold (every version's document and clause library). */
  templateCatalogue(templateId: string): Promise<TermCatalogue>;
  /**
   * Adds or replaces one term's entry after checking it against the term (PlaybookError with the
   * problems, nothing written). A deal that is signed or walked away is refused.
   */
  setEntry(scope: PlaybookScope, ownerId: string, entry: PlaybookEntry): Promise<void>;
  removeEntry(scope: PlaybookScope, ownerId: string, termId: string): Promise<void>;
  /**
   * Writes the entries of an imported file in one transaction: each replaces the entry of its term,
   * others stay. Every entry is checked first; one bad entry refuses them all.
   */
  importEntries(scope: PlaybookScope, ownerId: string, entries: readonly PlaybookEntry[]): Promise<void>;
}

function templateTermsOf(templates: readonly Template[]) {
  return templates.flatMap((template) => [
    ...template.clauseLibrary.flatMap((item) => item.terms),
    ...template.document.terms,
  ]);
}

export function createPlaybooksRepository(
  deps: RepositoryDeps,
  templates: TemplatesRepository,
): PlaybooksRepository {
  const { db } = deps;
  const readRecord = (record: unknown, key: string) =>
    readValid(deps, PlaybookRecord, 'playbooks', key, record);

  async function entries(scope: PlaybookScope, ownerId: string): Promise<PlaybookEntry[]> {
    const id = playbookRecordId(scope, ownerId);
    return readRecord(await db.playbooks.get(id), id)?.entries ?? [];
  }

  async function templateCatalogue(templateId: string): Promise<TermCatalogue> {
    return catalogueOf(templateTermsOf(await templates.versions(templateId)));
  }

  async function catalogueFor(scope: PlaybookScope, ownerId: string): Promise<TermCatalogue> {
    if (scope === 'template') return templateCatalogue(ownerId);
    const deal = await db.deals.get(ownerId);
    if (!deal) throw new RepositoryError('not-found', `The deal ${ownerId} does not exist.`);
    const draft = readValid(deps, Draft, 'drafts', ownerId, await db.drafts.get(ownerId));
    const template = await templates.get(deal.template.id, deal.template.version);
    return catalogueOf([...templateTermsOf(template ? [template] : []), ...(draft?.document.terms ?? [])]);
  }

  /** Checks entries against the catalogue; throws PlaybookError naming every problem. */
  function checked(entriesIn: readonly PlaybookEntry[], catalogue: TermCatalogue): PlaybookEntry[] {
    const problems = [];
    const out: PlaybookEntry[] = [];
    for (const entry of entriesIn) {
      const term = catalogue.get(entry.termId);
      if (!term) {
        problems.push({ code: 'unknown-term' as const, termId: entry.termId });
        continue;
      }
      const { termId, ...fields } = entry;
      const result = readPlaybookEntry(fields, termId, term);
      if (result.ok) out.push(result.entry);
      else problems.push(...result.problems);
    }
    if (problems.length > 0) throw new PlaybookError(problems);
    return out;
  }

  async function write(
    scope: PlaybookScope,
    ownerId: string,
    change: (current: PlaybookEntry[]) => PlaybookEntry[],
    detail: string,
  ): Promise<void> {
    const id = playbookRecordId(scope, ownerId);
    await db.transaction('rw', [db.playbooks, db.deals, db.audit], async () => {
      if (scope === 'deal') await requireOpenDeal(deps, ownerId);
      const current = readRecord(await db.playbooks.get(id), id)?.entries ?? [];
      const record = validateOrThrow(
        PlaybookRecord,
        { id, scope, ownerId, entries: change(current), updatedAt: deps.now() },
        'playbook',
      );
      await db.playbooks.put(record);
      await appendAudit(deps, 'playbook-updated', {
        ...(scope === 'deal' ? { dealId: ownerId } : {}),
        detail: `${scope} ${ownerId}: ${detail}`,
      });
    });
  }

  const upsert = (current: PlaybookEntry[], added: readonly PlaybookEntry[]) => {
    const byTerm = new Map(current.map((entry) => [entry.termId, entry]));
    for (const entry of added) byTerm.set(entry.termId, entry);
    return [...byTerm.values()];
  };

  return {
    entries,
    templateCatalogue,

    async forDeal(dealId) {
      const deal = await db.deals.get(dealId);
      if (!deal) throw new RepositoryError('not-found', `The deal ${dealId} does not exist.`);
      const [template, overrides, catalogue] = await Promise.all([
        entries('template', deal.template.id),
        entries('deal', dealId),
        catalogueFor('deal', dealId),
      ]);
      return { template, overrides, playbook: effectivePlaybook(template, overrides), catalogue };
    },

    async effective(templateId, dealId) {
      const [template, overrides] = await Promise.all([
        entries('template', templateId),
        entries('deal', dealId),
      ]);
      return { template, overrides, playbook: effectivePlaybook(template, overrides) };
    },

    async setEntry(scope, ownerId, entry) {
      const valid = validateOrThrow(PlaybookEntry, entry, 'playbook entry');
      const [checkedEntry] = checked([valid], await catalogueFor(scope, ownerId));
      if (!checkedEntry) return;
      await write(scope, ownerId, (current) => upsert(current, [checkedEntry]), `set ${entry.termId}`);
    },

    async removeEntry(scope, ownerId, termId) {
      await write(
        scope,
        ownerId,
        (current) => current.filter((entry) => entry.termId !== termId),
        `removed ${termId}`,
      );
    },

    async importEntries(scope, ownerId, imported) {
      const valid = imported.map((entry) => validateOrThrow(PlaybookEntry, entry, 'playbook entry'));
      const checkedEntries = checked(valid, await catalogueFor(scope, ownerId));
      await write(
        scope,
        ownerId,
        (current) => upsert(current, checkedEntries),
        `imported ${checkedEntries.length} entries`,
      );
    },
  };
}
