import { describe, expect, it } from 'vitest';
import { parseDuration, unitFromHeader } from './parseDuration';

describe('durations of incident exports', () => {
  it.each([
    ['0 hrs, 5 mins', 5],
    ['1 hrs, 23 mins', 83],
    ['1h 20m', 80],
    ['1 Std. 30 Min.', 90],
    ['2 Tage', 2880],
    ['1,5 h', 90],
    ['01:30:00', 90],
    ['1:30', 90],
    ['PT1H30M', 90],
    ['P1DT2H', 1560],
    ['45 s', 0.75],
  ])('%s is %f minutes', (text, minutes) => {
    expect(parseDuration(text)).toBeCloseTo(minutes, 6);
  });

  it('reads bare numbers in the column’s unit', () => {
    expect(parseDuration('540', unitFromHeader('seconds_to_first_ack'))).toBe(9);
    expect(parseDuration('35', unitFromHeader('First reply time in minutes'))).toBe(35);
    expect(parseDuration('2', unitFromHeader('Dauer (Stunden)'))).toBe(120);
    expect(parseDuration('90000', unitFromHeader('TimeToAck (ms)'))).toBe(1.5);
  });

  it.each(['', 'soon', '-5', '5 parsecs', '1:2:3:4'])('refuses %j', (text) => {
    expect(parseDuration(text)).toBeNull();
  });
});
