import { describe, expect, it } from 'vitest';
import { isValidTimeZone, localDateTimeText, offsetAt, zonedParts, zonedToInstant } from './timeZone';

const clock = (year: number, month: number, day: number, hour: number, minute = 0) => ({
  year,
  month,
  day,
  hour,
  minute,
  second: 0,
});

describe('wall-clock time in a zone', () => {
  it('reads a Berlin summer and winter time to the right instant', () => {
    expect(new Date(zonedToInstant(clock(2026, 7, 1, 12), 'Europe/Berlin')).toISOString()).toBe(
      '2026-07-01T10:00:00.000Z',
    );
    expect(new Date(zonedToInstant(clock(2026, 12, 1, 12), 'Europe/Berlin')).toISOString()).toBe(
      '2026-12-01T11:00:00.000Z',
    );
  });

  it('takes the earlier of the two 02:30 on the night clocks go back', () => {
    const instant = zonedToInstant(clock(2026, 10, 25, 2, 30), 'Europe/Berlin');
    expect(new Date(instant).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(offsetAt(instant, 'Europe/Berlin')).toBe(2 * 3_600_000);
  });

  it('reads a time the spring gap skips as that many minutes after the gap', () => {
    const instant = zonedToInstant(clock(2026, 3, 29, 2, 30), 'Europe/Berlin');
    expect(localDateTimeText(instant, 'Europe/Berlin')).toBe('2026-03-29 03:30');
  });

  it('works for zones south of the equator and west of Greenwich', () => {
    // Sydney goes to summer time on 4 October 2026, New York back to winter time on 1 November.
    expect(
      localDateTimeText(zonedToInstant(clock(2026, 10, 4, 2, 30), 'Australia/Sydney'), 'Australia/Sydney'),
    ).toBe('2026-10-04 03:30');
    expect(new Date(zonedToInstant(clock(2026, 11, 1, 1, 30), 'America/New_York')).toISOString()).toBe(
      '2026-11-01T05:30:00.000Z',
    );
  });

  it('gives weekday and parts of an instant', () => {
    const parts = zonedParts(Date.parse('2026-10-31T23:30:00Z'), 'Europe/Berlin');
    expect(parts).toMatchObject({ year: 2026, month: 11, day: 1, hour: 0, minute: 30, weekday: 6 });
  });

  it('knows IANA names and refuses others', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Europe/Atlantis')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone(42)).toBe(false);
  });
});
