import type { Favours, Term } from '../model/term';
import { compare } from '../calculators/decimal';
import { termQuantity, valueQuantity, type Quantity } from './measure';
import type { PlaybookEntry } from './playbook';

/**
 * Where a value stands for us, the provider (issue 10): at or better than target → `target`; up to
 * the fallback → `fallback`; up to the walk-away → `limit` (the owner must approve); past it →
 * `beyond`. Ordered from comfortable to unacceptable. Persisted in approvals: renaming needs a migration.
 */
export const BANDS = ['target', 'fallback', 'limit', 'beyond'] as const;
export type Band = (typeof BANDS)[number];

export type UnratedReason =
  /** The playbook has no limits for the term. */
  | 'no-entry'
  /** Neither direction favours either side (choices, free text, review intervals). */
  | 'not-negotiable'
  /** The term and the limits are in different units or currencies (e.g. business days vs days). */
  | 'incomparable';

export type BandVerdict = { band: Band; entry: PlaybookEntry } | { band: null; reason: UnratedReason };

/**
 * `a` is at least as good for us as `b`. The customer is favoured by `favours`; we by the other
 * direction, so for availability (`higher`) a lower value is better for us.
 */
function atLeastAsGoodForUs(a: Quantity, b: Quantity, favours: 'higher' | 'lower'): boolean {
  const order = compare(a.amount, b.amount);
  return favours === 'higher' ? order <= 0 : order >= 0;
}

/** The one function that rates a term against its playbook entry, for every screen, check and the CLI. */
export function bandOf(term: Term, entry: PlaybookEntry | undefined): BandVerdict {
  if (!entry) return { band: null, reason: 'no-entry' };
  const favours = term.favours;
  if (favours === 'neither') return { band: null, reason: 'not-negotiable' };
  const value = termQuantity(term);
  if (!value) return { band: null, reason: 'not-negotiable' };
  const target = valueQuantity(entry.target);
  const fallback = valueQuantity(entry.fallback);
  const walkAway = valueQuantity(entry.walkAway);
  if ([target, fallback, walkAway].some((limit) => limit.dimension !== value.dimension))
    return { band: null, reason: 'incomparable' };
  if (atLeastAsGoodForUs(value, target, favours)) return { band: 'target', entry };
  if (atLeastAsGoodForUs(value, fallback, favours)) return { band: 'fallback', entry };
  if (atLeastAsGoodForUs(value, walkAway, favours)) return { band: 'limit', entry };
  return { band: 'beyond', entry };
}

export type EntryInconsistency =
  'mixed-shapes' | 'walk-away-better-than-target' | 'fallback-outside-range' | 'not-negotiable';

/**
 * Why limits cannot stand together, or `null`: all three in one unit, the walk-away no better for us
 * than the target, the fallback between them (equal limits are allowed: a band may be empty).
 */
export function entryInconsistency(
  entry: Pick<PlaybookEntry, 'target' | 'fallback' | 'walkAway'>,
  favours: Favours,
): EntryInconsistency | null {
  if (favours === 'neither') return 'not-negotiable';
  const target = valueQuantity(entry.target);
  const fallback = valueQuantity(entry.fallback);
  const walkAway = valueQuantity(entry.walkAway);
  if (fallback.dimension !== target.dimension || walkAway.dimension !== target.dimension)
    return 'mixed-shapes';
  if (!atLeastAsGoodForUs(target, walkAway, favours)) return 'walk-away-better-than-target';
  if (!atLeastAsGoodForUs(target, fallback, favours) || !atLeastAsGoodForUs(fallback, walkAway, favours))
    return 'fallback-outside-range';
  return null;
}

/** The least comfortable of several bands (`beyond` over `limit` …); `null` when none is rated. */
export function worstBand(bands: Iterable<Band | null>): Band | null {
  let worst: Band | null = null;
  for (const band of bands)
    if (band !== null && (worst === null || BANDS.indexOf(band) > BANDS.indexOf(worst))) worst = band;
  return worst;
}
