import { z } from 'zod';
import { EntityId, IsoDateTime } from '../model/deal';

/**
 * What we did with comments (issue 12 §6), stored per thread in Dexie schema version 6
 * (`commentThreads`) and in backups. Persisted shape: changing it needs a migration.
 *
 * A thread either answers a Word comment of the counterparty (`received`: which round, which
 * comment; the comment itself stays in the frozen round exactly as they wrote it) or is a comment
 * of ours on a clause of the draft (`ours`). Our replies and every resolve/reopen are kept, with
 * who and when, so nothing a user did is lost.
 */
export const CommentReply = z.object({
  id: EntityId,
  author: z.string().trim().min(1).max(200),
  createdAt: IsoDateTime,
  text: z.string().trim().min(1).max(100_000),
});
export type CommentReply = z.infer<typeof CommentReply>;

/** One resolve or reopen; the last one says the thread's state. */
export const ThreadStateChange = z.object({
  resolved: z.boolean(),
  by: z.string().trim().min(1).max(200),
  at: IsoDateTime,
});
export type ThreadStateChange = z.infer<typeof ThreadStateChange>;

export const ThreadSource = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('received'),
    roundId: EntityId,
    /** `w:id` of the comment in their file (ReceivedComment.id). */
    commentId: z.string().min(1).max(100),
  }),
  z.object({
    kind: z.literal('ours'),
    /** The clause of the draft the comment is on. */
    clauseId: z.string().min(1).max(64),
    /** Text of the clause it is about; '' = the clause as a whole (anchored at its heading). */
    anchorText: z.string().max(10_000),
    author: z.string().trim().min(1).max(200),
    createdAt: IsoDateTime,
    text: z.string().trim().min(1).max(100_000),
  }),
]);
export type ThreadSource = z.infer<typeof ThreadSource>;

export const CommentThreadRecord = z.object({
  /** `receivedThreadId(roundId, commentId)` or `ourThreadId(uuid)`. */
  id: z.string().min(1).max(200),
  dealId: EntityId,
  source: ThreadSource,
  replies: z.array(CommentReply).max(1_000),
  states: z.array(ThreadStateChange).max(1_000),
  updatedAt: IsoDateTime,
});
export type CommentThreadRecord = z.infer<typeof CommentThreadRecord>;

/** The id of the thread on a received comment. Persisted: changing it needs a migration. */
export const receivedThreadId = (roundId: string, commentId: string) => `r:${roundId}:${commentId}`;
/** The id of a comment of ours. Persisted: changing it needs a migration. */
export const ourThreadId = (id: string) => `o:${id}`;
