import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Paragraph,
  TextRun,
  type ICommentOptions,
  type ParagraphChild,
} from 'docx';
import type { ExportThread } from '../../comments/threadsForExport';
import {
  anchorRuns,
  locateAnchor,
  shownLength,
  type AnchorQuery,
  type ShownText,
} from '../../comments/textAnchor';
import type { Clause, Inline } from '../../model/document';

/**
 * Comment threads written into our Word file (issue 12 §6, ECMA-376 §17.13.4): each comment and
 * each reply its own `w:comment`; replies name their thread's first comment as parent, which the
 * `docx` package writes as `w15:commentEx w15:paraIdParent` in commentsExtended.xml, and a resolved
 * thread is `w15:done="1"` on every comment of it, as Word marks it. Every comment of a thread spans
 * the same text (`w:commentRangeStart/End` + `w:commentReference`), which is how Word itself writes
 * replies and what LibreOffice needs to place each one.
 */
export interface PlacedThread {
  /** The `w:id`s of the thread's comments, the first is the parent. */
  ids: number[];
  /** The words it is on; an empty quote = the clause heading. */
  anchor: AnchorQuery;
}

/** The threads of one clause, and those for the document's start (no clause of the file). */
export interface CommentPlan {
  comments: ICommentOptions[];
  byClause: Map<string, PlacedThread[]>;
  atStart: PlacedThread[];
}

const validDate = (date: string | undefined) => {
  if (!date) return undefined;
  const parsed = new Date(date);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed;
};

export function planComments(
  threads: readonly ExportThread[],
  clauseIds: ReadonlySet<string>,
  safe: (text: string) => string,
): CommentPlan {
  const comments: ICommentOptions[] = [];
  const byClause = new Map<string, PlacedThread[]>();
  const atStart: PlacedThread[] = [];
  let next = 0;
  for (const thread of threads) {
    if (thread.comments.length === 0) continue;
    const parent = next;
    const ids: number[] = [];
    for (const comment of thread.comments) {
      const id = next++;
      ids.push(id);
      const date = validDate(comment.date);
      comments.push({
        id,
        author: safe(comment.author) || '-',
        ...(comment.initials ? { initials: safe(comment.initials) } : {}),
        ...(date ? { date } : {}),
        ...(id !== parent ? { parentId: parent } : {}),
        ...(thread.done ? { resolved: true } : {}),
        children: safe(comment.text)
          .split(/\r\n?|\n/)
          .map((line) => new Paragraph({ children: [new TextRun(line)] })),
      });
    }
    // Theirs: the first copy of the first line of what they marked (the reader joins lines).
    const anchor = thread.anchor ?? { quote: thread.anchorText.split('\n')[0]!.trim() };
    const placed = { ids, anchor };
    if (thread.clauseId && clauseIds.has(thread.clauseId)) {
      const list = byClause.get(thread.clauseId) ?? [];
      list.push(placed);
      byClause.set(thread.clauseId, list);
    } else atStart.push(placed);
  }
  return { comments, byClause, atStart };
}

/** A range to mark inside one paragraph, in characters of its shown text. */
export interface InlineRange {
  start: number;
  end: number;
  ids: number[];
}

/**
 * Where each thread of a clause goes: around exactly the words it is on, found by the one anchor
 * rule of the screen (shared/comments/textAnchor.ts), else, the words edited away, around the
 * clause heading.
 */
export function anchorClauseThreads(
  clause: Clause,
  threads: readonly PlacedThread[],
  shown: ShownText,
): { ranges: Map<readonly Inline[], InlineRange[]>; heading: number[] } {
  const ranges = new Map<readonly Inline[], InlineRange[]>();
  const heading: number[] = [];
  const runs = anchorRuns(clause.body, shown);
  for (const thread of threads) {
    const hit = locateAnchor(runs, thread.anchor);
    if (!hit) {
      heading.push(...thread.ids);
      continue;
    }
    const { inlines } = runs[hit.run]!;
    const list = ranges.get(inlines) ?? [];
    list.push({ start: hit.start, end: hit.end, ids: thread.ids });
    ranges.set(inlines, list);
  }
  return { ranges, heading };
}

/**
 * Splits a paragraph's inlines at the ranges' edges, so `write` turns each piece into runs and the
 * comment marks sit between them. A term is never split: an edge inside it moves to its border.
 */
export function withCommentMarks(
  inlines: readonly Inline[],
  ranges: readonly InlineRange[],
  shown: ShownText,
  write: (pieces: readonly Inline[]) => ParagraphChild[],
): ParagraphChild[] {
  const atoms: [number, number][] = [];
  let at = 0;
  for (const inline of inlines) {
    const length = shownLength(inline, shown);
    if (inline.type !== 'text' && length > 0) atoms.push([at, at + length]);
    at += length;
  }
  const snap = (edge: number, to: 0 | 1) => {
    const atom = atoms.find(([a, b]) => edge > a && edge < b);
    return atom ? atom[to] : edge;
  };
  const starts = new Map<number, number[]>();
  const ends = new Map<number, number[]>();
  const add = (map: Map<number, number[]>, edge: number, ids: readonly number[]) =>
    map.set(edge, [...(map.get(edge) ?? []), ...ids]);
  for (const range of ranges) {
    add(starts, snap(range.start, 0), range.ids);
    add(ends, snap(range.end, 1), range.ids);
  }

  const out: ParagraphChild[] = [];
  // Ends first, so a range that ends where the next begins does not swallow it.
  const marksAt = (edge: number) => {
    for (const id of ends.get(edge) ?? []) out.push(new CommentRangeEnd(id), referenceRun(id));
    for (const id of starts.get(edge) ?? []) out.push(new CommentRangeStart(id));
    ends.delete(edge);
    starts.delete(edge);
  };
  let offset = 0;
  for (const inline of inlines) {
    marksAt(offset);
    const length = shownLength(inline, shown);
    if (inline.type === 'text' && length > 0) {
      const inside = [...new Set([...starts.keys(), ...ends.keys()])]
        .filter((edge) => edge > offset && edge < offset + length)
        .sort((a, b) => a - b);
      let from = 0;
      for (const edge of inside) {
        out.push(...write([{ ...inline, text: inline.text.slice(from, edge - offset) }]));
        from = edge - offset;
        marksAt(edge);
      }
      out.push(...write([{ ...inline, text: inline.text.slice(from) }]));
    } else out.push(...write([inline]));
    offset += length;
  }
  // What is left ends at the paragraph's end (or past it, for an anchor that was cut).
  for (const edge of [...new Set([...starts.keys(), ...ends.keys()])].sort((a, b) => a - b)) marksAt(edge);
  return out;
}

/** A whole paragraph as the comments' range. */
export function aroundParagraph(children: ParagraphChild[], ids: readonly number[]): ParagraphChild[] {
  if (ids.length === 0) return children;
  return [
    ...ids.map((id) => new CommentRangeStart(id)),
    ...children,
    ...ids.flatMap((id) => [new CommentRangeEnd(id), referenceRun(id)]),
  ];
}

function referenceRun(id: number): TextRun {
  return new TextRun({ children: [new CommentReference(id)] });
}
