import Dexie from 'dexie';
import {
  Deal,
  Draft,
  Round,
  type DealStatus,
  type ReceivedFile,
  type Side,
  type SlaDocument,
} from '../../../shared/model';
import { buildRound } from '../../../shared/rounds/hashRound';
import { RepositoryError } from '../RepositoryError';
import { Settings } from '../Settings';
import { validateOrThrow } from '../ValidationError';
import { watchChanges } from '../changes/watchChanges';
import { appendAudit } from './auditLog';
import { requireOpenDeal } from './closedDealGuard';
import { readValid, type RepositoryDeps } from './RepositoryDeps';
import type { SigningKeysRepository } from './signingKeysRepository';

export interface AppendRoundInput {
  /**
   * The new round's id, chosen once per user action and passed again by a retry: when a round with
   * this id is stored already, that action went through and its round is returned unchanged, so a
   * retry after a lost answer never adds a second round.
   */
  id: string;
  dealId: string;
  side: Side;
  /** What is frozen; `draft` freezes the deal's stored draft as it is at that moment. */
  document: SlaDocument | 'draft';
  note: string;
  author: string;
  sourceFile?: string;
  received?: ReceivedFile;
  /** Why our round went out although approvals were missing (issue 10); not covered by the hash. */
  sendOverride?: Round['sendOverride'];
  /** Statuses that become `negotiating` once the round exists; `drafting` when omitted. */
  negotiatingFrom?: readonly DealStatus[];
  /** The draft becomes the round's document (a version of ours recorded from a file). */
  replaceDraft?: boolean;
  /** With `replaceDraft`: what the draft becomes instead (our text from our own file, read as ours). */
  draftDocument?: SlaDocument;
  /** Stores `author` as the author name for next time (the first round a user sends). */
  rememberAuthor?: boolean;
}

/**
 * A round without its document (issue 12 §4: the comments of a deal need the received files' comments,
 * not every round's text validated): what `dealThreads` (shared/comments) reads.
 */
export type RoundHead = Pick<Round, 'id' | 'dealId' | 'number' | 'side' | 'createdAt' | 'received'>;

/**
 * Rounds are frozen once written: there is deliberately no update method. A correction is a new
 * round, so the hash chain and the negotiation history stay true.
 */
export interface RoundsRepository {
  /** Ordered by round number. */
  list(dealId: string): Promise<Round[]>;
  /** How many rounds the deal has, from the index alone: nothing is read or validated. */
  count(dealId: string): Promise<number>;
  /** The deal's rounds that came from the other side, ordered by number, without their documents. */
  listReceived(dealId: string): Promise<RoundHead[]>;
  /** The round with the highest number (the one a new draft is compared with), or undefined. */
  last(dealId: string): Promise<Round | undefined>;
  get(id: string): Promise<Round | undefined>;
  /** Validates, then refuses an unknown or closed deal, a taken id and a taken round number. */
  add(round: Round): Promise<Round>;
  /**
   * Freezes the next round of a deal as one user action, in ONE transaction: the round (number n+1,
   * chained to round n, hashed over its metadata and document, signed by this installation), the
   * deal's status, the draft when asked, the author name when asked, and the audit entries. Either
   * all of it is stored or none. Idempotent by `input.id`.
   */
  append(input: AppendRoundInput): Promise<Round>;
}

const RoundHeadSchema = Round.pick({
  id: true,
  dealId: true,
  number: true,
  side: true,
  createdAt: true,
  received: true,
});

/** A head of a round, whether it came from the head cache or from a fully validated round. */
function headOf(round: RoundHead): RoundHead {
  const { id, dealId, number, side, createdAt, received } = round;
  return received === undefined
    ? { id, dealId, number, side, createdAt }
    : { id, dealId, number, side, createdAt, received };
}

/** The stored rounds changed between reading them and writing: build again on the newer state. */
class MovedOn extends Error {}

/** Attempts of `append` when other windows keep appending at the same moment; then it gives up. */
const APPEND_ATTEMPTS = 3;

