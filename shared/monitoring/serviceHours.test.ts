import { describe, expect, it } from 'vitest';
import { totalMinutes } from './intervals';
import { monthPeriod } from './periods';
import {
  coversEverything,
  parseWeeklySchedule,
  scheduleIntervals,
  type WeeklySchedule,
} from './serviceHours';

const weekdays = (from: number, to: number) => [0, 1, 2, 3, 4].map((day) => ({ day, from, to }));

describe('reading service hours', () => {
  it.each<[string, WeeklySchedule]>([
    ['Montag bis Freitag, 08:00 bis 18:00 Uhr', { always: false, windows: weekdays(480, 1080) }],
    ['Mo–Fr 8–18 Uhr', { always: false, windows: weekdays(480, 1080) }],
    ['Monday to Friday, 08:00 to 18:00', { always: false, windows: weekdays(480, 1080) }],
    ['Mon-Fri 8am-6pm', { always: false, windows: weekdays(480, 1080) }],
    ['weekdays between 9 am and 5 pm', { always: false, windows: weekdays(540, 1020) }],
    ['werktags von 7:30 bis 17:00 Uhr', { always: false, windows: weekdays(450, 1020) }],
    ['rund um die Uhr an allen Tagen des Jahres', { always: true }],
    ['around the clock, every day of the year', { always: true }],
    ['24/7', { always: true }],
  ])('%s', (text, expected) => {
    expect(parseWeeklySchedule(text)).toEqual(expected);
  });

  it('reads several day groups with their own times', () => {
    expect(parseWeeklySchedule('Mo–Fr 06:00–22:00 Uhr, Sa 08:00–14:00 Uhr')).toEqual({
      always: false,
      windows: [...weekdays(360, 1320), { day: 5, from: 480, to: 840 }],
    });
  });

  it('reads a window from one day into the next', () => {
    expect(parseWeeklySchedule('samstags 20:00 Uhr bis sonntags 08:00 Uhr')).toEqual({
      always: false,
      windows: [{ day: 5, from: 1200, to: 1920 }],
    });
    expect(parseWeeklySchedule('daily 22:00-06:00')).toEqual({
      always: false,
      windows: [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, from: 1320, to: 1800 })),
    });
  });

  it('finds nothing in text that names no schedule', () => {
    expect(parseWeeklySchedule('so dass der Kunde informiert wird')).toBeNull();
    expect(parseWeeklySchedule('nach Vereinbarung')).toBeNull();
  });

  it('knows a schedule that covers every minute', () => {
    expect(coversEverything({ always: true })).toBe(true);
    expect(coversEverything(parseWeeklySchedule('täglich 00:00 bis 24:00 Uhr')!)).toBe(true);
    expect(coversEverything(parseWeeklySchedule('Mo–Fr 8–18 Uhr')!)).toBe(false);
  });
});

describe('service time in a month', () => {
  it('counts the service hours of each weekday', () => {
    // October 2026 has 22 weekdays; 10 hours each.
    const october = monthPeriod('2026-10', 'Europe/Berlin');
    const hours = parseWeeklySchedule('Mo–Fr 8–18 Uhr')!;
    expect(totalMinutes(scheduleIntervals(hours, october.start, october.end, 'Europe/Berlin'))).toBe(
      22 * 600,
    );
  });

  it('gives a whole-day window on the night clocks go back 25 hours', () => {
    const sunday = parseWeeklySchedule('sonntags 00:00 bis 24:00 Uhr')!;
    const october = monthPeriod('2026-10', 'Europe/Berlin');
    const intervals = scheduleIntervals(sunday, october.start, october.end, 'Europe/Berlin');
    // Sundays 4, 11 and 18 October have 24 hours, 25 October has 25.
    expect(totalMinutes(intervals)).toBe(3 * 1440 + 1500);
  });
});
