import type { ReceivedComment, Round } from '../model/deal';
import type { AnchorQuery } from './textAnchor';
import {
  receivedThreadId,
  type CommentReply,
  type CommentThreadRecord,
  type ThreadStateChange,
} from './commentThread';

/** One comment of a thread as it is shown and exported: theirs as written, ours as typed. */
export interface ThreadEntry {
  id: string;
  author: string;
  initials?: string;
  /** As written in their file (may be missing or odd); ISO for ours. */
  date?: string;
  text: string;
  ours: boolean;
  /** Ours: the stored record that holds it (an edit or delete is written there). */
  recordId?: string;
  /** Ours: when it was last edited (shown as "edited"). */
  editedAt?: string;
}

/** A thread of a deal: the comment, every reply, and whether it is resolved. */
export interface DealThread {
  /** The stored record's id a reply or resolve of this thread is written to. */
  id: string;
  kind: 'received' | 'ours';
  /** The received round the comment came with (the newest one holding it). */
  roundId?: string;
  roundNumber?: number;
  /** `w:id` of their comment in that round's file. */
  commentId?: string;
  /** The clause it is on; '' when it sits in the opening lines, a header or a footer. */
  clauseId: string;
  /** Whether the draft has that clause; threads whose clause is gone are shown apart. */
  onClause: boolean;
  anchorText: string;
  /** Our own comment on words of the clause: where they were (shared/comments/textAnchor.ts). */
  anchor?: AnchorQuery;
  /** The comment first, then their replies as their file ordered them, then ours by date. */
  entries: ThreadEntry[];
  resolved: boolean;
  /** Our last resolve or reopen, when it decides the state. */
  stateChange?: ThreadStateChange;
}

export type ThreadRound = Pick<Round, 'id' | 'number' | 'side' | 'createdAt' | 'received'>;

export interface DealThreadsInput {
  rounds: readonly ThreadRound[];
  records: readonly CommentThreadRecord[];
  /** The clauses of the draft, in document order. */
  clauseIds: readonly string[];
}

/**
 * The same Word comment comes back in each later file of theirs (Word keeps comments until they are
 * deleted), with its author, date and text unchanged: that identity joins the copies into one thread.
 */
const identity = (comment: ReceivedComment) =>
  [comment.author.trim(), comment.date ?? '', comment.text.trim()].join('\u0000');

const same = (a: string, b: string) => a.trim() === b.trim();

const ourEntry = (reply: CommentReply, recordId: string): ThreadEntry => ({
  id: reply.id,
  author: reply.author,
  initials: initialsOf(reply.author),
  date: reply.createdAt,
  text: reply.text,
  ours: true,
  recordId,
  ...(reply.editedAt ? { editedAt: reply.editedAt } : {}),
});

/** Deleted entries of ours are kept (Undo, earlier rounds' files) but shown nowhere. */
const shown = (entry: { deletedAt?: string }) => entry.deletedAt === undefined;

/** "Petra Vogt" → "PV": what Word shows beside a comment when space is short. */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 3)
    .map((word) => [...word][0]!.toUpperCase())
    .join('');
}

const byDate =
  <T>(at: (item: T) => string) =>
  (a: T, b: T) =>
    at(a).localeCompare(at(b));

/**
 * Every comment thread of a deal (issue 12 §6): the counterparty's comments from their rounds with
 * our replies and resolve state, and our own comments. One function for the workspace, its markers
 * and the Word export. Threads come in the draft's clause order, those on no clause of the draft
 * last, each group by the date of its first comment. Work is linear in comments and records.
 */
