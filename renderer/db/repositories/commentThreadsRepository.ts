import {
  CommentThreadRecord,
  ourThreadId,
  receivedThreadId,
  type ThreadSource,
} from '../../../shared/comments/commentThread';
import type { ThreadKey } from '../../../shared/comments/dealThreads';
import { Round } from '../../../shared/model';
import { RepositoryError } from '../RepositoryError';
import { validateOrThrow } from '../ValidationError';
import { requireOpenDeal } from './closedDealGuard';
import { readValid, type RepositoryDeps } from './RepositoryDeps';

export interface NewComment {
  clauseId: string;
  /** Text of the clause the comment is about; '' = the clause as a whole. */
  anchorText: string;
  text: string;
}

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
}

export function createCommentThreadsRepository(deps: RepositoryDeps): CommentThreadsRepository {
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

  return {
    async list(dealId) {
      const records = await db.commentThreads.where('dealId').equals(dealId).toArray();
      return records.flatMap((record) => readThread(record, record.id) ?? []);
    },

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
        return save({
          id: ourThreadId(deps.newId()),
          dealId,
          source: {
            kind: 'ours',
            clauseId: comment.clauseId,
            anchorText: comment.anchorText.trim(),
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