export function createRoundsRepository(
  deps: RepositoryDeps,
  signing: SigningKeysRepository,
): RoundsRepository {
  const { db } = deps;
  const readRound = (record: unknown, key: unknown) => readValid(deps, Round, 'rounds', key, record);
  const readHead = (record: unknown, key: unknown) => readValid(deps, RoundHeadSchema, 'rounds', key, record);

  /** How many validated rounds are kept (about a hundred deals' worth; a round is ~20 KB). */
  const VALIDATED_LIMIT = 1_000;
  /**
   * Rounds are frozen, so each is read and validated once per app run (issue 12 §4: opening a deal
   * read and validated all its rounds several times). Any write to a round, from any connection or
   * window (a restore, a removed deal), drops it from here.
   */
  const validated = new Map<string, Round>();
  /** The same for heads (`listReceived`), which are read without validating the document. */
  const heads = new Map<string, RoundHead>();
  watchChanges(db.name, ['rounds'], (changes) => {
    for (const change of changes)
      if (change.keys === 'all') {
        validated.clear();
        heads.clear();
      } else
        for (const key of change.keys) {
          validated.delete(String(key));
          heads.delete(String(key));
        }
  });
  const keep = (round: Round) => {
    if (validated.size >= VALIDATED_LIMIT) validated.delete(validated.keys().next().value!);
    validated.set(round.id, round);
  };
  const keepHead = (head: RoundHead) => {
    if (heads.size >= VALIDATED_LIMIT * 10) heads.delete(heads.keys().next().value!);
    heads.set(head.id, head);
  };
  const ofDeal = (dealId: string) =>
    db.rounds.where('[dealId+number]').between([dealId, Dexie.minKey], [dealId, Dexie.maxKey]);

  async function list(dealId: string): Promise<Round[]> {
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
  }

  async function listReceived(dealId: string): Promise<RoundHead[]> {
    const ids = (await ofDeal(dealId).primaryKeys()) as string[];
    const known = (id: string) => heads.get(id) ?? validated.get(id);
    const unread = ids.filter((id) => !known(id));
    if (unread.length > 0) {
      // IndexedDB cannot read part of a record; what is saved is validating every round's document.
      const records = await db.rounds.bulkGet(unread);
      records.forEach((record, index) => {
        const head = record ? readHead(record, unread[index]) : undefined;
        if (head) keepHead(head);
      });
    }
    return ids.flatMap((id) => {
      const head = known(id);
      return head && head.side === 'them' ? [headOf(head)] : [];
    });
  }

  async function last(dealId: string): Promise<Round | undefined> {
    const [id] = (await ofDeal(dealId).reverse().limit(1).primaryKeys()) as string[];
    if (id === undefined) return undefined;
    const cached = validated.get(id);
    if (cached) return cached;
    const round = readRound(await db.rounds.get(id), id);
    if (round) keep(round);
    return round;
  }

  /** The stored round with the highest number, read raw: a damaged record still occupies its number. */
  async function lastRecord(dealId: string): Promise<Round | undefined> {
    return db.rounds.where('[dealId+number]').between([dealId, Dexie.minKey], [dealId, Dexie.maxKey]).last();
  }

  async function existing(input: AppendRoundInput): Promise<Round | undefined> {
    const stored = await db.rounds.get(input.id);
    if (!stored) return undefined;
    if (stored.dealId !== input.dealId)
      throw new RepositoryError('conflict', `A round with the id ${input.id} already exists.`);
    return readRound(stored, stored.id) ?? stored;
  }

  async function attempt(input: AppendRoundInput): Promise<Round> {
    const done = await existing(input);
    if (done) return done;
    const last = await lastRecord(input.dealId);
    const draft = input.document === 'draft' ? await db.drafts.get(input.dealId) : undefined;
    if (input.document === 'draft' && !draft)
      throw new RepositoryError('not-found', `The deal ${input.dealId} has no draft to freeze.`);
    const document = input.document === 'draft' ? draft!.document : input.document;
    const round = buildRound({
      id: input.id,
      dealId: input.dealId,
      number: (last?.number ?? 0) + 1,
      side: input.side,
      document,
      note: input.note.trim(),
      author: input.author.trim(),
      createdAt: deps.now(),
      prevHash: last?.hash ?? null,
      ...(input.sourceFile === undefined ? {} : { sourceFile: input.sourceFile }),
      ...(input.received === undefined ? {} : { received: input.received }),
    });
    if (input.sendOverride) round.sendOverride = input.sendOverride;
    // Signed before the transaction: WebCrypto is not IndexedDB, and awaiting it inside would end it.
    round.signature = await signing.signRoundHash(round.hash);
    const valid = validateOrThrow(Round, round, 'round');

    return db.transaction('rw', [db.deals, db.drafts, db.rounds, db.settings, db.audit], async () => {
      const raced = await existing(input);
      if (raced) return raced;
      // Issue 10: a signed or walked-away deal takes no new rounds until it is reopened.
      await requireOpenDeal(deps, input.dealId);
      const deal = readValid(deps, Deal, 'deals', input.dealId, await db.deals.get(input.dealId));
      if (!deal) throw new RepositoryError('not-found', `The deal ${input.dealId} does not exist.`);
      const nowLast = await lastRecord(input.dealId);
      if (nowLast?.id !== last?.id) throw new MovedOn();
      const nowDraft = input.document === 'draft' ? await db.drafts.get(input.dealId) : undefined;
      if (draft && nowDraft?.revision !== draft.revision) throw new MovedOn();

      await db.rounds.add(valid);
      await appendAudit(deps, 'round-added', {
        dealId: valid.dealId,
        detail: `round ${valid.number} (${valid.side})`,
      });
      const now = deps.now();
      if ((input.negotiatingFrom ?? ['drafting']).includes(deal.status)) {
        await db.deals.put(validateOrThrow(Deal, { ...deal, status: 'negotiating', updatedAt: now }, 'deal'));
        await appendAudit(deps, 'deal-status-changed', {
          dealId: deal.id,
          detail: `${deal.status} → negotiating`,
        });
      } else await db.deals.update(deal.id, { updatedAt: now });
      if (input.replaceDraft) {
        const current = await db.drafts.get(input.dealId);
        await db.drafts.put(
          validateOrThrow(
            Draft,
            {
              dealId: input.dealId,
              document: input.draftDocument ?? valid.document,
              revision: (current?.revision ?? -1) + 1,
              updatedAt: now,
            },
            'draft',
          ),
        );
      }
      if (input.rememberAuthor)
        await db.settings.put({
          key: 'authorName',
          value: validateOrThrow(Settings.shape.authorName, input.author.trim(), 'setting authorName'),
        });
      return valid;
    });
  }

  return {
    list,
    listReceived,
    last,

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

    async append(input) {
      for (let tries = 1; ; tries++) {
        try {
          return await attempt(input);
        } catch (error) {
          if (!(error instanceof MovedOn)) throw error;
          if (tries >= APPEND_ATTEMPTS)
            throw new RepositoryError(
              'conflict',
              'Another window recorded a round of this deal at the same moment. Try again.',
            );
        }
      }
    },
  };
}
