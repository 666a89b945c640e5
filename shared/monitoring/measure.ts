import type { AgreementPriority, AgreementTerms, Money } from './agreementTerms';
import { deadlineOf } from './deadlines';
import { instantAfter, intersect, subtract, totalMinutes, union, type Interval } from './intervals';
import type { IncidentInput, IncidentKind } from './model';
import { monthPeriod, monthsOf, type Period } from './periods';
import { scheduleIntervals } from './serviceHours';
import { MINUTE } from './timeZone';

/**
 * Measuring one period of an agreement by its own rules: availability within the service hours,
 * announced maintenance excluded within its window and monthly allowance, an incident crossing a
 * month end counted in each month for its part, the error budget, response and resolution per
 * priority, credits from the schedule and cap as money, the bonus, and a burn-rate forecast.
 * Pure: the same incidents, period and `now` always give the same answer.
 */

/** An incident with its instants as epoch milliseconds. */
export interface MeasuredIncident {
  id: string;
  kind: IncidentKind;
  start: number;
  end: number | null;
  priority: number | null;
  priorityLabel: string;
  respondedAt: number | null;
  resolvedAt: number | null;
  title: string;
  reference: string;
}

export function toMeasured(incident: IncidentInput & { id?: string }, index = 0): MeasuredIncident {
  const at = (value: string | null) => (value === null ? null : Date.parse(value));
  return {
    id: incident.id ?? `row-${index + 1}`,
    kind: incident.kind,
    start: Date.parse(incident.start),
    end: at(incident.end),
    priority: incident.priority,
    priorityLabel: incident.priorityLabel,
    respondedAt: at(incident.respondedAt),
    resolvedAt: at(incident.resolvedAt),
    title: incident.title,
    reference: incident.reference,
  };
}

/** `met`/`breached` against the target; `pending` before the deadline; `unknown` when no time was recorded; `none` without a target. */
export type Outcome = 'met' | 'breached' | 'pending' | 'unknown' | 'none';

export interface IncidentResult {
  incident: MeasuredIncident;
  /** Downtime of this incident inside the period and the service hours, minutes. */
  downtimeMinutes: number;
  response: Outcome;
  responseMinutes: number | null;
  responseDeadline: number | null;
  resolution: Outcome;
  resolutionMinutes: number | null;
  resolutionDeadline: number | null;
}

export interface Tally {
  total: number;
  met: number;
  breached: number;
  pending: number;
  unknown: number;
  /** Share met of those decided (met + breached), percent; `null` when none is decided. */
  compliancePercent: number | null;
}

export interface PriorityCompliance {
  level: number;
  name: string;
  response: Tally & { target: AgreementPriority['response'] };
  resolution: Tally & { target: AgreementPriority['resolution'] };
}

export interface Budget {
  allowedMinutes: number;
  usedMinutes: number;
  /** Negative once the budget is exceeded. */
  leftMinutes: number;
  /** `Infinity` when a 100 % target meets any downtime. */
  usedPercent: number;
}

export interface Credit {
  /** The band's credit before the cap, percent of the fee. */
  bandPercent: number;
  /** What is owed, percent of the fee. */
  percent: number;
  capped: boolean;
  /** `null` when the agreement names no fee. */
  amount: Money | null;
}

export interface Forecast {
  /** When the budget runs out at the rate so far; `null` if it lasts the period. */
  runsOutAt: number | null;
  /** When it ran out, if it already has. */
  exhaustedAt: number | null;
  projectedUsedPercent: number;
}

export interface Measurement {
  period: Period;
  /** Service minutes in the period: the base availability is measured against. */
  minutesInPeriod: number;
  /** Service minutes up to `now` (all of them once the period is over). */
  elapsedMinutes: number;
  downtimeMinutes: number;
  /** Announced maintenance inside its window and allowance, not counted as downtime. */
  maintenanceExcludedMinutes: number;
  /** Maintenance outside its window or beyond the allowance, counted as downtime. */
  maintenanceCountedMinutes: number;
  availabilityPercent: number | null;
  target: number | null;
  /** `null` without a target or while the period runs and the target can still be met. */
  met: boolean | null;
  budget: Budget | null;
  credit: Credit;
  bonus: { earned: boolean; percent: number; amount: Money | null } | null;
  priorities: PriorityCompliance[];
  incidents: IncidentResult[];
  forecast: Forecast | null;
  /** True while `now` lies inside the period. */
  running: boolean;
  /** The downtime counted, for charts (burn-down by day). */
  downtimeIntervals: readonly Interval[];
  serviceIntervals: readonly Interval[];
}

