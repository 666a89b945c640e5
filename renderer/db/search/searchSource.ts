import { Deal, type SlaDocument, type Template } from '../../../shared/model';
import { watchChanges, type TableChange } from '../changes/watchChanges';
import { openSlaDatabase } from '../openSlaDatabase';
import { buildRepositories, type Repositories } from '../repositories';
import { readValid, type InvalidRecord } from '../repositories/RepositoryDeps';
import type { SlaDatabase } from '../SlaDatabase';

/** What the search needs of one deal. */
export interface DealForSearch {
  deal: Deal;
  draft: SlaDocument | null;
  rounds: RoundForSearch[];
}

export interface RoundForSearch {
  id: string;
  dealId: string;
  number: number;
  document: SlaDocument;
}

/**
 * Read access for the search index (its worker opens its own connection). Deals are validated;
 * drafts and rounds are read as stored, with only their shape checked: validating 10,000 frozen
 * rounds at every start would cost more than indexing them, and the index only reads text (a
 * damaged document is skipped where its text cannot be read; it is validated when it is opened).
 */
export interface SearchSource {
  /** Newest first, so the deals worked on lately are searchable first. */
  dealIds(): Promise<string[]>;
  /** The deals with these ids (missing ones left out), with their drafts and (unless told) rounds. */
  deals(ids: readonly string[], options?: { rounds?: boolean }): Promise<DealForSearch[]>;
  round(id: string): Promise<RoundForSearch | null>;
  /** The latest version of every template, or of one. */
  templates(): Promise<Template[]>;
  template(id: string): Promise<Template | undefined>;
  watch(listener: (changes: TableChange[]) => void): () => void;
  close(): void;
}

function looksLikeDocument(value: unknown): value is SlaDocument {
  const doc = value as Partial<SlaDocument> | null;
  return (
    typeof doc === 'object' &&
    doc !== null &&
    Array.isArray(doc.clauses) &&
    Array.isArray(doc.terms) &&
    (doc.language === 'de' || doc.language === 'en')
  );
}

function roundOf(record: unknown): RoundForSearch | null {
  const round = record as Partial<RoundForSearch> | undefined;
  if (
    !round ||
    typeof round.id !== 'string' ||
    typeof round.dealId !== 'string' ||
    typeof round.number !== 'number' ||
    !looksLikeDocument(round.document)
  )
    return null;
  return { id: round.id, dealId: round.dealId, number: round.number, document: round.document };
}

export function createSearchSource(
  db: SlaDatabase,
  repositories: Repositories,
  report: (p: InvalidRecord) => void,
): SearchSource {
  const deps = {
    db,
    reportInvalid: report,
    now: () => new Date().toISOString(),
    newId: () => crypto.randomUUID(),
  };
  return {
    dealIds: () => repositories.deals.idsNewestFirst(),

    async deals(ids, options = {}) {
      return db.transaction('r', [db.deals, db.drafts, db.rounds], async () => {
        const [deals, drafts, rounds] = await Promise.all([
          db.deals.bulkGet([...ids]),
          db.drafts.bulkGet([...ids]),
          options.rounds === false
            ? []
            : db.rounds
                .where('dealId')
                .anyOf([...ids])
                .toArray(),
        ]);
        const roundsOf = new Map<string, RoundForSearch[]>();
        for (const record of rounds) {
          const round = roundOf(record);
          if (!round) continue;
          const list = roundsOf.get(round.dealId) ?? [];
          list.push(round);
          roundsOf.set(round.dealId, list);
        }
        return ids.flatMap((id, index): DealForSearch[] => {
          const deal = readValid(deps, Deal, 'deals', id, deals[index]);
          if (!deal) return [];
          const draft = drafts[index]?.document;
          return [{ deal, draft: looksLikeDocument(draft) ? draft : null, rounds: roundsOf.get(id) ?? [] }];
        });
      });
    },

    async round(id) {
      return roundOf(await db.rounds.get(id));
    },

    templates: () => repositories.templates.list(),
    template: (id) => repositories.templates.get(id),

    watch: (listener) => watchChanges(db.name, ['deals', 'drafts', 'rounds', 'templates'], listener),

    close: () => db.close(),
  };
}

/** Opens the app's database for the search worker (no built-ins are written from there). */
export async function openSearchSource(name?: string): Promise<SearchSource> {
  const db = await openSlaDatabase(name);
  const report = (problem: InvalidRecord) =>
    console.warn('[search] skipped', problem.table, problem.key, problem.message);
  const repositories = buildRepositories(db, { builtInTemplates: [], onInvalidRecord: report });
  return createSearchSource(db, repositories, report);
}
