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
 *
 * Fields added later are optional, so records written before them read as they are (no new Dexie
 * version: none of them is indexed): the text anchor of our own comments, and the edit trail of
 * our comments and replies.
 */
const CommentText = z.string().trim().min(1).max(100_000);

/** A wording of our comment or reply that an edit replaced, with when it was replaced. */
export const EarlierText = z.object({ text: CommentText, replacedAt: IsoDateTime });
export type EarlierText = z.infer<typeof EarlierText>;

/**
 * What an edit or a delete of our own comment or reply leaves (shared/comments/ownEntries.ts): the
 * earlier wordings, so a Word file of a round sent before the edit still carries what was sent;
 * a delete is a mark, so Undo and those files bring it back exactly.
 */
const EditTrail = {
  editedAt: IsoDateTime.optional(),
  earlier: z.array(EarlierText).max(1_000).optional(),
  deletedAt: IsoDateTime.optional(),
  deletedBy: z.string().trim().min(1).max(200).optional(),
};

export const CommentReply = z.object({
  id: EntityId,
  author: z.string().trim().min(1).max(200),
  createdAt: IsoDateTime,
  text: CommentText,
  ...EditTrail,
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
    /** Which copy of `anchorText` in the clause, in reading order (shared/comments/textAnchor.ts). */
    anchorOccurrence: z.number().int().min(0).max(1_000_000).optional(),
    /** The characters just before and after the words, to find them again after edits. */
    anchorPrefix: z.string().max(200).optional(),
    anchorSuffix: z.string().max(200).optional(),
    author: z.string().trim().min(1).max(200),
    createdAt: IsoDateTime,
    text: CommentText,
    ...EditTrail,
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