export interface MeasureOptions {
  /** The moment of measuring: ongoing incidents last until then, the forecast starts there. */
  now: number;
}

const round = (value: number, digits = 6) => Math.round(value * 10 ** digits) / 10 ** digits;

function emptyTally(): Tally {
  return { total: 0, met: 0, breached: 0, pending: 0, unknown: 0, compliancePercent: null };
}

function count(tally: Tally, outcome: Outcome): void {
  if (outcome === 'none') return;
  tally.total++;
  tally[outcome]++;
  const decided = tally.met + tally.breached;
  tally.compliancePercent = decided > 0 ? round((tally.met / decided) * 100, 4) : null;
}

/** Every incident's stretch of time in `[from, to)`, ongoing ones until `now`. */
function spans(
  incidents: readonly MeasuredIncident[],
  kind: IncidentKind,
  from: number,
  to: number,
  now: number,
): Interval[] {
  const out: Interval[] = [];
  for (const incident of incidents) {
    if (incident.kind !== kind) continue;
    const end = incident.end ?? Math.max(incident.start, now);
    const s = Math.max(incident.start, from);
    const e = Math.min(end, to);
    if (e > s) out.push([s, e]);
  }
  return union(out);
}

/** The first `minutes` of the intervals, and the rest. */
function takeMinutes(intervals: readonly Interval[], minutes: number): [Interval[], Interval[]] {
  const cut = instantAfter(intervals, minutes);
  if (cut === null) return [[...intervals], []];
  return [intersect(intervals, [[-Infinity, cut]]), intersect(intervals, [[cut, Infinity]])];
}

export function creditFor(availability: number | null, terms: AgreementTerms): Credit {
  const bands = availability === null ? [] : terms.creditBands.filter((band) => availability < band.below);
  const bandPercent = bands.reduce((max, band) => Math.max(max, band.credit), 0);
  const percent = terms.creditCap === null ? bandPercent : Math.min(bandPercent, terms.creditCap);
  const amount = terms.monthlyFee
    ? { amount: Math.round(terms.monthlyFee.amount * percent) / 100, currency: terms.monthlyFee.currency }
    : null;
  return { bandPercent, percent, capped: percent < bandPercent, amount };
}

function evaluate(
  incident: MeasuredIncident,
  priority: AgreementPriority | undefined,
  terms: AgreementTerms,
  timeZone: string,
  now: number,
): Omit<IncidentResult, 'incident' | 'downtimeMinutes'> {
  const minutesBetween = (from: number, to: number | null) =>
    to === null ? null : round((to - from) / MINUTE, 2);
  const resolvedAt = incident.resolvedAt ?? (incident.kind === 'maintenance' ? null : incident.end);
  const planned = incident.kind === 'maintenance';
  let response: Outcome = 'none';
  let responseDeadline: number | null = null;
  if (priority?.response && !planned) {
    responseDeadline = deadlineOf(incident.start, priority.response, terms, timeZone);
    if (incident.respondedAt !== null)
      response = incident.respondedAt <= responseDeadline ? 'met' : 'breached';
    // Resolved before the response was due: it was answered in time, whatever the export omits.
    else if (resolvedAt !== null && resolvedAt <= responseDeadline) response = 'met';
    else response = now <= responseDeadline ? 'pending' : 'unknown';
  }
  let resolution: Outcome = 'none';
  let resolutionDeadline: number | null = null;
  if (priority?.resolution && !planned) {
    resolutionDeadline = deadlineOf(incident.start, priority.resolution, terms, timeZone);
    if (resolvedAt !== null) resolution = resolvedAt <= resolutionDeadline ? 'met' : 'breached';
    else resolution = now <= resolutionDeadline ? 'pending' : 'breached';
  }
  return {
    response,
    responseMinutes: minutesBetween(incident.start, incident.respondedAt),
    responseDeadline,
    resolution,
    resolutionMinutes: minutesBetween(incident.start, resolvedAt),
    resolutionDeadline,
  };
}

/**
 * Measurements already made for the same incidents, terms, period and moment: the dashboard, the
 * chronic-failure clause and the history chart ask for the same months. Results are shared, so
 * callers must not change them.
 */
const made = new WeakMap<readonly MeasuredIncident[], WeakMap<AgreementTerms, Map<string, Measurement>>>();

