import { describe, expect, it } from 'vitest';
import type { Term } from '../model/term';
import { detectValues, parseLocaleNumber, readValueLike } from './readTermValue';

const percent: Term = {
  id: 'availability',
  label: 'Availability',
  favours: 'higher',
  kind: 'percent',
  value: 99.9,
};
const duration: Term = {
  id: 'p1_response',
  label: 'P1 response',
  favours: 'lower',
  kind: 'duration',
  value: 1,
  unit: 'hours',
};
const money: Term = {
  id: 'fee',
  label: 'Monthly fee',
  favours: 'neither',
  kind: 'money',
  value: 100,
  currency: 'EUR',
};

describe('reading term values back from Word text', () => {
  it.each([
    ['99,95 %', 'de', 99.95],
    ['99.95%', 'en', 99.95],
    ['99.95 percent', 'en', 99.95],
    ['99,95 Prozent', 'de', 99.95],
    ['99,95 %', 'en', 99.95],
    ['99.5\u00a0%', 'de', 99.5],
  ] as const)('reads the percentage %s (%s)', (text, language, value) => {
    expect(readValueLike(percent, text, language, 0, false)?.term).toEqual({ ...percent, value });
  });

  it.each([
    ['4 Stunden', 'de', 4, 'hours'],
    ['1 Stunde', 'de', 1, 'hours'],
    ['30 minutes', 'en', 30, 'minutes'],
    ['2 Werktage', 'de', 2, 'business-days'],
    ['1 business day', 'en', 1, 'business-days'],
    ['1,5 Stunden', 'de', 1.5, 'hours'],
  ] as const)('reads the duration %s (%s)', (text, language, value, unit) => {
    expect(readValueLike(duration, text, language, 0, false)?.term).toEqual({ ...duration, value, unit });
  });

  it('reads amounts with currency before or after, in both number formats', () => {
    expect(readValueLike(money, '1.250,50 €', 'de', 0, false)?.term).toMatchObject({
      value: 1250.5,
      currency: 'EUR',
    });
    expect(readValueLike(money, 'CHF 1,250.50', 'en', 0, false)?.term).toMatchObject({
      value: 1250.5,
      currency: 'CHF',
    });
  });

  it('reads thousands separators by language', () => {
    expect(parseLocaleNumber('1.000', 'de')).toBe(1000);
    expect(parseLocaleNumber('1,000', 'en')).toBe(1000);
    expect(parseLocaleNumber('99.950', 'en')).toBe(99.95);
    expect(parseLocaleNumber('1.000.000', 'en')).toBe(1000000);
    expect(parseLocaleNumber('12a', 'en')).toBeNull();
  });

  it('refuses values a term cannot hold', () => {
    expect(readValueLike(percent, '150 %', 'en', 0, false)).toBeNull();
    expect(readValueLike(duration, '4 apples', 'en', 0, false)).toBeNull();
  });

  it('finds percentages and durations in free text, not times of day or other numbers', () => {
    const found = detectValues(
      'Staffed 08:00 to 18:00, P1 answered within 30 minutes, 99.9 % of 12 months.',
      'en',
    );
    expect(found.map((v) => [v.kind, v.value, v.unit])).toEqual([
      ['duration', 30, 'minutes'],
      ['percent', 99.9, undefined],
      ['duration', 12, 'months'],
    ]);
  });
});
