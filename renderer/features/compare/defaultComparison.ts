import type { Round } from '../../../shared/model';

/** One side of a comparison: a frozen round (by id) or the deal's current draft. */
export type CompareSource = string;
export const DRAFT_SOURCE = 'draft';

export interface Comparison {
  a: CompareSource;
  b: CompareSource;
}

/**
 * What the compare screen shows when nothing was picked (DESIGN §2: the customer's answer against
 * what we sent): our last sent round against their last received one, older first. Without a
 * received round, the last two rounds; with one round, that round against the draft.
 * `null` when the deal has no rounds yet.
 */
export function defaultComparison(rounds: readonly Round[]): Comparison | null {
  const ordered = [...rounds].sort((x, y) => x.number - y.number);
  const ours = ordered.filter((round) => round.side === 'us').at(-1);
  const theirs = ordered.filter((round) => round.side === 'them').at(-1);
  if (ours && theirs) {
    const [older, newer] = ours.number < theirs.number ? [ours, theirs] : [theirs, ours];
    return { a: older.id, b: newer.id };
  }
  if (ordered.length >= 2) return { a: ordered.at(-2)!.id, b: ordered.at(-1)!.id };
  if (ordered.length === 1) return { a: ordered[0]!.id, b: DRAFT_SOURCE };
  return null;
}

/**
 * The pair to show: the URL's choice where it names something that exists, else the default.
 * A stale round id (deleted deal data, a hand-typed URL) falls back instead of failing.
 */
export function resolveComparison(
  rounds: readonly Round[],
  requested: Partial<Comparison>,
): Comparison | null {
  const fallback = defaultComparison(rounds);
  if (!fallback) return null;
  const exists = (source: CompareSource | undefined): source is CompareSource =>
    source === DRAFT_SOURCE || rounds.some((round) => round.id === source);
  return {
    a: exists(requested.a) ? requested.a : fallback.a,
    b: exists(requested.b) ? requested.b : fallback.b,
  };
}
