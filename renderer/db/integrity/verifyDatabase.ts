import { verifyChain } from '../../../shared/rounds/hashRound';
import type { Round } from '../../../shared/model';
import type { SlaDatabase } from '../SlaDatabase';

export interface DealVerification {
  dealId: string;
  title: string;
  ok: boolean;
  /** Number of the first round that fails, when `ok` is false. */
  brokenAt?: number;
  reason?: string;
}

export interface DatabaseVerification {
  ok: boolean;
  deals: DealVerification[];
  /** Rounds whose deal no longer exists: kept, but they belong to nothing the user can open. */
  orphanRounds: { roundId: string; dealId: string }[];
}

/**
 * Checks every deal's round hash chain (Verify in Settings). Reads the raw records on purpose, not the
 * repositories: a tampered record must be examined, not skipped as invalid.
 */
export async function verifyDatabase(db: SlaDatabase): Promise<DatabaseVerification> {
  const { deals, rounds } = await db.transaction('r', [db.deals, db.rounds], async () => ({
    deals: await db.deals.toArray(),
    rounds: await db.rounds.toArray(),
  }));
  const roundsByDeal = new Map<string, Round[]>();
  for (const round of rounds) {
    const list = roundsByDeal.get(round.dealId) ?? [];
    list.push(round);
    roundsByDeal.set(round.dealId, list);
  }

  const results: DealVerification[] = deals.map((deal) => {
    const title = typeof deal.title === 'string' ? deal.title : deal.id;
    try {
      const chain = verifyChain(roundsByDeal.get(deal.id) ?? []);
      if (chain.ok) return { dealId: deal.id, title, ok: true };
      return { dealId: deal.id, title, ok: false, brokenAt: chain.brokenAt, reason: chain.reason };
    } catch {
      // A round too damaged to hash (e.g. a number that is not finite) fails like any other change.
      return {
        dealId: deal.id,
        title,
        ok: false,
        reason: 'a round of this deal is damaged and cannot be read',
      };
    }
  });
  const dealIds = new Set(deals.map((deal) => deal.id));
  const orphanRounds = rounds
    .filter((round) => !dealIds.has(round.dealId))
    .map((round) => ({ roundId: round.id, dealId: round.dealId }));
  return {
    ok: results.every((result) => result.ok) && orphanRounds.length === 0,
    deals: results,
    orphanRounds,
  };
}
