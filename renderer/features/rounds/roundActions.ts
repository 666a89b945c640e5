import type { DealStatus, Round, Side, SlaDocument } from '../../../shared/model';
import type { Repositories } from '../../db';

export type RoundRepositories = Pick<Repositories, 'rounds'>;

export interface FreezeRoundInput {
  dealId: string;
  side: Side;
  note: string;
  author: string;
  /**
   * The action's idempotency key: the new round's id. A dialog makes one when it opens and passes the
   * same one when the user retries after a failure, so a retry never adds a second round.
   */
  roundId: string;
  /** Stores the author name for next time, in the same transaction as the round. */
  rememberAuthor?: boolean;
}

export interface AppendRoundInput {
  roundId: string;
  dealId: string;
  side: Side;
  document: SlaDocument;
  note: string;
  author: string;
  sourceFile?: string;
  received?: Round['received'];
  /** Statuses that become `negotiating` once the round exists. */
  negotiatingFrom?: readonly DealStatus[];
  replaceDraft?: boolean;
}

/**
 * Writes `document` as the deal's round n+1, chained to round n's hash, in one transaction with the
 * deal's status (a deal still drafting is negotiating from now on; callers may name more such
 * statuses). Two windows appending at once cannot both take a number: the repository re-reads inside
 * its transaction.
 */
export function appendRound(repositories: RoundRepositories, input: AppendRoundInput): Promise<Round> {
  const { roundId, ...rest } = input;
  return repositories.rounds.append({ ...rest, id: roundId });
}

/** Freezes the deal's stored draft as its next round. */
export function freezeRound(repositories: RoundRepositories, input: FreezeRoundInput): Promise<Round> {
  return repositories.rounds.append({
    id: input.roundId,
    dealId: input.dealId,
    side: input.side,
    document: 'draft',
    note: input.note,
    author: input.author,
    ...(input.rememberAuthor ? { rememberAuthor: true } : {}),
  });
}

/** Our answer goes out: the current draft becomes our round. */
export function sendRound(
  repositories: RoundRepositories,
  input: Omit<FreezeRoundInput, 'side'>,
): Promise<Round> {
  return freezeRound(repositories, { ...input, side: 'us' });
}

/**
 * The customer's answer, typed into the draft by hand until DOCX import fills received rounds.
 * The draft stays their text; our answer is built from it on the compare screen.
 */
export function recordTheirRound(
  repositories: RoundRepositories,
  input: Omit<FreezeRoundInput, 'side'>,
): Promise<Round> {
  return freezeRound(repositories, { ...input, side: 'them' });
}

/** A fresh idempotency key for one round action (see FreezeRoundInput.roundId). */
export function newRoundId(): string {
  return crypto.randomUUID();
}
