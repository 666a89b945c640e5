import type {
  FormatChange,
  Inline,
  Mark,
  NoteInline,
  ObjectInline,
  Origin,
  TermInline,
} from '../model/document';
import type { ItemProps, SpanTerm } from './changeTree';

/**
 * The unit the redline diffs: a word, a number, a run of whitespace, one punctuation mark or other
 * character, a paragraph boundary, an object or a note reference. Whitespace and punctuation are
 * tokens of their own so that changes to them stay visible (issue 3). A term's text — as written,
 * or rendered from its value — is tokenized like any text; each token only remembers the term it
 * lies in (issue 8: terms are annotations of text, not special tokens).
 *
 * The diff key is the text alone: marks are compared after matching (a `format` change), and the
 * origin of b's text decides tracked or silent after matching too.
 */
export type TokenKind = 'word' | 'number' | 'space' | 'punct' | 'break' | 'object' | 'note' | 'empty';

export interface Token {
  key: string;
  /** What the reader sees; a placeholder for objects and notes, '\n' for a paragraph boundary. */
  text: string;
  kind: TokenKind;
  /** Sorted, or undefined when none. */
  marks: Mark[] | undefined;
  term: SpanTerm | undefined;
  origin: Origin | undefined;
  formatChange: FormatChange | undefined;
  /** Objects and notes: the inline itself. */
  inline: ObjectInline | NoteInline | undefined;
  /** Paragraph boundaries: the props of the paragraph or item that ends here. */
  end: ItemProps | undefined;
}

/** A paragraph or list item of a text node: its inlines, its tracked mark and its props. */
export interface Segment {
  content: readonly Inline[];
  mark?: Origin | undefined;
  props?: ItemProps | undefined;
}

/** A term inline's text on one side: as written, or rendered from the side's value. */
export type TermText = (inline: TermInline) => string;

/**
 * Regex-based rather than Intl.Segmenter: Node 20's segmenter is quadratic in memory on long texts
 * (DESIGN §8) and its word rules differ between engines. A number keeps its decimal and grouping
 * separators (`99,95`, `1.000.000`), so `99,9 → 99,95` is one change of one token; that joining
 * is done after the regex because a number alternative inside it makes V8 several times slower.
 */
const TOKEN_PATTERN = /([\p{L}\p{M}\p{N}_]+)|(\s+)|./gsu;
const DIGITS = /^\p{N}+$/u;
const NUMBER_SEPARATORS = new Set(['.', ',', "'", '\u2019', '\u202f']);

export const BREAK_KEY = '\u2029';
const EMPTY_TERM_PREFIX = '\u0001';
const OBJECT_PREFIX = '\u0006';
const NOTE_PREFIX = '\u0007';

/** Every token has the same shape, which keeps V8's property access monomorphic. */
function makeToken(
  key: string,
  text: string,
  kind: TokenKind,
  marks: Mark[] | undefined,
  term: SpanTerm | undefined,
  origin: Origin | undefined,
  formatChange: FormatChange | undefined,
): Token {
  return { key, text, kind, marks, term, origin, formatChange, inline: undefined, end: undefined };
}

export function sortedMarks(marks: readonly Mark[] | undefined): Mark[] | undefined {
  if (!marks || marks.length === 0) return undefined;
  if (marks.length === 1) return [marks[0]!];
  return [...marks].sort();
}

export function sameMarks(x: readonly Mark[] | undefined, y: readonly Mark[] | undefined): boolean {
  const p = x?.length ?? 0;
  if (p !== (y?.length ?? 0)) return false;
  if (p === 0) return true;
  if (p === 1) return x![0] === y![0];
  const sx = [...x!].sort();
  const sy = [...y!].sort();
  return sx.every((mark, i) => mark === sy[i]);
}

export function sameOrigin(x: Origin | undefined, y: Origin | undefined): boolean {
  if (x === y) return true;
  if (!x || !y) return false;
  return x.type === y.type && x.id === y.id && x.author === y.author && x.date === y.date;
}

function sameFormatChange(x: FormatChange | undefined, y: FormatChange | undefined): boolean {
  if (x === y) return true;
  if (!x || !y) return false;
  return x.id === y.id && x.author === y.author && x.date === y.date && sameMarks(x.marks, y.marks);
}

