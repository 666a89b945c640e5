import type { Inline, Mark } from '../model/document';

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
    const token: Token = { key: suffix ? piece + suffix : piece, text: piece, kind };
    if (suffix) token.marks = [...marks!];
    tokens.push(token);
  }
  return tokens;
}

/** `termText` gives a term's display text; unknown terms show as `{id}`. */
export type TermText = (termId: string) => string;

export function tokenizeInlines(inlines: readonly Inline[], termText: TermText): Token[] {
  const tokens: Token[] = [];
  for (const inline of inlines) {
    if (inline.type === 'term')
      tokens.push({
        key: TERM_KEY_PREFIX + inline.termId,
        text: termText(inline.termId),
        kind: 'term',
        termId: inline.termId,
      });
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