/** Measures the agreement over a month or a quarter in the agreement's time zone. */
export function measurePeriod(
  terms: AgreementTerms,
  incidents: readonly MeasuredIncident[],
  period: Period,
  options: MeasureOptions,
): Measurement {
  let byTerms = made.get(incidents);
  if (!byTerms) {
    byTerms = new WeakMap();
    made.set(incidents, byTerms);
  }
  let byKey = byTerms.get(terms);
  if (!byKey) {
    byKey = new Map();
    byTerms.set(terms, byKey);
  }
  const key = `${period.key}@${period.timeZone}@${options.now}`;
  const known = byKey.get(key);
  if (known) return known;
  if (byKey.size > 500) byKey.clear();
  const measurement = measureUncached(terms, incidents, period, options);
  byKey.set(key, measurement);
  return measurement;
}

function measureUncached(
  terms: AgreementTerms,
  incidents: readonly MeasuredIncident[],
  period: Period,
  options: MeasureOptions,
): Measurement {
  const { now } = options;
  const timeZone = period.timeZone;
  const service = scheduleIntervals(terms.serviceHours.schedule, period.start, period.end, timeZone);
  const minutesInPeriod = totalMinutes(service);
  const until = Math.min(period.end, Math.max(period.start, now));
  const elapsedMinutes = totalMinutes(intersect(service, [[period.start, until]]));

  const outages = intersect(spans(incidents, 'outage', period.start, period.end, now), service);
  const maintenance = intersect(spans(incidents, 'maintenance', period.start, period.end, now), service);
  const windowed = terms.maintenance.window
    ? intersect(maintenance, scheduleIntervals(terms.maintenance.window, period.start, period.end, timeZone))
    : maintenance;
  // The allowance is per month: a quarter allows three months' worth, taken month by month.
  let excluded: Interval[] = [];
  if (terms.maintenance.allowanceMinutes === null) excluded = windowed;
  else
    for (const key of monthsOf(period)) {
      const month = monthPeriod(key, timeZone);
      const inMonth = intersect(windowed, [[month.start, month.end]]);
      excluded = excluded.concat(takeMinutes(inMonth, terms.maintenance.allowanceMinutes)[0]);
    }
  excluded = union(excluded);
  const downtime = subtract(union([...outages, ...maintenance]), excluded);
  const downtimeMinutes = round(totalMinutes(downtime));
  const maintenanceExcludedMinutes = round(totalMinutes(excluded));
  const maintenanceCountedMinutes = round(totalMinutes(subtract(maintenance, excluded)));

  const availabilityPercent =
    minutesInPeriod > 0 ? round((1 - downtimeMinutes / minutesInPeriod) * 100, 6) : null;
  const target = terms.availability;
  const running = now >= period.start && now < period.end;

  let budget: Budget | null = null;
  if (target !== null) {
    const allowedMinutes = round((minutesInPeriod * (100 - target)) / 100);
    const usedPercent =
      allowedMinutes > 0
        ? round((downtimeMinutes / allowedMinutes) * 100, 4)
        : downtimeMinutes > 0
          ? Infinity
          : 0;
    budget = {
      allowedMinutes,
      usedMinutes: downtimeMinutes,
      leftMinutes: round(allowedMinutes - downtimeMinutes),
      usedPercent,
    };
  }
  let met: boolean | null = null;
  if (target !== null && availabilityPercent !== null) {
    if (availabilityPercent < target) met = false;
    else if (!running) met = true;
  }

  // Response and resolution belong to the period an incident was opened in.
  const priorities = new Map(terms.priorities.map((p) => [p.level, p]));
  const compliance = new Map<number, PriorityCompliance>(
    terms.priorities.map((p) => [
      p.level,
      {
        level: p.level,
        name: p.name,
        response: { ...emptyTally(), target: p.response },
        resolution: { ...emptyTally(), target: p.resolution },
      },
    ]),
  );
  const results: IncidentResult[] = [];
  for (const incident of [...incidents].sort((a, b) => a.start - b.start)) {
    const end = incident.end ?? Math.max(incident.start, now);
    const overlaps = incident.start < period.end && end > period.start;
    const opened = incident.start >= period.start && incident.start < period.end;
    if (!overlaps && !opened) continue;
    const own: Interval[] =
      end > incident.start ? [[Math.max(incident.start, period.start), Math.min(end, period.end)]] : [];
    const downtimeShare =
      incident.kind === 'ticket'
        ? 0
        : round(totalMinutes(intersect(subtract(intersect(own, service), excluded), downtime)));
    const priority = incident.priority === null ? undefined : priorities.get(incident.priority);
    const evaluation = opened
      ? evaluate(incident, priority, terms, timeZone, now)
      : {
          response: 'none' as const,
          responseMinutes: null,
          responseDeadline: null,
          resolution: 'none' as const,
          resolutionMinutes: null,
          resolutionDeadline: null,
        };
    const tally = priority ? compliance.get(priority.level) : undefined;
    if (tally && opened) {
      count(tally.response, evaluation.response);
      count(tally.resolution, evaluation.resolution);
    }
    results.push({ incident, downtimeMinutes: downtimeShare, ...evaluation });
  }

  const credit =
    period.kind === 'month'
      ? creditFor(availabilityPercent, terms)
      : quarterCredit(terms, incidents, period, options);
  const topLevel = terms.priorities[0]?.level;
  const topResolutionBreached =
    topLevel !== undefined && (compliance.get(topLevel)?.resolution.breached ?? 0) > 0;
  let bonus: Measurement['bonus'] = null;
  if (terms.bonus && period.kind === 'month') {
    const earned =
      !running &&
      availabilityPercent !== null &&
      availabilityPercent >= terms.bonus.threshold &&
      credit.percent === 0 &&
      !(terms.bonus.requiresTopResolution && topResolutionBreached);
    const amount = terms.monthlyFee
      ? {
          amount: earned ? Math.round(terms.monthlyFee.amount * terms.bonus.percent) / 100 : 0,
          currency: terms.monthlyFee.currency,
        }
      : null;
    bonus = { earned, percent: earned ? terms.bonus.percent : 0, amount };
  }

  return {
    period,
    minutesInPeriod: round(minutesInPeriod),
    elapsedMinutes: round(elapsedMinutes),
    downtimeMinutes,
    maintenanceExcludedMinutes,
    maintenanceCountedMinutes,
    availabilityPercent,
    target,
    met,
    budget,
    credit,
    bonus,
    priorities: [...compliance.values()],
    incidents: results,
    forecast:
      running && budget
        ? forecast(budget, downtime, service, period, now, minutesInPeriod, elapsedMinutes)
        : null,
    running,
    downtimeIntervals: downtime,
    serviceIntervals: service,
  };
}

