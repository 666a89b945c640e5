import { Round } from '../../../shared/model';
import Dexie from 'dexie';
import { RepositoryError } from '../RepositoryError';
import { validateOrThrow } from '../ValidationError';
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
  get(id: string): Promise<Round | undefined>;
  /** Validates, then refuses an unknown or closed deal, a taken id and a taken round number. */
  add(round: Round): Promise<Round>;
}

export function createRoundsRepository(deps: RepositoryDeps): RoundsRepository {
  const { db } = deps;
  const readRound = (record: unknown, key: unknown) => readValid(deps, Round, 'rounds', key, record);
  return {
    async list(dealId) {
      const records = await db.rounds
        .where('[dealId+number]')
        .between([dealId, Dexie.minKey], [dealId, Dexie.maxKey])
        .toArray();
      return records.flatMap((record) => readRound(record, record.id) ?? []);
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
