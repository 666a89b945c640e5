import type { DealStatus, Round, Side, SlaDocument } from '../../../shared/model';
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

export interface AppendRoundInput {
  dealId: string;
  side: Side;
  document: SlaDocument;
  note: string;
  author: string;
  sourceFile?: string;
  received?: Round['received'];
  /** Statuses that become `negotiating` once the round exists. */
  negotiatingFrom?: readonly DealStatus[];
}

/**
 * Writes `document` as the deal's round n+1, chained to round n's hash. A deal still drafting is
 * negotiating from now on (once a round exists, the deal is being negotiated); callers may name
 * more such statuses. Two windows appending at once cannot both win: the repository refuses a
 * taken round number.
 */
export async function appendRound(
  repositories: RoundRepositories,
  input: AppendRoundInput,
  { now = () => new Date().toISOString(), newId = () => crypto.randomUUID() }: FreezeOptions = {},
): Promise<Round> {
  const rounds = await repositories.rounds.list(input.dealId);
  const last = rounds.at(-1) ?? null;
  const round = buildRound({
    id: newId(),
    dealId: input.dealId,
    number: (last?.number ?? 0) + 1,
    side: input.side,
    document: input.document,
    note: input.note.trim(),
    author: input.author.trim(),
    createdAt: now(),
    prevHash: last?.hash ?? null,
    ...(input.sourceFile === undefined ? {} : { sourceFile: input.sourceFile }),
  });
  if (input.received) round.received = input.received;
  const saved = await repositories.rounds.add(round);
  const deal = await repositories.deals.get(input.dealId);
  if (deal && (input.negotiatingFrom ?? ['drafting']).includes(deal.status))
    await repositories.deals.update(input.dealId, { status: 'negotiating' });
  return saved;
}

/** Freezes the deal's stored draft as its next round. */
export async function freezeRound(
  repositories: RoundRepositories,
  input: FreezeRoundInput,
  options: FreezeOptions = {},
): Promise<Round> {
  const draft = await repositories.drafts.get(input.dealId);
  if (!draft) throw new Error(`The deal ${input.dealId} has no draft to freeze.`);
  return appendRound(repositories, { ...input, document: draft.document }, options);
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
