import type { Round } from '../../../shared/model';
import type { ChainProblem } from '../../../shared/rounds/hashRound';
import { verifyRounds } from '../../../shared/rounds/verifyRounds';
import { webCryptoVerify } from '../signing/ed25519';
import type { SlaDatabase } from '../SlaDatabase';

export interface DealVerification {
  dealId: string;
  title: string;
  ok: boolean;
  /** Number of the first round that fails, when `ok` is false. */
  brokenAt?: number;
  /** What fails there; the UI says it in the user's language. */
  problem?: ChainProblem;
  /** The same in English, for logs. */
  reason?: string;
}

export interface DatabaseVerification {
  ok: boolean;
  deals: DealVerification[];
  /** Rounds whose deal no longer exists: kept, but they belong to nothing the user can open. */
  orphanRounds: { roundId: string; dealId: string }[];
}

/**
 * Checks every deal's rounds (Verify in Settings): the hash chain over metadata and documents, and the
 * signature of every round under the key of an installation known here. Reads the raw records on
 * purpose, not the repositories: a tampered record must be examined, not skipped as invalid.
 */
export async function verifyDatabase(db: SlaDatabase): Promise<DatabaseVerification> {
  const { deals, rounds, keys } = await db.transaction(
    'r',
    [db.deals, db.rounds, db.signingKeys],
    async () => ({
      deals: await db.deals.toArray(),
      rounds: await db.rounds.toArray(),
      keys: await db.signingKeys.toArray(),
    }),
  );
  const roundsByDeal = new Map<string, Round[]>();
  for (const round of rounds) {
    const list = roundsByDeal.get(round.dealId) ?? [];
    list.push(round);
    roundsByDeal.set(round.dealId, list);
  }
  const publicKeys = keys.map(({ keyId, publicKey, createdAt }) => ({ keyId, publicKey, createdAt }));

  const results: DealVerification[] = await Promise.all(
    deals.map(async (deal): Promise<DealVerification> => {
      const title = typeof deal.title === 'string' ? deal.title : deal.id;
      try {
        const chain = await verifyRounds(roundsByDeal.get(deal.id) ?? [], {
          keys: publicKeys,
          verify: webCryptoVerify,
        });
        if (chain.ok) return { dealId: deal.id, title, ok: true };
        return {
          dealId: deal.id,
          title,
          ok: false,
          brokenAt: chain.brokenAt,
          problem: chain.problem,
          reason: chain.reason,
        };
      } catch {
        // A round too damaged to read (e.g. a field of the wrong type) fails like any other change.
        return {
          dealId: deal.id,
          title,
          ok: false,
          reason: 'a round of this deal is damaged and cannot be read',
        };
      }
    }),
  );
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
