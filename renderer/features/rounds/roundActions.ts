import type { SendGate } from '../../../shared/checks/sendGate';
import type { DealStatus, Round, Side, SlaDocument } from '../../../shared/model';
import type { Repositories } from '../../db';
import { gateOf, loadGuardrailData, type GuardrailRepositories } from '../guardrails/loadGuardrails';

export type RoundRepositories = Pick<Repositories, 'rounds'>;
/** Sending also reads the guardrails: approvals must be given (or overridden) first. */
export type SendRepositories = RoundRepositories & Pick<Repositories, 'drafts'> & GuardrailRepositories;

/** *Send round* refused: approvals are missing or were refused, and no override reason was given. */
export class SendBlockedError extends Error {
  override name = 'SendBlockedError';
  constructor(readonly gate: SendGate) {
    super(
      `Round ${gate.round} waits for approvals: ${gate.requirements
        .filter((status) => status.state !== 'approved')
        .map((status) => status.requirement.key)
        .join(', ')}.`,
    );
  }
}

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
  sendOverride?: Round['sendOverride'];
  /** Statuses that become `negotiating` once the round exists. */
  negotiatingFrom?: readonly DealStatus[];
  replaceDraft?: boolean;
  /** With `replaceDraft`: what the draft becomes instead of the round's document. */
  draftDocument?: SlaDocument;
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
export function freezeRound(
  repositories: RoundRepositories,
  input: FreezeRoundInput & { sendOverride?: Round['sendOverride'] },
): Promise<Round> {
  return repositories.rounds.append({
    id: input.roundId,
    dealId: input.dealId,
    side: input.side,
    document: 'draft',
    note: input.note,
    author: input.author,
    ...(input.rememberAuthor ? { rememberAuthor: true } : {}),
    ...(input.sendOverride ? { sendOverride: input.sendOverride } : {}),
  });
}

export interface SendRoundInput extends Omit<FreezeRoundInput, 'side'> {
  /**
   * Why the round goes out although approvals are missing (issue 10). Recorded on the round with
   * the requirements still open; without it a blocked round is refused with SendBlockedError.
   */
  overrideReason?: string;
}

/**
 * Our answer goes out: the stored draft becomes our round, once every approval it needs is given —
 * or with an override whose reason is recorded on the round.
 */
export async function sendRound(repositories: SendRepositories, input: SendRoundInput): Promise<Round> {
  const { overrideReason, ...freeze } = input;
  const draft = await repositories.drafts.get(input.dealId);
  if (!draft) throw new Error(`The deal ${input.dealId} has no draft to freeze.`);
  const data = await loadGuardrailData(repositories, input.dealId);
  if (!data) throw new Error(`The deal ${input.dealId} does not exist.`);
  const gate = gateOf(data, draft.document);
  const reason = overrideReason?.trim() ?? '';
  if (gate.blocked && !reason) throw new SendBlockedError(gate);
  const unresolved = gate.requirements
    .filter((status) => status.state !== 'approved')
    .map((status) => status.requirement.key);
  return freezeRound(repositories, {
    ...freeze,
    side: 'us',
    ...(gate.blocked ? { sendOverride: { reason, unresolved } } : {}),
  });
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
