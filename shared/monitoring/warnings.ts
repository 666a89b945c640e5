import type { AgreementTerms, DurationTarget } from './agreementTerms';
import { measurePeriod, type Measurement, type MeasuredIncident, type MeasureOptions } from './measure';
import { DEFAULT_WARNING_THRESHOLDS } from './model';
import { addMonths, monthKeyAt, monthPeriod } from './periods';

/**
 * Warnings before it hurts: the error budget past a threshold, a burn rate that empties it before
 * the month ends, a target already missed, and a chronic-failure clause close to triggering. Codes
 * and parameters only; the renderer and the report put them into words.
 */

export type WarningSeverity = 'info' | 'warning' | 'critical';

export type Warning =
  | { code: 'budget'; severity: WarningSeverity; threshold: number; usedPercent: number }
  | { code: 'burn-rate'; severity: 'warning'; runsOutAt: number; projectedUsedPercent: number }
  | { code: 'target-missed'; severity: 'critical'; availabilityPercent: number; target: number }
  | {
      code: 'chronic-failure';
      severity: 'warning' | 'critical';
      missed: number;
      needed: number;
      months: string[];
      triggered: boolean;
    };

export interface ChronicFailureStatus {
  needed: number;
  windowMonths: number;
  /** Months of the window in which the agreement was missed, oldest first. */
  missedMonths: string[];
  triggered: boolean;
  /** One more missed month lets the customer terminate. */
  oneAway: boolean;
}

export function windowMonths(window: DurationTarget): number {
  switch (window.unit) {
    case 'months':
      return Math.max(1, Math.round(window.value));
    case 'weeks':
      return Math.max(1, Math.ceil((window.value * 7) / 30.44));
    case 'days':
    case 'business-days':
      return Math.max(1, Math.ceil(window.value / 30.44));
    default:
      return 12;
  }
}

/** Whether a measured month counts as missed for the chronic-failure clause. */
export function missedMonth(measurement: Measurement, terms: AgreementTerms): boolean {
  if (measurement.met === false) return true;
  if (!terms.chronicFailure?.includesTopResolution) return false;
  const top = measurement.priorities[0];
  return (top?.resolution.breached ?? 0) > 0;
}

/**
 * How close the chronic-failure clause is: the missed months within its window ending with
 * `monthKey`, counting only months from `firstMonth` (the start of the term) on.
 */
export function chronicFailureStatus(
  terms: AgreementTerms,
  incidents: readonly MeasuredIncident[],
  monthKey: string,
  timeZone: string,
  options: MeasureOptions & { firstMonth?: string },
): ChronicFailureStatus | null {
  const clause = terms.chronicFailure;
  if (!clause) return null;
  const months = windowMonths(clause.window);
  const missedMonths: string[] = [];
  for (let back = months - 1; back >= 0; back--) {
    const key = addMonths(monthKey, -back);
    if (options.firstMonth && key < options.firstMonth) continue;
    const period = monthPeriod(key, timeZone);
    if (period.start > options.now) continue;
    if (missedMonth(measurePeriod(terms, incidents, period, options), terms)) missedMonths.push(key);
  }
  const triggered = missedMonths.length >= clause.months;
  return {
    needed: clause.months,
    windowMonths: months,
    missedMonths,
    triggered,
    oneAway: !triggered && missedMonths.length === clause.months - 1 && clause.months > 1,
  };
}

/** The warnings of one measured period. Thresholds are percent of the budget used (default 50/80/100). */
export function warningsFor(
  measurement: Measurement,
  chronic: ChronicFailureStatus | null,
  thresholds: readonly number[] = DEFAULT_WARNING_THRESHOLDS,
): Warning[] {
  const warnings: Warning[] = [];
  const budget = measurement.budget;
  if (budget) {
    const crossed = [...thresholds]
      .sort((a, b) => b - a)
      .find((threshold) => budget.usedPercent >= threshold);
    if (crossed !== undefined)
      warnings.push({
        code: 'budget',
        severity: crossed >= 100 ? 'critical' : crossed >= 80 ? 'warning' : 'info',
        threshold: crossed,
        usedPercent: budget.usedPercent,
      });
  }
  const forecast = measurement.forecast;
  if (forecast?.runsOutAt !== null && forecast?.runsOutAt !== undefined && (budget?.usedPercent ?? 0) < 100)
    warnings.push({
      code: 'burn-rate',
      severity: 'warning',
      runsOutAt: forecast.runsOutAt,
      projectedUsedPercent: forecast.projectedUsedPercent,
    });
  if (
    !measurement.running &&
    measurement.met === false &&
    measurement.availabilityPercent !== null &&
    measurement.target !== null
  )
    warnings.push({
      code: 'target-missed',
      severity: 'critical',
      availabilityPercent: measurement.availabilityPercent,
      target: measurement.target,
    });
  if (chronic && (chronic.triggered || chronic.oneAway))
    warnings.push({
      code: 'chronic-failure',
      severity: chronic.triggered ? 'critical' : 'warning',
      missed: chronic.missedMonths.length,
      needed: chronic.needed,
      months: chronic.missedMonths,
      triggered: chronic.triggered,
    });
  return warnings;
}

/** A stable key per warning and month, so a system notification is sent once for it. */
export function warningKey(warning: Warning, monthKey: string): string {
  switch (warning.code) {
    case 'budget':
      return `${monthKey}:budget:${warning.threshold}`;
    case 'burn-rate':
      return `${monthKey}:burn-rate`;
    case 'target-missed':
      return `${monthKey}:target-missed`;
    case 'chronic-failure':
      return `${monthKey}:chronic:${warning.missed}`;
  }
}

export { monthKeyAt };
