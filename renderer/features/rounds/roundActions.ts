import type { SendGate } from '../../../shared/checks/sendGate';
import type { DealStatus, Round, Side, SlaDocument } from '../../../shared/model';
import { buildRound } from '../../../shared/rounds/hashRound';
import type { Repositories } from '../../db';
import { gateOf, loadGuardrailData, type GuardrailRepositories } from '../guardrails/loadGuardrails';

export type RoundRepositories = Pick<Repositories, 'rounds' | 'drafts' | 'deals'>;
/** Sending also reads the guardrails: approvals must be given (or overridden) first. */
export type SendRepositories = RoundRepositories & GuardrailRepositories;

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
  sendOverride?: Round['sendOverride'];
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
  if (input.sendOverride) round.sendOverride = input.sendOverride;
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

export interface SendOptions extends FreezeOptions {
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
export async function sendRound(
  repositories: SendRepositories,
  dealId: string,
  note: string,
  author: string,
  options: SendOptions = {},
): Promise<Round> {
  const draft = await repositories.drafts.get(dealId);
  if (!draft) throw new Error(`The deal ${dealId} has no draft to freeze.`);
  const data = await loadGuardrailData(repositories, dealId);
  if (!data) throw new Error(`The deal ${dealId} does not exist.`);
  const gate = gateOf(data, draft.document);
  const reason = options.overrideReason?.trim() ?? '';
  if (gate.blocked && !reason) throw new SendBlockedError(gate);
  const unresolved = gate.requirements
    .filter((status) => status.state !== 'approved')
    .map((status) => status.requirement.key);
  return appendRound(
    repositories,
    {
      dealId,
      side: 'us',
      document: draft.document,
      note,
      author,
      ...(gate.blocked ? { sendOverride: { reason, unresolved } } : {}),
    },
    options,
  );
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
