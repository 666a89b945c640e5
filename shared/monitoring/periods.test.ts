import { describe, expect, it } from 'vitest';
import {
  addMonths,
  monthKeyAt,
  monthPeriod,
  monthsOf,
  periodMinutes,
  quarterKeyAt,
  quarterPeriod,
} from './periods';

describe('calendar periods in the agreement’s zone', () => {
  it('gives a month with a daylight-saving change an hour more or less', () => {
    expect(periodMinutes(monthPeriod('2026-01', 'Europe/Berlin'))).toBe(31 * 1440);
    expect(periodMinutes(monthPeriod('2026-03', 'Europe/Berlin'))).toBe(31 * 1440 - 60);
    expect(periodMinutes(monthPeriod('2026-10', 'Europe/Berlin'))).toBe(31 * 1440 + 60);
    expect(periodMinutes(monthPeriod('2026-03', 'America/New_York'))).toBe(31 * 1440 - 60);
    expect(periodMinutes(monthPeriod('2026-11', 'America/New_York'))).toBe(30 * 1440 + 60);
    expect(periodMinutes(monthPeriod('2026-10', 'Australia/Sydney'))).toBe(31 * 1440 - 60);
    expect(periodMinutes(monthPeriod('2026-10', 'UTC'))).toBe(31 * 1440);
  });

  it('starts and ends a month at local midnight', () => {
    const october = monthPeriod('2026-10', 'Europe/Berlin');
    expect(new Date(october.start).toISOString()).toBe('2026-09-30T22:00:00.000Z');
    expect(new Date(october.end).toISOString()).toBe('2026-10-31T23:00:00.000Z');
  });

  it('has quarters of three months', () => {
    const q4 = quarterPeriod('2026-Q4', 'Europe/Berlin');
    expect(periodMinutes(q4)).toBe((31 + 30 + 31) * 1440 + 60);
    expect(monthsOf(q4)).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(quarterKeyAt(Date.parse('2026-12-31T23:30:00Z'), 'Europe/Berlin')).toBe('2027-Q1');
  });

  it('names the month an instant falls in, in the zone', () => {
    const instant = Date.parse('2026-10-31T23:30:00Z');
    expect(monthKeyAt(instant, 'Europe/Berlin')).toBe('2026-11');
    expect(monthKeyAt(instant, 'UTC')).toBe('2026-10');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-11', 14)).toBe('2028-01');
  });

  it('refuses what is not a month', () => {
    expect(() => monthPeriod('2026-13', 'Europe/Berlin')).toThrow(RangeError);
    expect(() => monthPeriod('Oktober', 'Europe/Berlin')).toThrow(RangeError);
  });
});