export function dealThreads({ rounds, records, clauseIds }: DealThreadsInput): DealThread[] {
  const order = new Map(clauseIds.map((id, index) => [id, index]));
  const recordById = new Map(records.map((record) => [record.id, record]));

  interface Group {
    round: ThreadRound;
    comment: ReceivedComment;
    records: CommentThreadRecord[];
  }
  const groups = new Map<string, Group>();
  const received = [...rounds].filter((round) => round.side === 'them').sort((a, b) => a.number - b.number);
  for (const round of received)
    for (const comment of round.received?.comments ?? []) {
      const key = identity(comment);
      const group = groups.get(key);
      const record = recordById.get(receivedThreadId(round.id, comment.id));
      const owned = [...(group?.records ?? []), ...(record ? [record] : [])];
      groups.set(key, { round, comment, records: owned });
    }

  const threads: DealThread[] = [];
  for (const { round, comment, records: owned } of groups.values()) {
    const theirReplies = comment.replies ?? [];
    // Our replies that came back in their newer file are theirs to show now, once.
    const ours = owned
      .flatMap((record) => record.replies.filter(shown).map((reply) => ({ reply, recordId: record.id })))
      .filter(
        ({ reply }) => !theirReplies.some((r) => same(r.author, reply.author) && same(r.text, reply.text)),
      )
      .sort(byDate(({ reply }) => reply.createdAt));
    const stateChange = owned
      .flatMap((record) => record.states)
      .sort(byDate((change) => change.at))
      .at(-1);
    // Their file's done flag counts from when their round was recorded; a later click of ours wins.
    const ourStateWins = stateChange !== undefined && stateChange.at >= round.createdAt;
    const entries: ThreadEntry[] = [
      ...[comment, ...theirReplies].map(({ id, author, initials, date, text }) => ({
        id,
        author,
        ...(initials ? { initials } : {}),
        ...(date ? { date } : {}),
        text,
        ours: false,
      })),
      ...ours.map(({ reply, recordId }) => ourEntry(reply, recordId)),
    ];
    threads.push({
      id: receivedThreadId(round.id, comment.id),
      kind: 'received',
      roundId: round.id,
      roundNumber: round.number,
      commentId: comment.id,
      clauseId: comment.clauseId,
      onClause: order.has(comment.clauseId),
      anchorText: comment.anchorText,
      entries,
      resolved: ourStateWins ? stateChange.resolved : comment.resolved === true,
      ...(ourStateWins ? { stateChange } : {}),
    });
  }

  for (const record of records) {
    if (record.source.kind !== 'ours' || !shown(record.source)) continue;
    const { source } = record;
    const anchor: AnchorQuery | undefined = source.anchorText
      ? {
          quote: source.anchorText,
          ...(source.anchorOccurrence !== undefined ? { occurrence: source.anchorOccurrence } : {}),
          ...(source.anchorPrefix ? { prefix: source.anchorPrefix } : {}),
          ...(source.anchorSuffix ? { suffix: source.anchorSuffix } : {}),
        }
      : undefined;
    const stateChange = [...record.states].sort(byDate((change) => change.at)).at(-1);
    threads.push({
      id: record.id,
      kind: 'ours',
      clauseId: source.clauseId,
      onClause: order.has(source.clauseId),
      anchorText: source.anchorText,
      ...(anchor ? { anchor } : {}),
      entries: [
        // Our comment is the thread's first entry; its id is the record's (an edit of it goes there).
        ourEntry({ ...source, id: record.id }, record.id),
        ...record.replies
          .filter(shown)
          .sort(byDate((reply) => reply.createdAt))
          .map((reply) => ourEntry(reply, record.id)),
      ],
      resolved: stateChange?.resolved ?? false,
      ...(stateChange ? { stateChange } : {}),
    });
  }

  const place = (thread: DealThread) => order.get(thread.clauseId) ?? Number.MAX_SAFE_INTEGER;
  return threads.sort(
    (a, b) => place(a) - place(b) || (a.entries[0]?.date ?? '').localeCompare(b.entries[0]?.date ?? ''),
  );
}

/** Which stored thread an action on a shown thread writes to. */
export type ThreadKey =
  { kind: 'received'; roundId: string; commentId: string } | { kind: 'ours'; id: string };

export function threadKeyOf(thread: Pick<DealThread, 'id' | 'kind' | 'roundId' | 'commentId'>): ThreadKey {
  return thread.kind === 'received'
    ? { kind: 'received', roundId: thread.roundId!, commentId: thread.commentId! }
    : { kind: 'ours', id: thread.id };
}

/** Open threads per clause id of the draft, and how many are on no clause of it: the markers. */
export function openThreadCounts(threads: readonly DealThread[]): {
  byClause: Map<string, number>;
  offClause: number;
} {
  const byClause = new Map<string, number>();
  let offClause = 0;
  for (const thread of threads) {
    if (thread.resolved) continue;
    if (thread.onClause) byClause.set(thread.clauseId, (byClause.get(thread.clauseId) ?? 0) + 1);
    else offClause += 1;
  }
  return { byClause, offClause };
}
