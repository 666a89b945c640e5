import type { CommentThreadRecord } from './commentThread';
import { dealThreads, type DealThreadsInput, type ThreadEntry } from './dealThreads';
import { entryAsOf } from './ownEntries';
import type { AnchorQuery } from './textAnchor';

/** A thread as the Word writer takes it: the comments in order, the first is the parent. */
export interface ExportThread {
  /** The clause of the exported document it is anchored in; '' or a missing one = the document start. */
  clauseId: string;
  /** Text inside the clause it is anchored around; not found (or '') = around the clause heading. */
  anchorText: string;
  /** Our own comment on words: which copy of them (shared/comments/textAnchor.ts). */
  anchor?: AnchorQuery;
  /** Written as `w15:done`: the thread is resolved. */
  done: boolean;
  comments: Omit<ThreadEntry, 'id' | 'ours'>[];
}

/**
 * Which document the file is of: the draft, or a frozen round. Our round carries what had been
 * written when it was frozen (replies typed later go out with the next file); their rounds are their
 * text, to which we add nothing.
 */
export type ExportTarget =
  { kind: 'draft' } | { kind: 'round'; side: 'us' | 'them'; number: number; createdAt: string };

/**
 * Records as they stood at `until`: what was typed after it is left out, what was edited after it
 * has the wording it had then, and what was deleted after it is still there.
 */
function recordsAt(records: readonly CommentThreadRecord[], until: string): CommentThreadRecord[] {
  return records.flatMap((record) => {
    let { source } = record;
    if (source.kind === 'ours') {
      const then = source.createdAt <= until ? entryAsOf(source, until) : null;
      if (!then) return [];
      source = then;
    }
    return [
      {
        ...record,
        source,
        replies: record.replies.flatMap((reply) =>
          reply.createdAt <= until ? (entryAsOf(reply, until) ?? []) : [],
        ),
        states: record.states.filter((change) => change.at <= until),
      },
    ];
  });
}

/**
 * The threads a Word file of ours carries (issue 12 §6), in the order they are written: the
 * counterparty's comments with their replies and ours after theirs by date, and our own comments,
 * resolved ones marked done. Used by every export of a document to Word.
 */
export function threadsForExport(input: DealThreadsInput, target: ExportTarget): ExportThread[] {
  if (target.kind === 'round' && target.side === 'them') return [];
  const scoped: DealThreadsInput =
    target.kind === 'draft'
      ? input
      : {
          ...input,
          rounds: input.rounds.filter((round) => round.number < target.number),
          records: recordsAt(input.records, target.createdAt),
        };
  return dealThreads(scoped).map((thread) => ({
    clauseId: thread.onClause ? thread.clauseId : '',
    anchorText: thread.anchorText,
    ...(thread.anchor ? { anchor: thread.anchor } : {}),
    done: thread.resolved,
    comments: thread.entries.map(({ author, initials, date, text }) => ({
      author,
      ...(initials ? { initials } : {}),
      ...(date ? { date } : {}),
      text,
    })),
  }));
}
