import { describe, expect, it } from 'vitest';
import { toNumber, toPlainString } from './decimal';
import { allowedDowntime, availabilityForDowntime, CalculatorInputError, serviceMinutes } from './downtime';

describe('allowed downtime', () => {
  it('is 43.2 minutes for 99.9 % of a 30-day month, exactly', () => {
    expect(toPlainString(allowedDowntime(99.9, 'month'))).toBe('43.2');
  });

  it('scales with the period: quarter of 90 days, year of 365 days, or days given', () => {
    expect(toNumber(allowedDowntime(99.9, 'quarter'))).toBe(129.6);
    expect(toNumber(allowedDowntime(99.9, 'year'))).toBe(525.6);
    expect(toNumber(allowedDowntime(99.9, 'month', { days: 31 }))).toBe(44.64);
    expect(toNumber(allowedDowntime(99.95, 'year', { days: 366 }))).toBe(263.52);
  });

  it('counts only the service hours when the service is not 24×7', () => {
    // Monday to Friday 08:00–18:00 is 50 hours a week: 30 days hold 214 2/7 service hours.
    expect(toNumber(serviceMinutes('month', { hoursPerWeek: 50 }))).toBeCloseTo(12857.142857, 5);
    expect(toNumber(allowedDowntime(99.9, 'month', { hoursPerWeek: 50 }))).toBeCloseTo(12.857142857, 8);
    expect(toNumber(allowedDowntime(99.9, 'month', { hoursPerWeek: 168 }))).toBe(43.2);
  });

  it('is the whole period at 0 % and nothing at 100 %', () => {
    expect(toNumber(allowedDowntime(0, 'month'))).toBe(43200);
    expect(toNumber(allowedDowntime(100, 'year'))).toBe(0);
  });

  it('turns back into the availability it came from', () => {
    expect(toPlainString(availabilityForDowntime(43.2, 'month'))).toBe('99.9');
    expect(toPlainString(availabilityForDowntime(525.6, 'year'))).toBe('99.9');
    expect(toNumber(availabilityForDowntime(0, 'quarter'))).toBe(100);
  });

  it.each([
    () => allowedDowntime(100.01, 'month'),
    () => allowedDowntime(-1, 'month'),
    () => allowedDowntime(99.9, 'month', { days: 0 }),
    () => allowedDowntime(99.9, 'month', { hoursPerWeek: 169 }),
    () => availabilityForDowntime(-5, 'month'),
    () => availabilityForDowntime(43201, 'month'),
  ])('refuses impossible input %#', (run) => {
    expect(run).toThrow(CalculatorInputError);
  });
});
