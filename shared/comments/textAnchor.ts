import { termInlineText } from '../format/formatTermValue';
import type { Block, Inline, Language } from '../model/document';
import type { Term } from '../model/term';
import { isRemovedIn } from '../model/views';

/**
 * Where a comment sits in a clause's text (issue 12 §6): the quoted words as they stood when the
 * comment was made, which of the clause's copies of them it was (`occurrence`, counted in reading
 * order), and a few characters on either side. Like the W3C Web Annotation text quote selector,
 * it survives edits elsewhere in the clause; once the words themselves are edited away it is not
 * found, and the comment falls back to the clause heading, never lost. The same rule places a
 * comment on the page, in the Word file we write, and in any CLI.
 */
export interface TextAnchor {
  quote: string;
  occurrence: number;
  prefix: string;
  suffix: string;
}

/** What a search needs: the quote, and for our own comments where it was. Theirs: the first copy. */
export interface AnchorQuery {
  quote: string;
  occurrence?: number;
  prefix?: string;
  suffix?: string;
}

/** One run of text of a clause body: a paragraph, a list item, a table cell's or a box's paragraph. */
export interface AnchorRun {
  /** The text it shows, terms as shown; deleted text, notes and objects add nothing. */
  text: string;
  inlines: readonly Inline[];
  /** A paragraph or list item of the clause itself, which the clause editor shows as text. */
  inEditor: boolean;
}

/** A found anchor: characters `start`–`end` of run `run`. */
export interface AnchorHit {
  run: number;
  start: number;
  end: number;
}

/** A point in a clause's text: a character offset inside run `run`. */
export interface AnchorPoint {
  run: number;
  offset: number;
}

/** How many characters of context on each side are kept (stored: changing it needs no migration). */
export const ANCHOR_CONTEXT = 32;
/** The longest quote kept; a longer selection is cut at this length. */
export const ANCHOR_QUOTE_MAX = 10_000;

export type ShownText = (inline: Inline) => string;

/** The text an inline shows on the page and in our Word file, as anchors count it. */
export function shownTextOf(terms: ReadonlyMap<string, Term>, language: Language): ShownText {
  return (inline) =>
    inline.type === 'text'
      ? inline.text
      : inline.type === 'term'
        ? (termInlineText(inline, terms.get(inline.termId), language) ?? '')
        : '';
}

/** What an inline adds to its paragraph's text (deleted text and notes: nothing). */
export function shownLength(inline: Inline, shown: ShownText): number {
  return isRemovedIn('accepted', inline.origin) ? 0 : shown(inline).length;
}

function runText(inlines: readonly Inline[], shown: ShownText): string {
  return inlines.map((inline) => (shownLength(inline, shown) === 0 ? '' : shown(inline))).join('');
}

/** Every run of text of a clause body, in reading order (paragraphs, list items, cells, boxes). */
export function anchorRuns(blocks: readonly Block[], shown: ShownText): AnchorRun[] {
  const out: AnchorRun[] = [];
  const visit = (list: readonly Block[], top: boolean) => {
    for (const block of list) {
      const add = (inlines: readonly Inline[]) =>
        out.push({ text: runText(inlines, shown), inlines, inEditor: top });
      if (block.type === 'paragraph') add(block.content);
      else if (block.type === 'list') for (const item of block.items) add(item.content);
      else if (block.type === 'table')
        for (const row of block.rows) for (const cell of row.cells) visit(cell.content, false);
      else visit(block.blocks, false);
    }
  };
  visit(blocks, true);
  return out;
}

/** Every copy of `quote` in the runs, in reading order (overlapping copies counted too). */
function copiesOf(runs: readonly AnchorRun[], quote: string): AnchorHit[] {
  const hits: AnchorHit[] = [];
  if (!quote) return hits;
  runs.forEach((run, index) => {
    for (let at = run.text.indexOf(quote); at >= 0; at = run.text.indexOf(quote, at + 1))
      hits.push({ run: index, start: at, end: at + quote.length });
  });
  return hits;
}

const commonPrefix = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
};
const commonSuffix = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1;
  return n;
};

/**
 * The anchor a selection makes: its words without the spaces around them, inside one run (a
 * selection across paragraphs keeps the part in its first one). Null for a selection of nothing
 * but spaces.
 */
export function anchorFromSelection(
  runs: readonly AnchorRun[],
  a: AnchorPoint,
  b: AnchorPoint,
): TextAnchor | null {
  const [from, to] = a.run < b.run || (a.run === b.run && a.offset <= b.offset) ? [a, b] : [b, a];
  const run = runs[from.run];
  if (!run) return null;
  let start = Math.max(0, Math.min(from.offset, run.text.length));
  let end = to.run === from.run ? Math.min(to.offset, run.text.length) : run.text.length;
  while (start < end && /\s/.test(run.text[start]!)) start += 1;
  while (end > start && /\s/.test(run.text[end - 1]!)) end -= 1;
  end = Math.min(end, start + ANCHOR_QUOTE_MAX);
  if (end <= start) return null;
  const quote = run.text.slice(start, end);
  const occurrence = copiesOf(runs, quote).findIndex((hit) => hit.run === from.run && hit.start === start);
  return {
    quote,
    occurrence: Math.max(0, occurrence),
    prefix: run.text.slice(Math.max(0, start - ANCHOR_CONTEXT), start),
    suffix: run.text.slice(end, end + ANCHOR_CONTEXT),
  };
}

/** How many characters of one side's context must still be there for a copy to be the words. */
export const ANCHOR_CONTEXT_KEPT = 8;

/**
 * Where an anchor is now: of the copies of its quote, the one whose surroundings match best, then
 * the one nearest to where it was counted; null when the quote is no longer in the text. With
 * context (our own comments), a copy counts only while the text on at least one side of it is
 * still as it was: words edited away are not found again in another copy of the same words
 * elsewhere in the clause (the comment goes to the heading and says so, never to the wrong words).
 * A query without context (a comment of theirs) takes the first copy.
 */
export function locateAnchor(runs: readonly AnchorRun[], anchor: AnchorQuery): AnchorHit | null {
  const hits = copiesOf(runs, anchor.quote);
  const withContext = anchor.prefix !== undefined || anchor.suffix !== undefined;
  let best: AnchorHit | null = null;
  let bestScore = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  hits.forEach((hit, index) => {
    const text = runs[hit.run]!.text;
    const before = commonSuffix(anchor.prefix ?? '', text.slice(0, hit.start));
    const after = commonPrefix(anchor.suffix ?? '', text.slice(hit.end));
    const kept = (side: string | undefined, matched: number, atEdge: boolean) =>
      side !== undefined && (side === '' ? atEdge : matched >= Math.min(side.length, ANCHOR_CONTEXT_KEPT));
    if (
      withContext &&
      !kept(anchor.prefix, before, hit.start === 0) &&
      !kept(anchor.suffix, after, hit.end === text.length)
    )
      return;
    const score = before + after;
    const distance = Math.abs(index - (anchor.occurrence ?? 0));
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      best = hit;
      bestScore = score;
      bestDistance = distance;
    }
  });
  return best;
}
