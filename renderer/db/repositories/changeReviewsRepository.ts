import { ChangeReview, type ReviewDecision, type ReviewSource } from '../../../shared/model';
import { RepositoryError } from '../RepositoryError';
import { validateOrThrow } from '../ValidationError';
import { readValid, type RepositoryDeps } from './RepositoryDeps';

/** One compared pair of a deal: the older side `a` and the newer `b` (a round id or `draft`). */
export interface ReviewPair {
  dealId: string;
  a: ReviewSource;
  b: ReviewSource;
}

/** What one user action sets on one change; fields left out keep their stored value. */
export interface ReviewPatch {
  /** `null` clears the decision (the change is open again). */
  decision?: ReviewDecision | null;
  reviewed?: boolean;
  /** '' removes the note. */
  note?: string;
}

/** The review state of one change, as the compare screen shows it. */
export interface ReviewState {
  decision?: ReviewDecision;
  reviewed: boolean;
  note?: string;
}

export interface ChangeReviewsRepository {
  /** Every stored review of a pair, keyed by change id. */
  forPair(pair: ReviewPair): Promise<Map<string, ChangeReview>>;
  /**
   * Applies patches to several changes in one transaction (one user action, e.g. "accept all of this
   * kind"), and returns what each change was before, for Undo. Deciding a change ticks it reviewed.
   */
  apply(pair: ReviewPair, patches: ReadonlyMap<string, ReviewPatch>, by: string): Promise<ReviewSnapshot>;
  /** Puts changes back exactly as a snapshot had them (Undo), in one transaction. */
  restore(pair: ReviewPair, snapshot: ReviewSnapshot): Promise<void>;
}

/** Change id → its state before an action; `null` when it had no stored review. */
export type ReviewSnapshot = ReadonlyMap<string, ChangeReview | null>;

type ReviewKey = [string, string, string, string];

const keyOf = (pair: ReviewPair, changeId: string): ReviewKey => [pair.dealId, pair.a, pair.b, changeId];

function withPatch(
  current: ChangeReview | undefined,
  pair: ReviewPair,
  changeId: string,
  patch: ReviewPatch,
  by: string,
  at: string,
): ChangeReview {
  const next: ChangeReview = {
    dealId: pair.dealId,
    a: pair.a,
    b: pair.b,
    changeId,
    reviewed: current?.reviewed ?? false,
    by,
    at,
  };
  const decision = patch.decision === undefined ? current?.decision : (patch.decision ?? undefined);
  if (decision) next.decision = decision;
  const note = patch.note === undefined ? current?.note : patch.note;
  if (note) next.note = note;
  if (patch.reviewed !== undefined) next.reviewed = patch.reviewed;
  // Deciding a change is reviewing it.
  if (patch.decision) next.reviewed = true;
  return next;
}

/** Nothing left worth keeping: the row goes, so the pair reads as never touched. */
const isEmpty = (review: ChangeReview) => !review.decision && !review.reviewed && !review.note;

export function createChangeReviewsRepository(deps: RepositoryDeps): ChangeReviewsRepository {
  const { db } = deps;
  const readReview = (record: unknown, key: unknown) =>
    readValid(deps, ChangeReview, 'changeReviews', key, record);

  return {
    async forPair(pair) {
      const records = await db.changeReviews
        .where('[dealId+a+b]')
        .equals([pair.dealId, pair.a, pair.b])
        .toArray();
      const reviews = new Map<string, ChangeReview>();
      for (const record of records) {
        const review = readReview(record, keyOf(pair, record.changeId));
        if (review) reviews.set(review.changeId, review);
      }
      return reviews;
    },

    async apply(pair, patches, by) {
      const at = deps.now();
      return db.transaction('rw', db.deals, db.changeReviews, async () => {
        if (!(await db.deals.get(pair.dealId)))
          throw new RepositoryError('not-found', `The deal ${pair.dealId} does not exist.`);
        const before = new Map<string, ChangeReview | null>();
        const keys = [...patches.keys()].map((changeId) => keyOf(pair, changeId));
        const stored = await db.changeReviews.bulkGet(keys);
        const puts: ChangeReview[] = [];
        const deletes: ReviewKey[] = [];
        [...patches].forEach(([changeId, patch], index) => {
          const current = readReview(stored[index], keys[index]);
          before.set(changeId, current ?? null);
          const next = validateOrThrow(
            ChangeReview,
            withPatch(current, pair, changeId, patch, by, at),
            'review',
          );
          if (isEmpty(next)) {
            if (current) deletes.push(keys[index]!);
          } else puts.push(next);
        });
        if (puts.length > 0) await db.changeReviews.bulkPut(puts);
        if (deletes.length > 0) await db.changeReviews.bulkDelete(deletes);
        return before;
      });
    },

    async restore(pair, snapshot) {
      await db.transaction('rw', db.changeReviews, async () => {
        const puts: ChangeReview[] = [];
        const deletes: ReviewKey[] = [];
        for (const [changeId, review] of snapshot) {
          if (review) puts.push(validateOrThrow(ChangeReview, review, 'review'));
          else deletes.push(keyOf(pair, changeId));
        }
        if (puts.length > 0) await db.changeReviews.bulkPut(puts);
        if (deletes.length > 0) await db.changeReviews.bulkDelete(deletes);
      });
    },
  };
}

/** Removes every review of a deal; inside the caller's transaction (it must include the table). */
export async function deleteReviewsOfDeal(deps: RepositoryDeps, dealId: string): Promise<void> {
  await deps.db.changeReviews.where('dealId').equals(dealId).delete();
}
