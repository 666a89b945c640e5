import { z } from 'zod';
import { EntityId, IsoDateTime } from './deal';

/**
 * One side of a compared pair: a round id, or `draft` for the deal's working copy. Change ids are
 * deterministic per pair (the redline engine gives the same pair the same ids), so review work is
 * stored per deal, pair and change id.
 */
export const ReviewSource = z.union([EntityId, z.literal('draft')]);
export type ReviewSource = z.infer<typeof ReviewSource>;

export const REVIEW_DECISIONS = ['accept', 'reject'] as const;
export const ReviewDecision = z.enum(REVIEW_DECISIONS);
export type ReviewDecision = z.infer<typeof ReviewDecision>;

/** Change ids come from the redline engine (`c12`, `term:availability` …): short, no white space. */
export const ChangeId = z.string().regex(/^\S{1,200}$/, 'invalid change id');

/**
 * What a user decided about one change of a compared pair (issue 9: review work is data): accept or
 * reject, the "reviewed" tick and a note, with who did it and when. Persisted (table `changeReviews`).
 */
export const ChangeReview = z.object({
  dealId: EntityId,
  a: ReviewSource,
  b: ReviewSource,
  changeId: ChangeId,
  decision: ReviewDecision.optional(),
  reviewed: z.boolean(),
  note: z.string().max(5_000).optional(),
  by: z.string().max(200),
  at: IsoDateTime,
});
export type ChangeReview = z.infer<typeof ChangeReview>;
