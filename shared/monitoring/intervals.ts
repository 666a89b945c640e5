import { MINUTE } from './timeZone';

/** A half-open span of time `[start, end)` in epoch milliseconds. */
export type Interval = readonly [start: number, end: number];

/** Sorted, non-overlapping, non-empty: overlapping outages count once. */
export function union(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** Intersection of two normalised lists (each the output of `union`); linear in their lengths. */
export function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const s = Math.max(a[i]![0], b[j]![0]);
    const e = Math.min(a[i]![1], b[j]![1]);
    if (e > s) out.push([s, e]);
    if (a[i]![1] < b[j]![1]) i++;
    else j++;
  }
  return out;
}

/** `a` without the parts covered by `b` (both normalised). */
export function subtract(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let j = 0;
  for (const [start, end] of a) {
    let s = start;
    while (j < b.length && b[j]![1] <= s) j++;
    let k = j;
    while (k < b.length && b[k]![0] < end) {
      if (b[k]![0] > s) out.push([s, b[k]![0]]);
      s = Math.max(s, b[k]![1]);
      k++;
    }
    if (s < end) out.push([s, end]);
  }
  return out;
}

export function clip(intervals: readonly Interval[], start: number, end: number): Interval[] {
  return intersect(union(intervals), [[start, end]]);
}

export function totalMinutes(intervals: readonly Interval[]): number {
  let total = 0;
  for (const [s, e] of intervals) total += e - s;
  return total / MINUTE;
}

/**
 * The instant at which `minutes` of the (normalised) intervals have passed, counted from their
 * start; `null` when they hold fewer minutes than that.
 */
export function instantAfter(intervals: readonly Interval[], minutes: number): number | null {
  let left = minutes * MINUTE;
  for (const [s, e] of intervals) {
    if (e - s >= left) return s + left;
    left -= e - s;
  }
  return left <= 0 ? (intervals.at(-1)?.[1] ?? null) : null;
}
