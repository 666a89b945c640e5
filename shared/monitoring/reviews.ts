import type { DurationTarget } from './agreementTerms';

/**
 * Review dates of signed agreements and templates: calendar days (`YYYY-MM-DD`) compared as days,
 * so neither the time of day nor the time zone tips a review into "overdue".
 */

export type ReviewState = 'ok' | 'due' | 'overdue';

/** A review is due from this many days before its date. */
export const REVIEW_DUE_DAYS = 30;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: string): [number, number, number] {
  const match = DATE.exec(date);
  if (!match) throw new RangeError(`not a date: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function format(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `2026-01-31` + 1 month is `2026-02-28`: the last day when the month is shorter. */
export function addMonthsToDate(date: string, months: number): string {
  const [year, month, day] = parts(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return format(y, m, Math.min(day, last));
}

export function daysBetween(from: string, to: string): number {
  const [a, b, c] = parts(from);
  const [x, y, z] = parts(to);
  return Math.round((Date.UTC(x, y - 1, z) - Date.UTC(a, b - 1, c)) / 86_400_000);
}

/** The agreement's review interval in whole months, or `null` when it sets none. */
export function reviewIntervalMonths(interval: DurationTarget | null): number | null {
  if (!interval || interval.value <= 0) return null;
  switch (interval.unit) {
    case 'months':
      return Math.max(1, Math.round(interval.value));
    case 'weeks':
      return Math.max(1, Math.round((interval.value * 7) / 30.44));
    case 'days':
    case 'business-days':
      return Math.max(1, Math.round(interval.value / 30.44));
    default:
      return null;
  }
}

export function reviewState(reviewDate: string, today: string, dueDays = REVIEW_DUE_DAYS): ReviewState {
  const days = daysBetween(today, reviewDate);
  if (days < 0) return 'overdue';
  if (days <= dueDays) return 'due';
  return 'ok';
}

/** After a review on `completedOn`, the next one is an interval later (12 months without one). */
export function nextReviewAfter(completedOn: string, intervalMonths: number | null): string {
  return addMonthsToDate(completedOn, intervalMonths ?? 12);
}
