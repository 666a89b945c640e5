import { diffArrays } from 'diff';

/** One step of an order-preserving alignment of two sequences. */
export type AlignStep = { a: number; b: number } | { a: number; b: null } | { a: null; b: number };

/**
 * Aligns two short sequences (blocks of a clause, items of a list, rows of a table) in order:
 * equal keys first (LCS), then, in each gap, items that `canPair` (same type) and whose `similarity`
 * is at least `threshold` are paired greedily in order; a gap of exactly one item on each side
 * pairs whenever `canPair`, since that is nearly always an edited block (and needs no similarity).
 */
export function alignSequence(
  aKeys: readonly string[],
  bKeys: readonly string[],
  canPair: (a: number, b: number) => boolean,
  similarity: (a: number, b: number) => number,
  threshold = 0.3,
): AlignStep[] {
  const steps: AlignStep[] = [];
  const parts = diffArrays(aKeys as string[], bKeys as string[]);
  let i = 0;
  let j = 0;
  let gapA: number[] = [];
  let gapB: number[] = [];
  const flushGap = () => {
    if (gapA.length === 1 && gapB.length === 1 && canPair(gapA[0]!, gapB[0]!)) {
      steps.push({ a: gapA[0]!, b: gapB[0]! });
    } else {
      let nextB = 0;
      for (const ai of gapA) {
        let paired = -1;
        for (let k = nextB; k < gapB.length; k++) {
          if (canPair(ai, gapB[k]!) && similarity(ai, gapB[k]!) >= threshold) {
            paired = k;
            break;
          }
        }
        if (paired < 0) {
          steps.push({ a: ai, b: null });
          continue;
        }
        for (let k = nextB; k < paired; k++) steps.push({ a: null, b: gapB[k]! });
        steps.push({ a: ai, b: gapB[paired]! });
        nextB = paired + 1;
      }
      for (let k = nextB; k < gapB.length; k++) steps.push({ a: null, b: gapB[k]! });
    }
    gapA = [];
    gapB = [];
  };
  for (const part of parts) {
    if (part.removed) for (let k = 0; k < part.count; k++) gapA.push(i++);
    else if (part.added) for (let k = 0; k < part.count; k++) gapB.push(j++);
    else {
      flushGap();
      for (let k = 0; k < part.count; k++) steps.push({ a: i++, b: j++ });
    }
  }
  flushGap();
  return steps;
}

/** Indices (into `values`) of one longest strictly increasing subsequence. O(n log n). */
export function longestIncreasingSubsequence(values: readonly number[]): number[] {
  const tailIndex: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    let lo = 0;
    let hi = tailIndex.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tailIndex[mid]!]! < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tailIndex[lo - 1]!;
    tailIndex[lo] = i;
  }
  const result: number[] = [];
  for (let k = tailIndex[tailIndex.length - 1] ?? -1; k >= 0; k = previous[k]!) result.push(k);
  return result.reverse();
}

/** An item of a two-sided ordering: a pair, or an item of only one side. */
export interface OrderItem<T> {
  item: T;
  a: number | null;
  b: number | null;
  /** Anchors keep their place in both orders (pairs on the longest common order). */
  anchor: boolean;
  /** Where a non-anchor goes: after its neighbours in a, or in b. */
  placeBy: 'a' | 'b';
}

/**
 * Orders items of two sequences around their anchors. Every non-anchor item is placed by its own
 * sequence's order within the gap between the anchors around it. With every item placed by b the
 * result is b's order; by a, a's order; mixed placements give a sensible merge.
 */
export function mergeOrder<T>(items: readonly OrderItem<T>[]): T[] {
  const anchors = items.filter((x) => x.anchor);
  const anchorA = anchors.map((x) => x.a!).sort((x, y) => x - y);
  const anchorB = anchors.map((x) => x.b!).sort((x, y) => x - y);
  const countBelow = (sorted: number[], value: number) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const keyed = items.map((x) => {
    if (x.anchor) return { x, gap: countBelow(anchorA, x.a!), side: 2, index: 0 };
    if (x.placeBy === 'a' && x.a !== null) return { x, gap: countBelow(anchorA, x.a), side: 0, index: x.a };
    if (x.b !== null) return { x, gap: countBelow(anchorB, x.b), side: 1, index: x.b };
    return { x, gap: countBelow(anchorA, x.a!), side: 0, index: x.a! };
  });
  keyed.sort((p, q) => p.gap - q.gap || p.side - q.side || p.index - q.index);
  return keyed.map((k) => k.x.item);
}
