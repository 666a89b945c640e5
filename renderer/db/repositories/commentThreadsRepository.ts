import {
  CommentThreadRecord,
  ourThreadId,
  receivedThreadId,
  type ThreadSource,
} from '../../../shared/comments/commentThread';
import { dealThreads, type ThreadKey } from '../../../shared/comments/dealThreads';
import {
  changeOwnEntry,
  recordOfOwnEntry,
  type EntryChange,
  type EntryRefusal,
} from '../../../shared/comments/ownEntries';
import type { TextAnchor } from '../../../shared/comments/textAnchor';
import { Round } from '../../../shared/model';
import { RepositoryError } from '../RepositoryError';
import { validateOrThrow } from '../ValidationError';
import { requireOpenDeal } from './closedDealGuard';
import { readValid, type RepositoryDeps } from './RepositoryDeps';
import type { RoundsRepository } from './roundsRepository';

export interface NewComment {
  clauseId: string;
  /** Text of the clause the comment is about; '' or left out = the clause as a whole. */
  anchorText?: string;
  /** The words selected in the clause (shared/comments/textAnchor.ts); their quote wins over `anchorText`. */
  anchor?: TextAnchor;
  text: string;
}

/** The sentence (English; the UI has its own per reason) for a refused edit, delete or restore. */
const REFUSED: Record<EntryRefusal, [RepositoryError['code'], string, string]> = {
  theirs: ['refused', 'The counterparty’s comments are kept exactly as written.', 'commentTheirs'],
  missing: ['not-found', 'This comment or reply no longer exists.', 'commentMissing'],
  empty: ['refused', 'A comment cannot be empty.', 'commentEmpty'],
};

/**
 * `author` is the user's name for this action. Left out, the name from the settings (`authorName`,
 * as rounds and redlines use it) is taken; given while the settings have none, it is stored there
 * in the same transaction, so the user is asked once.
 */
export interface CommentThreadsRepository {
  /** Every stored thread of a deal (replies, resolve state, own comments). */
  list(dealId: string): Promise<CommentThreadRecord[]>;
  /** Adds our reply to a thread, in one transaction. */
  reply(dealId: string, key: ThreadKey, text: string, author?: string): Promise<CommentThreadRecord>;
  /** Resolves or reopens a thread, recording who and when, in one transaction. */
  setResolved(
    dealId: string,
    key: ThreadKey,
    resolved: boolean,
    author?: string,
  ): Promise<CommentThreadRecord>;
  /** Starts a comment of ours on a clause of the draft; it goes out with our next Word file. */
  addComment(dealId: string, comment: NewComment, author?: string): Promise<CommentThreadRecord>;
  /**
   * Changes the text of our own comment (entry id = its thread's id) or reply, in one transaction;
   * the earlier wording is kept. The counterparty's text is refused (`commentTheirs`).
   */
  editEntry(dealId: string, entryId: string, text: string, author?: string): Promise<CommentThreadRecord>;
  /** Deletes our own comment (with its thread) or reply, in one transaction; kept for Undo. */
  deleteEntry(dealId: string, entryId: string, author?: string): Promise<CommentThreadRecord>;
  /** Undoes `deleteEntry`, in one transaction. */
  restoreEntry(dealId: string, entryId: string, author?: string): Promise<CommentThreadRecord>;
}

