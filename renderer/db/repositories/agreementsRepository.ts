import { Deal, Draft, Round } from '../../../shared/model';
import { Agreement, DEFAULT_WARNING_THRESHOLDS, type Signatory } from '../../../shared/monitoring/model';
import { buildRound } from '../../../shared/rounds/hashRound';
import Dexie from 'dexie';
import { RepositoryError } from '../RepositoryError';
import { validateOrThrow } from '../ValidationError';
import { appendAudit } from './auditLog';
import { readValid, type RepositoryDeps } from './RepositoryDeps';
import type { SigningKeysRepository } from './signingKeysRepository';

/** The deal's rounds or draft changed between building the signed round and writing it. */
class MovedOn extends Error {}

export interface SignInput {
  dealId: string;
  /** The frozen round that was signed; `null` freezes the current draft as the signed round. */
  roundId: string | null;
  signedOn: string;
  signatories: Signatory[];
  termStart: string;
  termEnd: string | null;
  reviewIntervalMonths: number | null;
  nextReviewOn: string | null;
  timeZone: string;
  warningThresholds?: number[];
  /** Who froze the draft, when `roundId` is null. */
  author?: string;
  /** The note of the round frozen from the draft. */
  note?: string;
}

export type AgreementPatch = Partial<
  Pick<
    Agreement,
    'timeZone' | 'termEnd' | 'warningThresholds' | 'reviewIntervalMonths' | 'nextReviewOn' | 'signatories'
  >
>;

export interface AgreementsRepository {
  /** Every agreement, newest signing first. */
  list(): Promise<Agreement[]>;
  /** Agreements in force: not replaced by a later signing. */
  active(): Promise<Agreement[]>;
  /** The deal's agreements, newest first. */
  forDeal(dealId: string): Promise<Agreement[]>;
  /** The deal's agreement in force, if it was signed. */
  activeForDeal(dealId: string): Promise<Agreement | undefined>;
  get(id: string): Promise<Agreement | undefined>;
  /**
   * Records a signing in one transaction: freezes the draft as a round when asked, stores the
   * agreement (replacing the deal's earlier one), and sets the deal `signed`.
   */
  sign(input: SignInput): Promise<Agreement>;
  /** Starts renegotiating: the draft becomes the signed text again, the deal `negotiating`. The agreement stays in force. */
  renegotiate(dealId: string): Promise<Draft>;
  update(id: string, patch: AgreementPatch): Promise<Agreement>;
  /** Remembers warnings already sent as a system notification. */
  markNotified(id: string, keys: readonly string[]): Promise<void>;
}

