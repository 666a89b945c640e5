import type { Clause } from './legacyModel';
import { numberClauses } from '../model/numbering';
import { longestIncreasingSubsequence } from './alignSequence';
import { wordsOf } from './tokenize';

export interface ClausePair {
  a: number;
  b: number;
  matchedBy: 'id' | 'heading' | 'similarity' | 'number';
  /** Off the longest common order: the clause itself moved, not the clauses around it. */
  moved: boolean;
}

export interface ClauseAlignment {
  pairs: ClausePair[];
  /** Indices in a of clauses with no partner in b, and the other way round. */
  removed: number[];
  inserted: number[];
}

/** `3.1 Service Credits`, `§ 3 service  credits` and `Service credits` name the same clause. */
export function normalizeHeading(heading: string): string {
  return heading
    .replace(/^\s*(?:§\s*)?\d+(?:\.\d+)*[.)]?\s+/u, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLocaleLowerCase();
}

/** Clauses of a and b whose word sets are at least this similar (Dice) are taken as the same. */
export const CLAUSE_SIMILARITY_THRESHOLD = 0.5;
/** A clause left over at the same number on both sides needs only this much similarity. */
export const SAME_NUMBER_SIMILARITY_THRESHOLD = 0.2;
/** Above this many candidate comparisons, unmatched clauses stay inserted/removed (bounded cost). */
const MAX_SIMILARITY_COMPARISONS = 250_000;

function dice(x: Set<string>, y: Set<string>): number {
  if (x.size === 0 && y.size === 0) return 1;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let common = 0;
  for (const word of small) if (large.has(word)) common++;
  return (2 * common) / (x.size + y.size);
}

/**
 * Aligns the clauses of two rounds: by stable id first; then, for documents whose ids differ
 * (imported from Word), by heading with its number stripped, then by word similarity, then by
 * clause number for rewritten clauses that are still somewhat alike.
 * Pairs off the longest increasing run of b-positions are `moved`, so one clause moved to the end
 * is one move, not a move of every clause it jumped over.
 */
export function alignClauses<C extends Pick<Clause, 'id' | 'heading' | 'level'>>(
  a: readonly C[],
  b: readonly C[],
  plainText: (clause: C) => string,
): ClauseAlignment {
  const pairs: Omit<ClausePair, 'moved'>[] = [];
  const bById = new Map<string, number>();
  b.forEach((clause, index) => bById.set(clause.id, index));
  const pairedA = new Set<number>();
  const pairedB = new Set<number>();
  const pair = (ai: number, bi: number, matchedBy: ClausePair['matchedBy']) => {
    pairs.push({ a: ai, b: bi, matchedBy });
    pairedA.add(ai);
    pairedB.add(bi);
  };
  a.forEach((clause, ai) => {
    const bi = bById.get(clause.id);
    if (bi !== undefined) pair(ai, bi, 'id');
  });

  if (pairedA.size < a.length && pairedB.size < b.length) {
    const bByHeading = new Map<string, number[]>();
    b.forEach((clause, bi) => {
      if (pairedB.has(bi)) return;
      const heading = normalizeHeading(clause.heading);
      if (!heading) return;
      const list = bByHeading.get(heading) ?? [];
      list.push(bi);
      bByHeading.set(heading, list);
    });
    a.forEach((clause, ai) => {
      if (pairedA.has(ai)) return;
      const candidates = bByHeading.get(normalizeHeading(clause.heading));
      const bi = candidates?.find((candidate) => !pairedB.has(candidate));
      if (bi !== undefined) pair(ai, bi, 'heading');
    });
  }

  const restA = a.map((_, i) => i).filter((i) => !pairedA.has(i));
  const restB = b.map((_, i) => i).filter((i) => !pairedB.has(i));
  if (restA.length && restB.length && restA.length * restB.length <= MAX_SIMILARITY_COMPARISONS) {
    const words = (clause: C) => new Set(wordsOf(`${clause.heading} ${plainText(clause)}`));
    const wordsA = new Map(restA.map((i) => [i, words(a[i]!)]));
    const wordsB = new Map(restB.map((i) => [i, words(b[i]!)]));
    const candidates: { ai: number; bi: number; score: number }[] = [];
    for (const ai of restA)
      for (const bi of restB) {
        const score = dice(wordsA.get(ai)!, wordsB.get(bi)!);
        if (score >= CLAUSE_SIMILARITY_THRESHOLD) candidates.push({ ai, bi, score });
      }
    // Best matches first; among equals, the one closest in position.
    candidates.sort(
      (x, y) => y.score - x.score || Math.abs(x.ai - x.bi) - Math.abs(y.ai - y.bi) || x.ai - y.ai,
    );
    for (const { ai, bi } of candidates) if (!pairedA.has(ai) && !pairedB.has(bi)) pair(ai, bi, 'similarity');
    // What is left and stands at the same number is most likely the same clause, rewritten.
    const numbersB = numberClauses(b);
    const bByNumber = new Map(restB.filter((bi) => !pairedB.has(bi)).map((bi) => [numbersB[bi]!, bi]));
    numberClauses(a).forEach((number, ai) => {
      const bi = bByNumber.get(number);
      if (pairedA.has(ai) || bi === undefined || pairedB.has(bi)) return;
      if (dice(wordsA.get(ai)!, wordsB.get(bi)!) >= SAME_NUMBER_SIMILARITY_THRESHOLD) pair(ai, bi, 'number');
    });
  }

  pairs.sort((x, y) => x.a - y.a);
  const kept = new Set(longestIncreasingSubsequence(pairs.map((p) => p.b)));
  return {
    pairs: pairs.map((p, index) => ({ ...p, moved: !kept.has(index) })),
    removed: a.map((_, i) => i).filter((i) => !pairedA.has(i)),
    inserted: b.map((_, i) => i).filter((i) => !pairedB.has(i)),
  };
}
