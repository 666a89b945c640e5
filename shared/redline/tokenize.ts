import type { Mark } from '../model/document';
import type { Inline } from './legacyModel';

/**
 * The unit the redline diffs: a word, a number, a run of whitespace, one punctuation mark or other
 * character, or a whole term reference. Whitespace and punctuation are tokens of their own so that
 * changes to them stay visible (issue 3).
 */
export interface Token {
  /** Identity for diffing: text plus marks, or the term id for term references. */
  key: string;
  /** What the reader sees; for a term, its formatted value in the document's language. */
  text: string;
  kind: 'word' | 'number' | 'space' | 'punct' | 'term';
  marks?: Mark[];
  termId?: string;
}

/**
 * Regex-based rather than Intl.Segmenter: Node 20's segmenter is quadratic in memory on long texts
 * (DESIGN §8) and its word rules differ between engines. A number keeps its decimal and grouping
 * separators (`99,95`, `1.000.000`), so `99,9 → 99,95` is one change of one token; that joining
 * is done after the regex because a number alternative inside it makes V8 several times slower.
 */
const TOKEN_PATTERN = /([\p{L}\p{M}\p{N}_]+)|(\s+)|./gsu;
const DIGITS = /^\p{N}+$/u;
const NUMBER_SEPARATORS = new Set(['.', ',', "'", '\u2019', '\u202f']);

const TERM_KEY_PREFIX = '\u0001';
const MARKS_SEPARATOR = '\u0002';

function marksSuffix(marks: readonly Mark[] | undefined): string {
  if (!marks || marks.length === 0) return '';
  return MARKS_SEPARATOR + [...marks].sort().join(',');
}

export function tokenizeText(text: string, marks?: readonly Mark[]): Token[] {
  const suffix = marksSuffix(marks);
  const tokens: Token[] = [];
  TOKEN_PATTERN.lastIndex = 0;
  for (let match = TOKEN_PATTERN.exec(text); match; match = TOKEN_PATTERN.exec(text)) {
    const piece = match[0];
    let kind: Token['kind'];
    if (match[1] !== undefined) {
      kind = DIGITS.test(piece) ? 'number' : 'word';
      const separator = tokens[tokens.length - 1];
      const previous = tokens[tokens.length - 2];
      if (
        kind === 'number' &&
        separator?.kind === 'punct' &&
        NUMBER_SEPARATORS.has(separator.text) &&
        previous?.kind === 'number'
      ) {
        tokens.pop();
        previous.text += separator.text + piece;
        previous.key = previous.text + suffix;
        continue;
      }
    } else kind = match[2] !== undefined ? 'space' : 'punct';
    tokens.push(makeToken(suffix ? piece + suffix : piece, piece, kind, suffix ? [...marks!] : undefined));
  }
  return tokens;
}

/** Every token has the same shape, which keeps V8's property access monomorphic. */
function makeToken(key: string, text: string, kind: Token['kind'], marks?: Mark[], termId?: string): Token {
  return { key, text, kind, marks, termId };
}

function termToken(termId: string, termText: TermText): Token {
  return makeToken(TERM_KEY_PREFIX + termId, termText(termId), 'term', undefined, termId);
}

/** `termText` gives a term's display text; unknown terms show as `{id}`. */
export type TermText = (termId: string) => string;

export function tokenizeInlines(inlines: readonly Inline[], termText: TermText): Token[] {
  const tokens: Token[] = [];
  for (const inline of inlines) {
    if (inline.type === 'term') tokens.push(termToken(inline.termId, termText));
    else for (const token of tokenizeText(inline.text, inline.marks)) tokens.push(token);
  }
  return tokens;
}

/** Back to inlines: adjacent text tokens with the same marks merge into one text inline. */
export function tokensToInlines(tokens: readonly Token[]): Inline[] {
  const inlines: Inline[] = [];
  let pending = '';
  let pendingMarks: Mark[] | undefined;
  let pendingSuffix = '';
  const flush = () => {
    if (!pending) return;
    inlines.push(
      pendingMarks ? { type: 'text', text: pending, marks: pendingMarks } : { type: 'text', text: pending },
    );
    pending = '';
  };
  for (const token of tokens) {
    if (token.kind === 'term') {
      flush();
      inlines.push({ type: 'term', termId: token.termId! });
      continue;
    }
    const suffix = marksSuffix(token.marks);
    if (pending && suffix !== pendingSuffix) flush();
    if (!pending) {
      pendingSuffix = suffix;
      pendingMarks = token.marks && token.marks.length ? [...token.marks] : undefined;
    }
    pending += token.text;
  }
  flush();
  return inlines;
}

/**
 * A cheap identity of a run of inlines (text, marks and term ids), used to skip diffing of equal
 * blocks and to align blocks. Two runs with the same key tokenize to the same keys.
 */
