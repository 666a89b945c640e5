import type { Currency, DurationUnit, Round, Side, Term } from '../../../shared/model';

export type NumericTerm = Extract<Term, { kind: 'percent' | 'duration' | 'money' | 'count' }>;

export interface SeriesPoint {
  round: number;
  /** The term's value in this round, on the side that wrote the round; the other side is null. */
  us: number | null;
  them: number | null;
}

export interface TermSeries {
  termId: string;
  label: string;
  kind: NumericTerm['kind'];
  /** Durations are shown in one unit even when rounds wrote them in different ones. */
  unit?: DurationUnit;
  currency?: Currency;
  points: SeriesPoint[];
}

const isNumeric = (term: Term): term is NumericTerm =>
  term.kind === 'percent' || term.kind === 'duration' || term.kind === 'money' || term.kind === 'count';

/**
 * Minutes per unit. A business day counts as eight business hours; calendar and business units are
 * only mixed when a round switched between them, and then the chart still shows the trend.
 */
const MINUTES: Record<DurationUnit, number> = {
  minutes: 1,
  hours: 60,
  'business-hours': 60,
  days: 1_440,
  'business-days': 480,
  weeks: 10_080,
  months: 43_200,
};

/** Numeric terms that appear in any round, labelled as the latest round names them. */
export function negotiationTerms(rounds: readonly Round[]): { id: string; label: string }[] {
  const labels = new Map<string, string>();
  for (const round of [...rounds].sort((x, y) => x.number - y.number))
    for (const term of round.document.terms) if (isNumeric(term)) labels.set(term.id, term.label);
  return [...labels].map(([id, label]) => ({ id, label }));
}

/** The term's value round by round, split by side; `null` when no round has the term. */
export function termSeries(rounds: readonly Round[], termId: string): TermSeries | null {
  const ordered = [...rounds].sort((x, y) => x.number - y.number);
  const found = ordered.flatMap((round) => {
    const term = round.document.terms.find((t) => t.id === termId);
    return term && isNumeric(term) ? [{ round, term }] : [];
  });
  const latest = found.at(-1)?.term;
  if (!latest) return null;

  let unit: DurationUnit | undefined;
  if (latest.kind === 'duration') {
    // The unit most rounds used (the latest on a tie), so the axis reads as the text does.
    const uses = new Map<DurationUnit, number>();
    for (const { term } of found)
      if (term.kind === 'duration') uses.set(term.unit, (uses.get(term.unit) ?? 0) + 1);
    unit = latest.unit;
    for (const [candidate, count] of uses) if (count > (uses.get(unit) ?? 0)) unit = candidate;
  }
  const valueOf = (term: NumericTerm): number | null => {
    if (term.kind !== latest.kind) return null;
    if (term.kind === 'duration' && unit) return roundTo((term.value * MINUTES[term.unit]) / MINUTES[unit]);
    return term.value;
  };
  const points = ordered.map((round): SeriesPoint => {
    const entry = found.find((item) => item.round === round);
    const value = entry ? valueOf(entry.term) : null;
    const on = (side: Side) => (round.side === side ? value : null);
    return { round: round.number, us: on('us'), them: on('them') };
  });
  const series: TermSeries = { termId, label: latest.label, kind: latest.kind, points };
  if (unit) series.unit = unit;
  if (latest.kind === 'money') series.currency = latest.currency;
  return series;
}

/** Conversions like 90 minutes → 1.5 hours must not print as 1.4999999. */
function roundTo(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
