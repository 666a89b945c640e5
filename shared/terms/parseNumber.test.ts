import { describe, expect, it } from 'vitest';
import { parseDigits, parseLocaleNumber } from './parseNumber';

describe('numbers written with digits', () => {
  it.each([
    ['99,95', 'de', 99.95],
    ['99.95', 'en', 99.95],
    ['99,9', 'en', 99.9],
    ['99.9', 'de', 99.9],
    ['1.000', 'de', 1000],
    ['1,000', 'en', 1000],
    ['1.000', 'en', 1],
    ['1,000', 'de', 1],
    ['1.000.000', 'en', 1_000_000],
    ['1,000,000', 'de', 1_000_000],
    ['1.250,50', 'de', 1250.5],
    ['1,250.50', 'en', 1250.5],
    ["12'000", 'de', 12_000],
    ['12’000.50', 'de', 12_000.5],
    ['1\u00a0000\u00a0000', 'de', 1_000_000],
    ['1\u202f000', 'en', 1000],
    ['1\u2009000,5', 'de', 1000.5],
    ['0,500', 'en', 0.5],
    ['4', 'de', 4],
  ] as const)('reads %s (%s) as %s', (text, language, value) => {
    expect(parseLocaleNumber(text, language)).toBe(value);
  });

  it('settles a lone separator before three digits by what the number is about', () => {
    // Amounts never have three decimals, percentages never exceed 100.
    expect(parseDigits('1.000', 'en', 'money')).toEqual({ ok: true, value: 1000, guessed: false });
    expect(parseDigits('500,000', 'de', 'money')).toEqual({ ok: true, value: 500_000, guessed: false });
    expect(parseDigits('99.950', 'de', 'percent')).toEqual({ ok: true, value: 99.95, guessed: false });
    // A duration of "1.500 hours" could be 1.5 or 1,500 hours: not read.
    expect(parseDigits('1.500', 'de', 'duration')).toEqual({ ok: false, reason: 'ambiguous' });
    // Without a hint the language decides, and says it guessed.
    expect(parseDigits('1.500', 'de')).toEqual({ ok: true, value: 1500, guessed: true });
  });

  it('refuses malformed groupings', () => {
    for (const text of ['1.2.3', '12.34.567', '1,00,000', "1'00", '12a', '1.000,000.5'])
      expect(parseLocaleNumber(text, 'de'), text).toBeNull();
  });
});