export function createCommentThreadsRepository(
  deps: RepositoryDeps,
  rounds: Pick<RoundsRepository, 'listReceived'>,
): CommentThreadsRepository {
  const { db } = deps;
  const tables = [db.deals, db.settings, db.rounds, db.drafts, db.commentThreads];
  const readThread = (record: unknown, key: unknown) =>
    readValid(deps, CommentThreadRecord, 'commentThreads', key, record);

  /** Inside the transaction: the name to record, stored as the user's name if there was none. */
  async function authorFor(given: string | undefined): Promise<string> {
    const stored = await db.settings.get('authorName');
    const current = typeof stored?.value === 'string' ? stored.value.trim() : '';
    const name = given?.trim() ?? '';
    if (name && !current) await db.settings.put({ key: 'authorName', value: name.slice(0, 200) });
    const author = current || name;
    if (!author)
      throw new RepositoryError(
        'refused',
        'Enter your name first: it is written with your comment.',
        'authorMissing',
      );
    return author;
  }

  /** The thread's record, or a new one for a received comment the round really holds. */
  async function threadFor(dealId: string, key: ThreadKey): Promise<CommentThreadRecord> {
    const id = key.kind === 'received' ? receivedThreadId(key.roundId, key.commentId) : key.id;
    const stored = readThread(await db.commentThreads.get(id), id);
    if (stored) {
      if (stored.dealId !== dealId)
        throw new RepositoryError('not-found', `No comment thread ${id} in this deal.`);
      return stored;
    }
    if (key.kind === 'ours') throw new RepositoryError('not-found', `The comment ${id} does not exist.`);
    const round = readValid(deps, Round, 'rounds', key.roundId, await db.rounds.get(key.roundId));
    const holds =
      round?.dealId === dealId && round.received?.comments.some((comment) => comment.id === key.commentId);
    if (!holds)
      throw new RepositoryError('not-found', `The round ${key.roundId} holds no comment ${key.commentId}.`);
    const source: ThreadSource = { kind: 'received', roundId: key.roundId, commentId: key.commentId };
    return { id, dealId, source, replies: [], states: [], updatedAt: deps.now() };
  }

  const save = async (record: CommentThreadRecord) => {
    const valid = validateOrThrow(CommentThreadRecord, record, 'comment thread');
    await db.commentThreads.put(valid);
    return valid;
  };

  const list = async (dealId: string) => {
    const records = await db.commentThreads.where('dealId').equals(dealId).toArray();
    return records.flatMap((record) => readThread(record, record.id) ?? []);
  };

  /**
   * One edit, delete or restore of our own entry, in one transaction: what may be changed is
   * judged on the deal's threads as the screen shows them (shared/comments/ownEntries.ts).
   */
  function changeEntry(
    dealId: string,
    entryId: string,
    author: string | undefined,
    make: (by: string, at: string) => EntryChange,
  ): Promise<CommentThreadRecord> {
    return db.transaction('rw', tables, async () => {
      await requireOpenDeal(deps, dealId);
      const by = await authorFor(author);
      const records = await list(dealId);
      const threads = dealThreads({ rounds: await rounds.listReceived(dealId), records, clauseIds: [] });
      const change = make(by, deps.now());
      const found = recordOfOwnEntry(threads, records, entryId, change.kind);
      const result = found.ok ? changeOwnEntry(found.record, entryId, change) : found;
      if (!result.ok) throw new RepositoryError(...REFUSED[result.reason]);
      return result.changed ? save(result.record) : result.record;
    });
  }

  return {
    list,

    editEntry: (dealId, entryId, text, author) =>
      changeEntry(dealId, entryId, author, (_by, at) => ({ kind: 'edit', text, at })),

    deleteEntry: (dealId, entryId, author) =>
      changeEntry(dealId, entryId, author, (by, at) => ({ kind: 'delete', by, at })),

    restoreEntry: (dealId, entryId, author) =>
      changeEntry(dealId, entryId, author, (_by, at) => ({ kind: 'restore', at })),

    async reply(dealId, key, text, author) {
      return db.transaction('rw', tables, async () => {
        await requireOpenDeal(deps, dealId);
        const by = await authorFor(author);
        const thread = await threadFor(dealId, key);
        const now = deps.now();
        return save({
          ...thread,
          replies: [...thread.replies, { id: deps.newId(), author: by, createdAt: now, text: text.trim() }],
          updatedAt: now,
        });
      });
    },

    async setResolved(dealId, key, resolved, author) {
      return db.transaction('rw', tables, async () => {
        await requireOpenDeal(deps, dealId);
        const by = await authorFor(author);
        const thread = await threadFor(dealId, key);
        const now = deps.now();
        return save({ ...thread, states: [...thread.states, { resolved, by, at: now }], updatedAt: now });
      });
    },

    async addComment(dealId, comment, author) {
      return db.transaction('rw', tables, async () => {
        await requireOpenDeal(deps, dealId);
        const by = await authorFor(author);
        const draft = await db.drafts.get(dealId);
        if (!draft?.document.clauses.some((clause) => clause.id === comment.clauseId))
          throw new RepositoryError('not-found', `The draft has no clause ${comment.clauseId}.`);
        const now = deps.now();
        const { anchor } = comment;
        return save({
          id: ourThreadId(deps.newId()),
          dealId,
          source: {
            kind: 'ours',
            clauseId: comment.clauseId,
            ...(anchor
              ? {
                  anchorText: anchor.quote,
                  anchorOccurrence: anchor.occurrence,
                  anchorPrefix: anchor.prefix,
                  anchorSuffix: anchor.suffix,
                }
              : { anchorText: (comment.anchorText ?? '').trim() }),
            author: by,
            createdAt: now,
            text: comment.text.trim(),
          },
          replies: [],
          states: [],
          updatedAt: now,
        });
      });
    },
  };
}

/** Removes every thread of a deal; inside the caller's transaction (it must include the table). */
export async function deleteThreadsOfDeal(deps: RepositoryDeps, dealId: string): Promise<void> {
  await deps.db.commentThreads.where('dealId').equals(dealId).delete();
}