export function inlinesKey(inlines: readonly Inline[]): string {
  let key = '';
  for (const inline of inlines)
    key +=
      inline.type === 'term'
        ? `${TERM_KEY_PREFIX}${inline.termId}${TERM_KEY_PREFIX}`
        : inline.text + marksSuffix(inline.marks) + MARKS_SEPARATOR;
  return key;
}

/** Same text, marks and term references, inline by inline. */
export function sameInlines(x: readonly Inline[], y: readonly Inline[]): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    const p = x[i]!;
    const q = y[i]!;
    if (p.type === 'term') {
      if (q.type !== 'term' || p.termId !== q.termId) return false;
    } else if (q.type !== 'text' || p.text !== q.text || marksSuffix(p.marks) !== marksSuffix(q.marks))
      return false;
  }
  return true;
}

/** Display text of inlines, as the reader sees it. */
export function inlinesText(inlines: readonly Inline[], termText: TermText): string {
  let text = '';
  for (const inline of inlines) text += inline.type === 'term' ? termText(inline.termId) : inline.text;
  return text;
}

/** Lower-cased words and numbers of a text, for similarity. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{M}\p{N}_]+/gu) ?? [];
}

function inlineKey(inline: Inline): string {
  return inline.type === 'term'
    ? `${TERM_KEY_PREFIX}${inline.termId}${TERM_KEY_PREFIX}`
    : inline.text + marksSuffix(inline.marks) + MARKS_SEPARATOR;
}

/** One token standing for a whole run of text both sides share; it is never diffed inside. */
function chunkToken(inline: Inline, termText: TermText): Token {
  if (inline.type === 'term') return termToken(inline.termId, termText);
  const suffix = marksSuffix(inline.marks);
  const kind = /^\s+$/u.test(inline.text) ? 'space' : 'word';
  return makeToken(inline.text + suffix, inline.text, kind, suffix ? [...inline.marks!] : undefined);
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

function sameMarks(x: Inline, y: Inline): boolean {
  return x.type === 'text' && y.type === 'text' && marksSuffix(x.marks) === marksSuffix(y.marks);
}

/**
 * Tokens of two versions of one paragraph, list item or table cell, ready for diffing. The runs
 * both share at the start and the end stay whole tokens: a typical edit touches a few words of a
 * long paragraph, and splitting everything else into tokens only to find it equal dominated the
 * redline's run time.
 */
export function tokenizePair(
  a: readonly Inline[],
  b: readonly Inline[],
  termTextA: TermText,
  termTextB: TermText,
): [Token[], Token[]] {
  let head = 0;
  while (head < a.length && head < b.length && inlineKey(a[head]!) === inlineKey(b[head]!)) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    inlineKey(a[a.length - 1 - tail]!) === inlineKey(b[b.length - 1 - tail]!)
  )
    tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const startA = a.slice(0, head).map((inline) => chunkToken(inline, termTextA));
  const startB = a.slice(0, head).map((inline) => chunkToken(inline, termTextB));
  const endA: Token[] = [];
  const endB: Token[] = [];

  const firstA = midA[0];
  const firstB = midB[0];
  if (firstA && firstB && sameMarks(firstA, firstB) && firstA.type === 'text' && firstB.type === 'text') {
    const k = safePrefix(firstA.text, firstB.text);
    if (k > 0) {
      const chunk = chunkToken({ ...firstA, text: firstA.text.slice(0, k) }, termTextA);
      startA.push(chunk);
      startB.push(chunk);
      cut(midA, 0, firstA.text.slice(k));
      cut(midB, 0, firstB.text.slice(k));
    }
  }
  const lastA = midA[midA.length - 1];
  const lastB = midB[midB.length - 1];
  if (lastA && lastB && sameMarks(lastA, lastB) && lastA.type === 'text' && lastB.type === 'text') {
    const t = safeSuffix(lastA.text, lastB.text);
    if (t > 0) {
      const chunk = chunkToken({ ...lastA, text: lastA.text.slice(lastA.text.length - t) }, termTextA);
      endA.push(chunk);
      endB.push(chunk);
      cut(midA, midA.length - 1, lastA.text.slice(0, lastA.text.length - t));
      cut(midB, midB.length - 1, lastB.text.slice(0, lastB.text.length - t));
    }
  }
  const restA = a.slice(a.length - tail).map((inline) => chunkToken(inline, termTextA));
  const restB = b.slice(b.length - tail).map((inline) => chunkToken(inline, termTextB));
  return [
    [...startA, ...tokenizeInlines(midA, termTextA), ...endA, ...restA],
    [...startB, ...tokenizeInlines(midB, termTextB), ...endB, ...restB],
  ];
}

/** Replaces the text inline at `index` with `text`, or drops it when nothing is left. */
function cut(inlines: Inline[], index: number, text: string) {
  const inline = inlines[index]!;
  if (text) inlines[index] = { ...inline, text } as Inline;
  else inlines.splice(index, 1);
}