/** Tokens of one run of text with the same attributes. */
function pushTextTokens(
  out: Token[],
  text: string,
  marks: Mark[] | undefined,
  term: SpanTerm | undefined,
  origin: Origin | undefined,
  formatChange: FormatChange | undefined,
): void {
  const start = out.length;
  TOKEN_PATTERN.lastIndex = 0;
  for (let match = TOKEN_PATTERN.exec(text); match; match = TOKEN_PATTERN.exec(text)) {
    const piece = match[0];
    let kind: TokenKind;
    if (match[1] !== undefined) {
      kind = DIGITS.test(piece) ? 'number' : 'word';
      const separator = out.length - start >= 2 ? out[out.length - 1] : undefined;
      const previous = out.length - start >= 2 ? out[out.length - 2] : undefined;
      if (
        kind === 'number' &&
        separator?.kind === 'punct' &&
        NUMBER_SEPARATORS.has(separator.text) &&
        previous?.kind === 'number'
      ) {
        out.pop();
        previous.text += separator.text + piece;
        previous.key = previous.text;
        continue;
      }
    } else kind = match[2] !== undefined ? 'space' : 'punct';
    out.push(makeToken(piece, piece, kind, marks, term, origin, formatChange));
  }
}

/** A placeholder people can read for an object: `[image: logo.png]`. */
export function objectPlaceholder(inline: Pick<ObjectInline, 'object' | 'name'>): string {
  return inline.name ? `[${inline.object}: ${inline.name}]` : `[${inline.object}]`;
}

function objectKey(inline: ObjectInline): string {
  return `${OBJECT_PREFIX}${inline.object}:${inline.hash}:${inline.width ?? ''}x${inline.height ?? ''}`;
}

/**
 * Adjacent text inlines with the same attributes are one run for tokenizing (a word split over two
 * runs of the same kind is still one word).
 */
function mergedRuns(inlines: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    const last = out[out.length - 1];
    if (
      inline.type === 'text' &&
      last?.type === 'text' &&
      sameMarks(last.marks, inline.marks) &&
      sameOrigin(last.origin, inline.origin) &&
      sameFormatChange(last.formatChange, inline.formatChange)
    )
      out[out.length - 1] = { ...last, text: last.text + inline.text };
    else out.push(inline);
  }
  return out;
}

/** Counts term inlines across the segments of one text node, so every term inline has its slot. */
interface SlotCounter {
  next: number;
}

function pushInlineTokens(out: Token[], inline: Inline, termText: TermText, slots: SlotCounter): void {
  switch (inline.type) {
    case 'text':
      pushTextTokens(
        out,
        inline.text,
        sortedMarks(inline.marks),
        undefined,
        inline.origin,
        inline.formatChange,
      );
      return;
    case 'term': {
      const term: SpanTerm = { id: inline.termId, slot: slots.next++, written: inline.text !== undefined };
      const text = termText(inline);
      const marks = sortedMarks(inline.marks);
      if (text) pushTextTokens(out, text, marks, term, inline.origin, inline.formatChange);
      // A term showing nothing (an empty text value) still stands where it is.
      else
        out.push(
          makeToken(
            `${EMPTY_TERM_PREFIX}${inline.termId}`,
            '',
            'empty',
            marks,
            term,
            inline.origin,
            inline.formatChange,
          ),
        );
      return;
    }
    case 'object': {
      const token = makeToken(
        objectKey(inline),
        objectPlaceholder(inline),
        'object',
        undefined,
        undefined,
        inline.origin,
        undefined,
      );
      token.inline = inline;
      out.push(token);
      return;
    }
    case 'note': {
      const token = makeToken(
        `${NOTE_PREFIX}${inline.note}`,
        `[${inline.note}]`,
        'note',
        undefined,
        undefined,
        inline.origin,
        undefined,
      );
      token.inline = inline;
      out.push(token);
    }
  }
}

function breakToken(mark: Origin | undefined, props: ItemProps | undefined): Token {
  const token = makeToken(BREAK_KEY, '\n', 'break', undefined, undefined, mark, undefined);
  token.end = props ?? {};
  return token;
}

