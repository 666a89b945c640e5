import type { AgreementTerms } from './agreementTerms';
import { intersect, totalMinutes } from './intervals';
import { measurePeriod, toMeasured, type Measurement, type MeasuredIncident } from './measure';
import type { IncidentInput } from './model';
import { addMonths, monthKeyAt, monthPeriod } from './periods';
import { reviewState, type ReviewState } from './reviews';
import { addCalendarDays, localDateKey, zonedToInstant } from './timeZone';
import {
  chronicFailureStatus,
  warningKey,
  warningsFor,
  type ChronicFailureStatus,
  type Warning,
} from './warnings';

/**
 * Where a signed agreement stands: this month's measurement, its warnings, the chronic-failure
 * clause and the review date. The dashboard, the deal's monitoring screen and the notifications all
 * read this one answer.
 */

export interface AgreementClock {
  timeZone: string;
  warningThresholds: readonly number[];
  /** `YYYY-MM-DD`. */
  termStart: string;
  nextReviewOn: string | null;
}

export interface AgreementStatus {
  month: string;
  measurement: Measurement;
  warnings: Warning[];
  chronic: ChronicFailureStatus | null;
  review: ReviewState | null;
}

export function measuredIncidents(
  incidents: readonly (IncidentInput & { id?: string })[],
): MeasuredIncident[] {
  return incidents.map((incident, index) => toMeasured(incident, index));
}

/** `month` defaults to the one `now` falls in, in the agreement's zone. */
export function agreementStatus(
  terms: AgreementTerms,
  clock: AgreementClock,
  incidents: readonly MeasuredIncident[],
  now: number,
  month: string = monthKeyAt(now, clock.timeZone),
): AgreementStatus {
  const options = { now };
  const measurement = measurePeriod(terms, incidents, monthPeriod(month, clock.timeZone), options);
  const chronic = chronicFailureStatus(terms, incidents, month, clock.timeZone, {
    ...options,
    firstMonth: clock.termStart.slice(0, 7),
  });
  return {
    month,
    measurement,
    warnings: warningsFor(measurement, chronic, clock.warningThresholds),
    chronic,
    review: clock.nextReviewOn ? reviewState(clock.nextReviewOn, localDateKey(now, clock.timeZone)) : null,
  };
}

export interface MonthPoint {
  month: string;
  availabilityPercent: number | null;
  target: number | null;
  downtimeMinutes: number;
  creditPercent: number;
}

/** Availability month by month, from the term's start (at most `months` back) up to the month of `now`. */
export function availabilityHistory(
  terms: AgreementTerms,
  clock: Pick<AgreementClock, 'timeZone' | 'termStart'>,
  incidents: readonly MeasuredIncident[],
  now: number,
  months = 12,
): MonthPoint[] {
  const last = monthKeyAt(now, clock.timeZone);
  const first = clock.termStart.slice(0, 7);
  const out: MonthPoint[] = [];
  for (let back = months - 1; back >= 0; back--) {
    const key = addMonths(last, -back);
    if (key < first) continue;
    const m = measurePeriod(terms, incidents, monthPeriod(key, clock.timeZone), { now });
    out.push({
      month: key,
      availabilityPercent: m.availabilityPercent,
      target: m.target,
      downtimeMinutes: m.downtimeMinutes,
      creditPercent: m.credit.percent,
    });
  }
  return out;
}

export interface BurnDownPoint {
  /** Day of the month, 1 … 31. */
  day: number;
  /** Budget left at the end of the day, minutes; `null` for days still to come. */
  leftMinutes: number | null;
  /** What would be left if downtime were spread evenly over the service time. */
  evenMinutes: number;
}

/** The error budget day by day through the month (the burn-down chart). */
export function burnDown(measurement: Measurement, now: number): BurnDownPoint[] {
  const { period, budget } = measurement;
  if (!budget) return [];
  const tz = period.timeZone;
  const points: BurnDownPoint[] = [];
  let date = { year: period.year, month: period.month, day: 1 };
  for (let day = 1; day <= 31; day++) {
    const dayStart = zonedToInstant({ ...date, hour: 0, minute: 0, second: 0 }, tz);
    if (dayStart >= period.end) break;
    const next = addCalendarDays(date, 1);
    const dayEnd = Math.min(zonedToInstant({ ...next, hour: 0, minute: 0, second: 0 }, tz), period.end);
    const used = totalMinutes(
      intersect(measurement.downtimeIntervals, [[period.start, Math.min(dayEnd, now)]]),
    );
    const serviceSoFar = totalMinutes(intersect(measurement.serviceIntervals, [[period.start, dayEnd]]));
    points.push({
      day,
      leftMinutes: dayStart > now ? null : Math.round((budget.allowedMinutes - used) * 100) / 100,
      evenMinutes:
        measurement.minutesInPeriod > 0
          ? Math.round(budget.allowedMinutes * (1 - serviceSoFar / measurement.minutesInPeriod) * 100) / 100
          : 0,
    });
    date = next;
  }
  return points;
}

export interface NotificationDue<T> {
  subject: T;
  warning: Warning;
  /** Stored on the agreement once sent (`Agreement.notified`). */
  key: string;
}

/**
 * The warnings worth a system notification that were not sent yet: this month's, from `warning`
 * up (a note at 50 % stays on the dashboard).
 */
export function notificationsDue<T>(
  entries: readonly { subject: T; notified: readonly string[]; status: AgreementStatus }[],
): NotificationDue<T>[] {
  return entries.flatMap(({ subject, notified, status }) =>
    status.warnings
      .filter((warning) => warning.severity !== 'info')
      .map((warning) => ({ subject, warning, key: warningKey(warning, status.month) }))
      .filter(({ key }) => !notified.includes(key)),
  );
}
