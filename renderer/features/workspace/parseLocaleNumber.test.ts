import { describe, expect, it } from 'vitest';
import { formatFieldNumber, parseLocaleNumber } from './parseLocaleNumber';

describe('parseLocaleNumber', () => {
  it('reads the decimal comma in German and the decimal point in English', () => {
    expect(parseLocaleNumber('99,95', 'de')).toBe(99.95);
    expect(parseLocaleNumber('99.95', 'en')).toBe(99.95);
  });

  it('also accepts the other separator when it appears once and is not grouping', () => {
    expect(parseLocaleNumber('99.5', 'de', { grouping: false })).toBe(99.5);
    expect(parseLocaleNumber('99,5', 'en')).toBe(99.5);
    expect(parseLocaleNumber('99.995', 'de', { grouping: false })).toBe(99.995);
  });

  it('reads thousands grouping where the field allows it', () => {
    expect(parseLocaleNumber('1.000.000', 'de')).toBe(1_000_000);
    expect(parseLocaleNumber('1.250,50', 'de')).toBe(1250.5);
    expect(parseLocaleNumber('1,250.50', 'en')).toBe(1250.5);
  });

  it('ignores spaces and a trailing percent sign, keeps the sign for the validator to judge', () => {
    expect(parseLocaleNumber(' 99,9 % ', 'de')).toBe(99.9);
    expect(parseLocaleNumber('-4', 'en')).toBe(-4);
    expect(parseLocaleNumber('\u22124', 'de')).toBe(-4);
  });

  it('refuses text and malformed numbers instead of guessing', () => {
    for (const input of ['abc', '', '9 9a', '1,2,3', '99,9.5', '1e3', '--1', '%'])
      expect(parseLocaleNumber(input, 'de'), input).toBeNull();
  });
});

describe('formatFieldNumber', () => {
  it('writes the value with the UI language separator and no grouping', () => {
    expect(formatFieldNumber(99.95, 'de')).toBe('99,95');
    expect(formatFieldNumber(99.95, 'en')).toBe('99.95');
    expect(formatFieldNumber(25000, 'de')).toBe('25000');
  });
});