function quarterCredit(
  terms: AgreementTerms,
  incidents: readonly MeasuredIncident[],
  period: Period,
  options: MeasureOptions,
): Credit {
  const months = monthsOf(period).map(
    (key) => measurePeriod(terms, incidents, monthPeriod(key, period.timeZone), options).credit,
  );
  const percent = months.reduce((sum, credit) => sum + credit.percent, 0) / Math.max(1, months.length);
  const bandPercent =
    months.reduce((sum, credit) => sum + credit.bandPercent, 0) / Math.max(1, months.length);
  const amount = terms.monthlyFee
    ? {
        amount: Math.round(months.reduce((sum, credit) => sum + (credit.amount?.amount ?? 0), 0) * 100) / 100,
        currency: terms.monthlyFee.currency,
      }
    : null;
  return {
    bandPercent: round(bandPercent, 4),
    percent: round(percent, 4),
    capped: months.some((c) => c.capped),
    amount,
  };
}

/**
 * "At this rate the budget runs out on the 19th": downtime per service minute so far, carried on
 * over the service time still to come.
 */
function forecast(
  budget: Budget,
  downtime: readonly Interval[],
  service: readonly Interval[],
  period: Period,
  now: number,
  minutesInPeriod: number,
  elapsedMinutes: number,
): Forecast {
  const soFar = totalMinutes(intersect(downtime, [[period.start, now]]));
  const rate = elapsedMinutes > 0 ? soFar / elapsedMinutes : 0;
  const projected = rate * minutesInPeriod;
  const projectedUsedPercent =
    budget.allowedMinutes > 0
      ? round((projected / budget.allowedMinutes) * 100, 2)
      : projected > 0
        ? Infinity
        : 0;
  let exhaustedAt: number | null = null;
  if (budget.allowedMinutes >= 0 && soFar >= budget.allowedMinutes && soFar > 0)
    exhaustedAt = instantAfter(downtime, budget.allowedMinutes);
  let runsOutAt: number | null = null;
  if (exhaustedAt === null && rate > 0) {
    const at = instantAfter(service, budget.allowedMinutes / rate);
    if (at !== null && at < period.end) runsOutAt = Math.max(at, now);
  }
  return { runsOutAt, exhaustedAt, projectedUsedPercent };
}
