import { diffArrays } from 'diff';
import type { Token } from './tokenize';

/** What the diff reads of a token. */
export type DiffToken = Pick<Token, 'key' | 'text' | 'kind'>;

/** A run of the token diff: `[aStart, aEnd)` of a against `[bStart, bEnd)` of b. */
export interface Hunk {
  op: 'equal' | 'change';
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

/**
 * Work budget of one Myers diff, in token-steps ((N + M) · D). It bounds a pathological pair (a huge
 * paragraph rewritten completely) without a wall-clock timeout, so the same input always gives the
 * same hunks, and the same pair always the same change ids.
 */
export const DIFF_BUDGET = 30_000_000;

function editLimit(n: number, m: number): number {
  return Math.max(64, Math.floor(DIFF_BUDGET / Math.max(1, n + m)));
}

/** Myers diff of two key arrays, or undefined when it would exceed the budget. */
function boundedDiff(a: readonly string[], b: readonly string[]): Hunk[] | undefined {
  const result = diffArrays(a as string[], b as string[], { maxEditLength: editLimit(a.length, b.length) });
  if (!result) return undefined;
  const hunks: Hunk[] = [];
  let i = 0;
  let j = 0;
  for (const part of result) {
    if (part.added) {
      push(hunks, 'change', i, i, j, j + part.count);
      j += part.count;
    } else if (part.removed) {
      push(hunks, 'change', i, i + part.count, j, j);
      i += part.count;
    } else {
      push(hunks, 'equal', i, i + part.count, j, j + part.count);
      i += part.count;
      j += part.count;
    }
  }
  return hunks;
}

function push(hunks: Hunk[], op: Hunk['op'], aStart: number, aEnd: number, bStart: number, bEnd: number) {
  if (aStart === aEnd && bStart === bEnd) return;
  const last = hunks[hunks.length - 1];
  if (last && last.op === op && last.aEnd === aStart && last.bEnd === bStart) {
    last.aEnd = aEnd;
    last.bEnd = bEnd;
  } else hunks.push({ op, aStart, aEnd, bStart, bEnd });
}

const SENTENCE_END = new Set(['.', '!', '?', ';', ':']);

/** Splits token indices into sentences: after an end mark followed by whitespace, or at a newline. */
function sentenceBounds(tokens: readonly DiffToken[], from: number, to: number): number[] {
  const bounds = [from];
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    const ends =
      token.kind === 'break' ||
      (token.kind === 'space' &&
        (token.text.includes('\n') || SENTENCE_END.has(tokens[i - 1]?.text ?? ''))) ||
      i === to - 1;
    if (ends && i + 1 > bounds[bounds.length - 1]!) bounds.push(i + 1);
  }
  if (bounds[bounds.length - 1] !== to) bounds.push(to);
  return bounds;
}

/**
 * Fallback for a pair too different to word-diff within budget: diff by sentence, so unchanged
 * sentences still show as equal and each replaced run of sentences becomes one change.
 */
function sentenceDiff(
  a: readonly DiffToken[],
  b: readonly DiffToken[],
  aFrom: number,
  aTo: number,
  bFrom: number,
  bTo: number,
): Hunk[] {
  const aBounds = sentenceBounds(a, aFrom, aTo);
  const bBounds = sentenceBounds(b, bFrom, bTo);
  const sentenceKeys = (tokens: readonly DiffToken[], bounds: number[]) =>
    bounds.slice(1).map((end, k) => {
      let key = '';
      for (let i = bounds[k]!; i < end; i++) key += tokens[i]!.key + '\u0003';
      return key;
    });
  const hunks: Hunk[] = [];
  const bySentence = boundedDiff(sentenceKeys(a, aBounds), sentenceKeys(b, bBounds));
  if (!bySentence) {
    push(hunks, 'change', aFrom, aTo, bFrom, bTo);
    return hunks;
  }
  for (const h of bySentence)
    push(hunks, h.op, aBounds[h.aStart]!, aBounds[h.aEnd]!, bBounds[h.bStart]!, bBounds[h.bEnd]!);
  return hunks;
}

/**
 * Word diff of two token runs, as hunks of equal and changed tokens. Runs both share at the start
 * and the end are cut off before the search; a middle too different for the work budget falls
 * back to sentences, then to one change.
 */
export function diffTokens(a: readonly DiffToken[], b: readonly DiffToken[]): Hunk[] {
  let prefix = 0;
  const minLength = Math.min(a.length, b.length);
  while (prefix < minLength && a[prefix]!.key === b[prefix]!.key) prefix++;
  let suffix = 0;
  while (suffix < minLength - prefix && a[a.length - 1 - suffix]!.key === b[b.length - 1 - suffix]!.key)
    suffix++;
  const hunks: Hunk[] = [];
  push(hunks, 'equal', 0, prefix, 0, prefix);
  const aTo = a.length - suffix;
  const bTo = b.length - suffix;
  if (prefix < aTo || prefix < bTo) {
    // One side empty, or one token against one (both differ after trimming): nothing to search.
    const trivial = prefix === aTo || prefix === bTo || (aTo - prefix === 1 && bTo - prefix === 1);
    const middle = trivial
      ? [{ op: 'change' as const, aStart: 0, aEnd: aTo - prefix, bStart: 0, bEnd: bTo - prefix }]
      : boundedDiff(
          a.slice(prefix, aTo).map((t) => t.key),
          b.slice(prefix, bTo).map((t) => t.key),
        );
    if (middle)
      for (const h of middle)
        push(hunks, h.op, h.aStart + prefix, h.aEnd + prefix, h.bStart + prefix, h.bEnd + prefix);
    else
      for (const h of sentenceDiff(a, b, prefix, aTo, prefix, bTo))
        push(hunks, h.op, h.aStart, h.aEnd, h.bStart, h.bEnd);
  }
  push(hunks, 'equal', aTo, a.length, bTo, b.length);
  return hunks;
}
