import { startOfLocalDay, zonedParts, MINUTE } from './timeZone';

/**
 * A calendar period of an agreement: a month (`2026-10`) or a quarter (`2026-Q4`), from local
 * midnight on its first day to local midnight after its last day, in the agreement's time zone.
 * A month with a daylight-saving change is an hour longer or shorter; that is the point.
 */
export interface Period {
  kind: 'month' | 'quarter';
  /** `2026-10` or `2026-Q4`. */
  key: string;
  year: number;
  /** First month of the period, 1–12. */
  month: number;
  /** Months in the period. */
  months: number;
  start: number;
  /** Exclusive. */
  end: number;
  timeZone: string;
}

export const MONTH_KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;
export const QUARTER_KEY = /^(\d{4})-Q([1-4])$/;

function monthKey(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

function shiftMonth(year: number, month: number, by: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

function periodOf(
  kind: Period['kind'],
  key: string,
  year: number,
  month: number,
  months: number,
  timeZone: string,
): Period {
  const next = shiftMonth(year, month, months);
  return {
    kind,
    key,
    year,
    month,
    months,
    start: startOfLocalDay(year, month, 1, timeZone),
    end: startOfLocalDay(next.year, next.month, 1, timeZone),
    timeZone,
  };
}

/** The calendar month `YYYY-MM` in the zone. Throws RangeError for anything else. */
export function monthPeriod(key: string, timeZone: string): Period {
  const match = MONTH_KEY.exec(key);
  if (!match) throw new RangeError(`not a month: ${key} (expected YYYY-MM)`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  return periodOf('month', monthKey(year, month), year, month, 1, timeZone);
}

/** The calendar quarter `YYYY-Qn` in the zone. */
export function quarterPeriod(key: string, timeZone: string): Period {
  const match = QUARTER_KEY.exec(key);
  if (!match) throw new RangeError(`not a quarter: ${key} (expected YYYY-Qn)`);
  const year = Number(match[1]);
  const quarter = Number(match[2]);
  return periodOf('quarter', `${year}-Q${quarter}`, year, (quarter - 1) * 3 + 1, 3, timeZone);
}

/** The month an instant falls in, in the zone. */
export function monthKeyAt(instant: number, timeZone: string): string {
  const parts = zonedParts(instant, timeZone);
  return monthKey(parts.year, parts.month);
}

export function quarterKeyAt(instant: number, timeZone: string): string {
  const parts = zonedParts(instant, timeZone);
  return `${parts.year}-Q${Math.floor((parts.month - 1) / 3) + 1}`;
}

/** `2026-10` shifted by whole months: `addMonths('2026-10', -1)` is `2026-09`. */
export function addMonths(key: string, by: number): string {
  const match = MONTH_KEY.exec(key);
  if (!match) throw new RangeError(`not a month: ${key}`);
  const next = shiftMonth(Number(match[1]), Number(match[2]), by);
  return monthKey(next.year, next.month);
}

/** The months of a period, in order (one for a month, three for a quarter). */
export function monthsOf(period: Period): string[] {
  return Array.from({ length: period.months }, (_, index) => {
    const shifted = shiftMonth(period.year, period.month, index);
    return monthKey(shifted.year, shifted.month);
  });
}

/** Wall-clock minutes from start to end: 44,640 for a 31-day month, 44,700 for October in Berlin. */
export function periodMinutes(period: Pick<Period, 'start' | 'end'>): number {
  return (period.end - period.start) / MINUTE;
}