/**
 * Tokens of the segments of one text node: each segment's inlines, a boundary after every segment
 * but the last (carrying the segment's mark and props), and a trailing boundary when the last
 * segment's own mark is tracked.
 */
export function tokenizeSegments(segments: readonly Segment[], termText: TermText): Token[] {
  const out: Token[] = [];
  const slots: SlotCounter = { next: 0 };
  segments.forEach((segment, index) => {
    for (const inline of mergedRuns(segment.content)) pushInlineTokens(out, inline, termText, slots);
    if (index < segments.length - 1 || segment.mark) out.push(breakToken(segment.mark, segment.props));
  });
  return out;
}

/** The same inline on both sides, nothing tracked on it: it can stay one token. */
function plainEqual(x: Inline, y: Inline, termTextA: TermText, termTextB: TermText): boolean {
  if (x.type !== y.type || x.origin || y.origin) return false;
  if (x.type === 'text' && y.type === 'text')
    return x.text === y.text && !x.formatChange && !y.formatChange && sameMarks(x.marks, y.marks);
  if (x.type === 'term' && y.type === 'term')
    return (
      x.termId === y.termId &&
      (x.text === undefined) === (y.text === undefined) &&
      !x.formatChange &&
      !y.formatChange &&
      sameMarks(x.marks, y.marks) &&
      termTextA(x) === termTextB(y)
    );
  if (x.type === 'object' && y.type === 'object') return objectKey(x) === objectKey(y);
  return false;
}

const isSpace = (ch: string | undefined) => ch !== undefined && (ch === ' ' || /\s/u.test(ch));

/**
 * Length of the longest common prefix of x and y that ends where a token starts on both sides
 * (after whitespace, before non-whitespace), so cutting there tokenizes the rest exactly as before.
 */
function safePrefix(x: string, y: string): number {
  const limit = Math.min(x.length, y.length);
  let n = 0;
  while (n < limit && x.charCodeAt(n) === y.charCodeAt(n)) n++;
  for (let k = n; k > 0; k--) if (isSpace(x[k - 1]) && !isSpace(x[k]) && !isSpace(y[k])) return k;
  return 0;
}

/** Length of the longest common suffix of x and y that starts a whitespace token on both sides. */
function safeSuffix(x: string, y: string): number {
  const limit = Math.min(x.length, y.length);
  let m = 0;
  while (m < limit && x.charCodeAt(x.length - 1 - m) === y.charCodeAt(y.length - 1 - m)) m++;
  for (let t = m; t > 0; t--)
    if (isSpace(x[x.length - t]) && !isSpace(x[x.length - t - 1]) && !isSpace(y[y.length - t - 1])) return t;
  return 0;
}

/** One token standing for a whole run both sides share; it is never diffed inside. */
function chunkTokens(inline: Inline, termText: TermText, slot: number): Token[] {
  const out: Token[] = [];
  if (inline.type === 'text') {
    const kind = /^\s+$/u.test(inline.text) ? 'space' : 'word';
    out.push(
      makeToken(inline.text, inline.text, kind, sortedMarks(inline.marks), undefined, undefined, undefined),
    );
  } else if (inline.type === 'term') {
    const text = termText(inline);
    const term: SpanTerm = { id: inline.termId, slot, written: inline.text !== undefined };
    out.push(
      makeToken(
        text || `${EMPTY_TERM_PREFIX}${inline.termId}`,
        text,
        text ? 'word' : 'empty',
        sortedMarks(inline.marks),
        term,
        undefined,
        undefined,
      ),
    );
  } else pushInlineTokens(out, inline, termText, { next: slot });
  return out;
}

function countTerms(inlines: readonly Inline[]): number {
  let n = 0;
  for (const inline of inlines) if (inline.type === 'term') n++;
  return n;
}

/**
 * Tokens of two versions of one paragraph, list item or cell paragraph, ready for diffing. The
 * runs both share at the start and the end stay whole tokens: a typical edit touches a few words of
 * a long paragraph, and splitting everything else into tokens only to find it equal dominated the
 * redline's run time. Only single paragraphs without a tracked mark are cut this way.
 */
