import { describe, expect, it } from 'vitest';
import { parseTimestamp, slashDateOrder } from './parseTimestamp';

const berlin = { timeZone: 'Europe/Berlin' };
const iso = (text: string, options: Parameters<typeof parseTimestamp>[1] = berlin) => {
  const instant = parseTimestamp(text, options);
  return instant === null ? null : new Date(instant).toISOString();
};

describe('timestamps of incident exports', () => {
  it.each([
    ['2026-10-06T09:14:00Z', '2026-10-06T09:14:00.000Z'],
    ['2026-10-06T09:14:00.250Z', '2026-10-06T09:14:00.250Z'],
    ['2026-10-06T09:14:00+02:00', '2026-10-06T07:14:00.000Z'],
    ['2026-10-06T09:14:00+0200', '2026-10-06T07:14:00.000Z'],
    ['2026-10-06 09:14:00 UTC', '2026-10-06T09:14:00.000Z'],
    ['2026-10-06 09:14 CEST', '2026-10-06T07:14:00.000Z'],
    ['Tue, 06 Oct 2026 09:14:00 GMT', '2026-10-06T09:14:00.000Z'],
  ])('%s names its own zone', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it.each([
    ['06.10.2026 09:14', '2026-10-06T07:14:00.000Z'],
    ['6.10.26 9:14', '2026-10-06T07:14:00.000Z'],
    ['2026-10-06 09:14', '2026-10-06T07:14:00.000Z'],
    ['2026-10-06T09:14', '2026-10-06T07:14:00.000Z'],
    ['2026/10/06 09:14:00', '2026-10-06T07:14:00.000Z'],
    ['06/Oct/26 9:14 AM', '2026-10-06T07:14:00.000Z'],
    ['06/Oct/26 9:14 PM', '2026-10-06T19:14:00.000Z'],
    ['Oct 6, 2026 09:14', '2026-10-06T07:14:00.000Z'],
    ['6. Oktober 2026 09:14 Uhr', '2026-10-06T07:14:00.000Z'],
    ['Di, 06.10.2026 09:14', '2026-10-06T07:14:00.000Z'],
    ['06.12.2026 09:14', '2026-12-06T08:14:00.000Z'],
  ])('%s is wall-clock time in the agreement’s zone', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it('reads the same wall clock in another zone', () => {
    expect(iso('06.10.2026 09:14', { timeZone: 'America/New_York' })).toBe('2026-10-06T13:14:00.000Z');
  });

  it('reads slash dates day-first unless told or shown otherwise', () => {
    // 3 April is summer time in Berlin, 4 March winter time.
    expect(iso('03/04/2026 10:00')).toBe('2026-04-03T08:00:00.000Z');
    expect(iso('03/04/2026 10:00', { ...berlin, dateOrder: 'mdy' })).toBe('2026-03-04T09:00:00.000Z');
    expect(slashDateOrder(['03/04/2026 10:00', '13/04/2026 10:00'])).toBe('dmy');
    expect(slashDateOrder(['04/13/2026 10:00'])).toBe('mdy');
    expect(slashDateOrder(['2026-04-13'])).toBeNull();
  });

  it('reads Unix epoch seconds and milliseconds', () => {
    expect(iso('1791367200')).toBe('2026-10-07T10:00:00.000Z');
    expect(iso('1791367200000')).toBe('2026-10-07T10:00:00.000Z');
  });

  it.each([
    '',
    'around noon',
    '05.10.2026 25:99',
    '31.02.2026 10:00',
    '2026-13-01 10:00',
    '10:00',
    'next Tuesday',
    '09:14 XYZ 2026-10-06',
  ])('refuses %j', (text) => {
    expect(parseTimestamp(text, berlin)).toBeNull();
  });
});
