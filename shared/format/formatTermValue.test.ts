import { describe, expect, it } from 'vitest';
import type { Term } from '../model/term';
import { NBSP, durationUnitWords, formatMoney, formatNumber, formatTermValue } from './formatTermValue';

const percent = (value: number): Term => ({ id: 'a', label: 'A', favours: 'higher', kind: 'percent', value });
const hours = (value: number, unit: 'hours' | 'business-days' = 'hours'): Term => ({
  id: 'r',
  label: 'R',
  favours: 'lower',
  kind: 'duration',
  value,
  unit,
});

describe('formatTermValue', () => {
  it('writes percentages as each language does', () => {
    expect(formatTermValue(percent(99.9), 'de')).toBe(`99,9${NBSP}%`);
    expect(formatTermValue(percent(99.9), 'en')).toBe('99.9%');
    expect(formatTermValue(percent(99.95), 'de')).toBe(`99,95${NBSP}%`);
    expect(formatTermValue(percent(100), 'en')).toBe('100%');
  });

  it('keeps up to four decimals and never pads', () => {
    expect(formatTermValue(percent(99.9999), 'en')).toBe('99.9999%');
    expect(formatTermValue(percent(99.5), 'de')).toBe(`99,5${NBSP}%`);
  });

  it('uses singular and plural duration words', () => {
    expect(formatTermValue(hours(1), 'en')).toBe(`1${NBSP}hour`);
    expect(formatTermValue(hours(4), 'en')).toBe(`4${NBSP}hours`);
    expect(formatTermValue(hours(0.5), 'en')).toBe(`0.5${NBSP}hours`);
    expect(formatTermValue(hours(1), 'de')).toBe(`1${NBSP}Stunde`);
    expect(formatTermValue(hours(2.5), 'de')).toBe(`2,5${NBSP}Stunden`);
    expect(formatTermValue(hours(1, 'business-days'), 'de')).toBe(`1${NBSP}Werktag`);
    expect(formatTermValue(hours(3, 'business-days'), 'en')).toBe(`3${NBSP}business days`);
  });

  it('formats money with the currency the way the locale writes it', () => {
    const cap: Term = {
      id: 'c',
      label: 'C',
      favours: 'higher',
      kind: 'money',
      value: 50000,
      currency: 'EUR',
    };
    expect(formatTermValue(cap, 'de')).toBe(`50.000${NBSP}€`);
    expect(formatTermValue(cap, 'en')).toBe('€50,000');
    expect(formatMoney(1234.5, 'EUR', 'de')).toBe(`1.234,50${NBSP}€`);
    expect(formatMoney(1234.5, 'GBP', 'en')).toBe('£1,234.50');
    expect(formatMoney(200, 'CHF', 'de')).toBe(`200${NBSP}CHF`);
  });

  it('prints counts with grouping and text or choices as they are', () => {
    expect(
      formatTermValue({ id: 'n', label: 'N', favours: 'higher', kind: 'count', value: 12000 }, 'de'),
    ).toBe('12.000');
    expect(formatNumber(12000, 'en')).toBe('12,000');
    expect(
      formatTermValue({ id: 't', label: 'T', favours: 'neither', kind: 'text', value: 'Mon–Fri' }, 'en'),
    ).toBe('Mon–Fri');
  });
});

describe('durationUnitWords', () => {
  it('lists every spelling so values can be read back from text', () => {
    const words = durationUnitWords('de');
    expect(words).toContainEqual(['hours', 'Stunden']);
    expect(words).toContainEqual(['hours', 'Stunde']);
    expect(words).toHaveLength(14);
  });
});