export function tokenizePair(
  aSegments: readonly Segment[],
  bSegments: readonly Segment[],
  termTextA: TermText,
  termTextB: TermText,
): [Token[], Token[]] {
  if (aSegments.length !== 1 || bSegments.length !== 1 || aSegments[0]!.mark || bSegments[0]!.mark)
    return [tokenizeSegments(aSegments, termTextA), tokenizeSegments(bSegments, termTextB)];
  const a = mergedRuns(aSegments[0]!.content);
  const b = mergedRuns(bSegments[0]!.content);
  let head = 0;
  while (head < a.length && head < b.length && plainEqual(a[head]!, b[head]!, termTextA, termTextB)) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    plainEqual(a[a.length - 1 - tail]!, b[b.length - 1 - tail]!, termTextA, termTextB)
  )
    tail++;
  const startA: Token[] = [];
  const startB: Token[] = [];
  let slot = 0;
  for (let i = 0; i < head; i++) {
    startA.push(...chunkTokens(a[i]!, termTextA, slot));
    startB.push(...chunkTokens(b[i]!, termTextB, slot));
    if (a[i]!.type === 'term') slot++;
  }
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const endA: Token[] = [];
  const endB: Token[] = [];
  const firstA = midA[0];
  const firstB = midB[0];
  if (
    firstA?.type === 'text' &&
    firstB?.type === 'text' &&
    plainEqual({ ...firstA, text: '' }, { ...firstB, text: '' }, termTextA, termTextB)
  ) {
    const k = safePrefix(firstA.text, firstB.text);
    if (k > 0) {
      const chunk = chunkTokens({ ...firstA, text: firstA.text.slice(0, k) }, termTextA, slot);
      startA.push(...chunk);
      startB.push(...chunk);
      cut(midA, 0, firstA.text.slice(k));
      cut(midB, 0, firstB.text.slice(k));
    }
  }
  const lastA = midA[midA.length - 1];
  const lastB = midB[midB.length - 1];
  if (
    lastA?.type === 'text' &&
    lastB?.type === 'text' &&
    plainEqual({ ...lastA, text: '' }, { ...lastB, text: '' }, termTextA, termTextB)
  ) {
    const t = safeSuffix(lastA.text, lastB.text);
    if (t > 0) {
      const chunk = chunkTokens({ ...lastA, text: lastA.text.slice(lastA.text.length - t) }, termTextA, 0);
      endA.push(...chunk);
      endB.push(...chunk);
      cut(midA, midA.length - 1, lastA.text.slice(0, lastA.text.length - t));
      cut(midB, midB.length - 1, lastB.text.slice(0, lastB.text.length - t));
    }
  }
  const midTokens = (mid: Inline[], termText: TermText, first: number): Token[] => {
    const out: Token[] = [];
    const slots = { next: first };
    for (const inline of mid) pushInlineTokens(out, inline, termText, slots);
    return out;
  };
  const tokensA = [...startA, ...midTokens(midA, termTextA, slot)];
  const tokensB = [...startB, ...midTokens(midB, termTextB, slot)];
  let slotA = slot + countTerms(midA);
  let slotB = slot + countTerms(midB);
  tokensA.push(...endA);
  tokensB.push(...endB);
  for (let i = a.length - tail; i < a.length; i++) {
    tokensA.push(...chunkTokens(a[i]!, termTextA, slotA));
    if (a[i]!.type === 'term') slotA++;
  }
  for (let i = b.length - tail; i < b.length; i++) {
    tokensB.push(...chunkTokens(b[i]!, termTextB, slotB));
    if (b[i]!.type === 'term') slotB++;
  }
  return [tokensA, tokensB];
}

/** Replaces the text inline at `index` with `text`, or drops it when nothing is left. */
function cut(inlines: Inline[], index: number, text: string) {
  const inline = inlines[index]!;
  if (text) inlines[index] = { ...inline, text } as Inline;
  else inlines.splice(index, 1);
}

/** Lower-cased words and numbers of a text, for similarity. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{M}\p{N}_]+/gu) ?? [];
}
