import { Round } from '../../../shared/model';
import Dexie from 'dexie';
import { RepositoryError } from '../RepositoryError';
import { validateOrThrow } from '../ValidationError';
import { watchChanges } from '../changes/watchChanges';
import { appendAudit } from './auditLog';
import { requireOpenDeal } from './closedDealGuard';
import { readValid, type RepositoryDeps } from './RepositoryDeps';

/**
 * Rounds are frozen once written: there is deliberately no update method. A correction is a new
 * round, so the hash chain and the negotiation history stay true.
 */
export interface RoundsRepository {
  /** Ordered by round number. */
  list(dealId: string): Promise<Round[]>;
  /** How many rounds the deal has, from the index alone: nothing is read or validated. */
  count(dealId: string): Promise<number>;
  get(id: string): Promise<Round | undefined>;
  /** Validates, then refuses an unknown or closed deal, a taken id and a taken round number. */
  add(round: Round): Promise<Round>;
}

/** How many validated rounds are kept (about a hundred deals' worth; a round is ~20 KB). */
const VALIDATED_LIMIT = 1_000;

export function createRoundsRepository(deps: RepositoryDeps): RoundsRepository {
  const { db } = deps;
  const readRound = (record: unknown, key: unknown) => readValid(deps, Round, 'rounds', key, record);
  /**
   * Rounds are frozen, so each is read and validated once per app run (issue 12 §4: opening a deal
   * read and validated all its rounds several times). Any write to a round, from any connection or
   * window (a restore, a removed deal), drops it from here.
   */
  const validated = new Map<string, Round>();
  watchChanges(db.name, ['rounds'], (changes) => {
    for (const change of changes)
      if (change.keys === 'all') validated.clear();
      else for (const key of change.keys) validated.delete(String(key));
  });
  const keep = (round: Round) => {
    if (validated.size >= VALIDATED_LIMIT) validated.delete(validated.keys().next().value!);
    validated.set(round.id, round);
  };
  const ofDeal = (dealId: string) =>
    db.rounds.where('[dealId+number]').between([dealId, Dexie.minKey], [dealId, Dexie.maxKey]);

  return {
    async list(dealId) {
      const ids = (await ofDeal(dealId).primaryKeys()) as string[];
      const unread = ids.filter((id) => !validated.has(id));
      if (unread.length > 0) {
        const records = await db.rounds.bulkGet(unread);
        records.forEach((record, index) => {
          const round = record ? readRound(record, unread[index]) : undefined;
          if (round) keep(round);
        });
      }
      return ids.flatMap((id) => validated.get(id) ?? []);
    },

    count(dealId) {
      return ofDeal(dealId).count();
    },

    async get(id) {
      return readRound(await db.rounds.get(id), id);
    },

    async add(round) {
      const valid = validateOrThrow(Round, round, 'round');
      return db.transaction('rw', [db.deals, db.rounds, db.audit], async () => {
        await requireOpenDeal(deps, valid.dealId);
        const sameNumber = await db.rounds
          .where('[dealId+number]')
          .equals([valid.dealId, valid.number])
          .count();
        if (sameNumber > 0)
          throw new RepositoryError('conflict', `Round ${valid.number} of this deal already exists.`);
        if (await db.rounds.get(valid.id))
          throw new RepositoryError('conflict', `A round with the id ${valid.id} already exists.`);
        await db.rounds.add(valid);
        await appendAudit(deps, 'round-added', {
          dealId: valid.dealId,
          detail: `round ${valid.number} (${valid.side})`,
        });
        return valid;
      });
    },
  };
}