export function createAgreementsRepository(
  deps: RepositoryDeps,
  signing: SigningKeysRepository,
): AgreementsRepository {
  const { db } = deps;
  const readAgreement = (record: unknown, key: unknown) =>
    readValid(deps, Agreement, 'agreements', key, record);
  const readAll = (records: readonly Agreement[]) =>
    records
      .flatMap((record) => readAgreement(record, record.id) ?? [])
      .sort((a, b) => b.signedOn.localeCompare(a.signedOn) || b.createdAt.localeCompare(a.createdAt));

  async function forDeal(dealId: string) {
    return readAll(await db.agreements.where('dealId').equals(dealId).toArray());
  }

  function lastRound(dealId: string) {
    return db.rounds.where('[dealId+number]').between([dealId, Dexie.minKey], [dealId, Dexie.maxKey]).last();
  }

  /** The round a signing of the current draft adds, built and signed by this installation. */
  async function prepareRound(input: SignInput, now: string) {
    const draft = readValid(deps, Draft, 'drafts', input.dealId, await db.drafts.get(input.dealId));
    if (!draft) throw new RepositoryError('not-found', 'The deal has no draft to sign.');
    const last = await lastRound(input.dealId);
    const round = buildRound({
      id: deps.newId(),
      dealId: input.dealId,
      number: (last?.number ?? 0) + 1,
      side: 'us',
      document: draft.document,
      note: (input.note ?? '').trim(),
      author: (input.author ?? '').trim(),
      createdAt: now,
      prevHash: last?.hash ?? null,
    });
    round.signature = await signing.signRoundHash(round.hash);
    return { round: validateOrThrow(Round, round, 'round'), draftRevision: draft.revision, lastId: last?.id };
  }

  async function signOnce(input: SignInput): Promise<Agreement> {
    const now = deps.now();
    const id = deps.newId();
    const prepared = input.roundId === null ? await prepareRound(input, now) : undefined;
    return db.transaction('rw', [db.deals, db.drafts, db.rounds, db.agreements, db.audit], async () => {
      const deal = readValid(deps, Deal, 'deals', input.dealId, await db.deals.get(input.dealId));
      if (!deal) throw new RepositoryError('not-found', `The deal ${input.dealId} does not exist.`);
      let round: Round | undefined;
      if (input.roundId === null) {
        // The round was built and signed before the transaction (WebCrypto would end it); it
        // stands only if nothing moved on since.
        const nowDraft = await db.drafts.get(input.dealId);
        const nowLast = await lastRound(input.dealId);
        if (!prepared || nowDraft?.revision !== prepared.draftRevision || nowLast?.id !== prepared.lastId)
          throw new MovedOn();
        round = prepared.round;
        await db.rounds.add(round);
        await appendAudit(deps, 'round-added', {
          dealId: input.dealId,
          detail: `round ${round.number} (us), signed`,
        });
      } else {
        round = readValid(deps, Round, 'rounds', input.roundId, await db.rounds.get(input.roundId));
        if (!round || round.dealId !== input.dealId)
          throw new RepositoryError('not-found', 'The signed round does not belong to this deal.');
      }
      const agreement = validateOrThrow(
        Agreement,
        {
          id,
          dealId: input.dealId,
          roundId: round.id,
          roundNumber: round.number,
          signedOn: input.signedOn,
          signatories: input.signatories,
          termStart: input.termStart,
          termEnd: input.termEnd,
          reviewIntervalMonths: input.reviewIntervalMonths,
          nextReviewOn: input.nextReviewOn,
          timeZone: input.timeZone,
          warningThresholds: input.warningThresholds ?? [...DEFAULT_WARNING_THRESHOLDS],
          notified: [],
          createdAt: now,
          updatedAt: now,
        } satisfies Agreement,
        'agreement',
      );
      for (const earlier of await forDeal(input.dealId))
        if (!earlier.supersededBy) await db.agreements.put({ ...earlier, supersededBy: id, updatedAt: now });
      await db.agreements.add(agreement);
      await db.deals.put({ ...deal, status: 'signed', updatedAt: now });
      await appendAudit(deps, 'deal-signed', {
        dealId: input.dealId,
        detail: `round ${round.number} signed on ${input.signedOn} by ${input.signatories.map((s) => s.name).join(', ')}`,
      });
      return agreement;
    });
  }

  return {
    async list() {
      return readAll(await db.agreements.toArray());
    },

    async active() {
      return (await this.list()).filter((agreement) => !agreement.supersededBy);
    },

    forDeal,

    async activeForDeal(dealId) {
      return (await forDeal(dealId)).find((agreement) => !agreement.supersededBy);
    },

    async get(id) {
      return readAgreement(await db.agreements.get(id), id);
    },

    async sign(input) {
      for (let tries = 1; ; tries++) {
        try {
          return await signOnce(input);
        } catch (error) {
          if (!(error instanceof MovedOn) || tries >= 3) {
            if (error instanceof MovedOn)
              throw new RepositoryError(
                'conflict',
                'The deal changed while it was being signed.',
                'signingMovedOn',
              );
            throw error;
          }
        }
      }
    },

    async renegotiate(dealId) {
      return db.transaction('rw', [db.deals, db.drafts, db.rounds, db.agreements, db.audit], async () => {
        const deal = readValid(deps, Deal, 'deals', dealId, await db.deals.get(dealId));
        if (!deal) throw new RepositoryError('not-found', `The deal ${dealId} does not exist.`);
        const agreement = (await forDeal(dealId)).find((a) => !a.supersededBy);
        if (!agreement)
          throw new RepositoryError(
            'refused',
            'The deal has no signed agreement to renegotiate.',
            'noAgreement',
          );
        const round = readValid(
          deps,
          Round,
          'rounds',
          agreement.roundId,
          await db.rounds.get(agreement.roundId),
        );
        if (!round) throw new RepositoryError('not-found', 'The signed round is missing.');
        const now = deps.now();
        const current = await db.drafts.get(dealId);
        const draft = validateOrThrow(
          Draft,
          { dealId, document: round.document, revision: (current?.revision ?? -1) + 1, updatedAt: now },
          'draft',
        );
        await db.drafts.put(draft);
        await db.deals.put({ ...deal, status: 'negotiating', updatedAt: now });
        await appendAudit(deps, 'renegotiation-started', {
          dealId,
          detail: `from signed round ${round.number}`,
        });
        return draft;
      });
    },

    async update(id, patch) {
      return db.transaction('rw', [db.agreements, db.audit], async () => {
        const current = readAgreement(await db.agreements.get(id), id);
        if (!current) throw new RepositoryError('not-found', `The agreement ${id} does not exist.`);
        const next = validateOrThrow(Agreement, { ...current, ...patch, updatedAt: deps.now() }, 'agreement');
        await db.agreements.put(next);
        await appendAudit(deps, 'agreement-updated', {
          dealId: next.dealId,
          detail: Object.keys(patch).join(', '),
        });
        return next;
      });
    },

    async markNotified(id, keys) {
      await db.transaction('rw', db.agreements, async () => {
        const current = readAgreement(await db.agreements.get(id), id);
        if (!current) return;
        const notified = [...new Set([...current.notified, ...keys])].slice(-500);
        await db.agreements.put({ ...current, notified });
      });
    },
  };
}
