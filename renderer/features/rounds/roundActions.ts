import type { Round, Side } from '../../../shared/model';
import { buildRound } from '../../../shared/rounds/hashRound';
import type { Repositories } from '../../db';

export type RoundRepositories = Pick<Repositories, 'rounds' | 'drafts' | 'deals'>;

export interface FreezeRoundInput {
  dealId: string;
  side: Side;
  note: string;
  author: string;
}

export interface FreezeOptions {
  now?: () => string;
  newId?: () => string;
}

/**
 * Freezes the deal's stored draft as round n+1, chained to round n's hash. A deal still in
 * drafting moves to negotiating: once a round exists, the deal is being negotiated.
 * Two windows freezing at once cannot both win: the repository refuses a taken round number.
 */
export async function freezeRound(
  repositories: RoundRepositories,
  input: FreezeRoundInput,
  { now = () => new Date().toISOString(), newId = () => crypto.randomUUID() }: FreezeOptions = {},
): Promise<Round> {
  const draft = await repositories.drafts.get(input.dealId);
  if (!draft) throw new Error(`The deal ${input.dealId} has no draft to freeze.`);
  const rounds = await repositories.rounds.list(input.dealId);
  const last = rounds.at(-1) ?? null;
  const round = buildRound({
    id: newId(),
    dealId: input.dealId,
    number: (last?.number ?? 0) + 1,
    side: input.side,
    document: draft.document,
    note: input.note.trim(),
    author: input.author.trim(),
    createdAt: now(),
    prevHash: last?.hash ?? null,
  });
  const saved = await repositories.rounds.add(round);
  const deal = await repositories.deals.get(input.dealId);
  if (deal?.status === 'drafting') await repositories.deals.update(input.dealId, { status: 'negotiating' });
  return saved;
}

/** Our answer goes out: the current draft becomes our round. */
export function sendRound(
  repositories: RoundRepositories,
  dealId: string,
  note: string,
  author: string,
  options?: FreezeOptions,
): Promise<Round> {
  return freezeRound(repositories, { dealId, side: 'us', note, author }, options);
}

/**
 * The customer's answer, typed into the draft by hand until DOCX import fills received rounds.
 * The draft stays their text; our answer is built from it on the compare screen.
 */
export function recordTheirRound(
  repositories: RoundRepositories,
  dealId: string,
  note: string,
  author: string,
  options?: FreezeOptions,
): Promise<Round> {
  return freezeRound(repositories, { dealId, side: 'them', note, author }, options);
}
