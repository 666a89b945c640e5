import { describe, expect, it } from 'vitest';
import { iterateValues, scanValues } from './scanValues';

/** The values of a text as `[characters, kind, value, unit or currency]`. */
function read(text: string, language: 'de' | 'en' = 'en') {
  return scanValues(text, language).map((m) => [
    text.slice(m.start, m.end),
    m.kind,
    m.value,
    m.unit ?? m.currency,
  ]);
}

describe('percentages', () => {
  it.each([
    ['99,95 %', 'de', 99.95],
    ['99.99%', 'en', 99.99],
    ['99.9 per cent', 'en', 99.9],
    ['99.9 percent', 'en', 99.9],
    ['99,9 Prozent', 'de', 99.9],
    ['99,9\u00a0%', 'de', 99.9],
    ['99,9\u202f%', 'de', 99.9],
    ['5 v. H.', 'de', 5],
    ['ten percent (10 %)', 'en', 10],
    ['fünf Prozent', 'de', 5],
    ['ninety-nine point nine per cent (99.9%)', 'en', 99.9],
  ] as const)('%s', (text, language, value) => {
    expect(read(text, language)).toEqual([[text, 'percent', value, undefined]]);
  });

  it('leaves percentage points alone, and marks shares above 100 % as out of range', () => {
    expect(read('0,5 Prozentpunkte und 2 %-Punkte', 'de')).toEqual([]);
    expect(read('interest of 4 percentage points above base')).toEqual([]);
    expect(scanValues('150 %', 'de')[0]?.problem).toBe('out-of-range');
  });
});

describe('durations', () => {
  it.each([
    ['thirty (30) minutes', 30, 'minutes'],
    ['30 (thirty) minutes', 30, 'minutes'],
    ['1 Std.', 1, 'hours'],
    ['2 Stunden', 2, 'hours'],
    ['4h', 4, 'hours'],
    ['4 h', 4, 'hours'],
    ['15 Min.', 15, 'minutes'],
    ['zwei (2) Werktage', 2, 'business-days'],
    ['5 business days', 5, 'business-days'],
    ['5 working days', 5, 'business-days'],
    ['3 Arbeitstagen', 3, 'business-days'],
    ['4 Business Hours', 4, 'business-hours'],
    ['10 Kalendertage', 10, 'days'],
    ['2 Wochen', 2, 'weeks'],
    ['drei aufeinanderfolgenden Monaten', 3, 'months'],
    ['three consecutive months', 3, 'months'],
    ['2 years', 24, 'months'],
    ['eines Monats', 1, 'months'],
    ['half an hour', 0.5, 'hours'],
    ['eine halbe Stunde', 0.5, 'hours'],
    ['one and a half hours', 1.5, 'hours'],
    ['vierundzwanzig Stunden', 24, 'hours'],
    ['4-hour', 4, 'hours'],
    ['30-minute', 30, 'minutes'],
    ['48-Stunden', 48, 'hours'],
    ['six-month', 6, 'months'],
  ] as const)('%s', (text, value, unit) => {
    const language = /[äöüß]|Std|Stunde|Werktag|Arbeitstag|Kalender|Woche|Monat|eine|vierund/.test(text)
      ? 'de'
      : 'en';
    const sentence = language === 'de' ? `innerhalb von ${text}` : `within ${text}`;
    const found = read(sentence, language);
    expect(found).toEqual([[text, 'duration', value, unit]]);
  });

  it('reads "within an hour" but not the article in "in einem Kalendermonat"', () => {
    expect(read('within an hour')).toEqual([['an hour', 'duration', 1, 'hours']]);
    expect(read('in einem Kalendermonat', 'de')).toEqual([]);
    expect(read('innerhalb einer Stunde', 'de')).toEqual([['einer Stunde', 'duration', 1, 'hours']]);
  });

  it('reads ordinals of days ("by the 10th business day")', () => {
    const [mention] = scanValues('bis zum 10. Werktag des Folgemonats', 'de');
    expect(mention).toMatchObject({ kind: 'duration', value: 10, unit: 'business-days', ordinal: true });
    expect(scanValues('by the 5th working day', 'en')[0]).toMatchObject({ value: 5, ordinal: true });
  });

  it('reads ranges as one value with its lower end, and links two values joined by a dash', () => {
    expect(scanValues('2–4 hours', 'en')[0]).toMatchObject({ value: 4, low: 2, unit: 'hours' });
    expect(scanValues('between 2 and 4 hours', 'en')[0]).toMatchObject({ value: 4, low: 2 });
    expect(scanValues('von 2 bis 4 Stunden', 'de')[0]).toMatchObject({ value: 4, low: 2 });
    const [low, high] = scanValues('99,0 % – 99,5 %', 'de');
    expect(low).toMatchObject({ value: 99, rangeLow: true });
    expect(high).toMatchObject({ value: 99.5, low: 99 });
    const [a, b] = scanValues('≥ 99,0 % und < 99,5 %', 'de');
    expect(a?.rangeLow).toBe(true);
    expect(b?.low).toBe(99);
    // "credits of 5 % and 10 %" are two values, not a range.
    expect(scanValues('credits of 5 % and 10 %', 'en').some((m) => m.rangeLow)).toBe(false);
  });

  it('does not take a priority number for the start of a range', () => {
    expect(read('Priority 1 – 4 hours')).toEqual([
      ['1', 'number', 1, undefined],
      ['4 hours', 'duration', 4, 'hours'],
    ]);
  });

  it('marks what no term can hold or read safely', () => {
    expect(scanValues('200 ms', 'en')[0]?.problem).toBe('unsupported-unit');
    expect(scanValues('60 seconds', 'en')[0]?.problem).toBe('unsupported-unit');
    expect(scanValues('1.500 hours', 'en')[0]?.problem).toBe('ambiguous-number');
    expect(scanValues('thirty (3) minutes', 'en')[0]?.problem).toBe('words-disagree');
  });
});

describe('amounts of money', () => {
  it.each([
    ['EUR 500,000', 'en', 500_000, 'EUR'],
    ['1.000.000 €', 'de', 1_000_000, 'EUR'],
    ['€ 1,5 Mio.', 'de', 1_500_000, 'EUR'],
    ['1,5 Mio. €', 'de', 1_500_000, 'EUR'],
    ["CHF 12'000", 'de', 12_000, 'CHF'],
    ['CHF 12’000.–', 'de', 12_000, 'CHF'],
    ['USD 25k', 'en', 25_000, 'USD'],
    ['$25,000', 'en', 25_000, 'USD'],
    ['£2,150.00', 'en', 2150, 'GBP'],
    ['GBP 3,450', 'en', 3450, 'GBP'],
    ['500,- €', 'de', 500, 'EUR'],
    ['TEUR 250', 'de', 250_000, 'EUR'],
    ['2.5 million euros', 'en', 2_500_000, 'EUR'],
    ['1.850 Euro', 'de', 1850, 'EUR'],
    ['EUR 1.500', 'en', 1500, 'EUR'],
    ['zwölftausendvierhundert Euro', 'de', 12_400, 'EUR'],
  ] as const)('%s', (text, language, value, currency) => {
    expect(read(text, language)).toEqual([[text, 'money', value, currency]]);
  });
});

describe('numbers that are not values', () => {
  it('skips dates, times, clause numbers, norms, phone numbers and names with digits', () => {
    const text =
      '§ 3.2, Ziffer 4.1, ISO 27001:2022, ISO/IEC 20000-1, +49 30 1234567, 31.12.2026, 2026-01-15, 08:00 to 18:00, 24/7, P1, Sev2, S3, v2.1';
    const values = scanValues(text, 'en').filter((m) => m.kind !== 'number');
    expect(values).toEqual([]);
  });

  it('keeps bare numbers as numbers, for tables whose header names the unit', () => {
    expect(read('Page 3 of 12')).toEqual([
      ['3', 'number', 3, undefined],
      ['12', 'number', 12, undefined],
    ]);
  });

  it('reads counts written as adverbs or with "times"', () => {
    expect(read('more than twice, 3 times, dreimal', 'de').map((v) => [v[1], v[2]])).toEqual([
      ['times', 2],
      ['times', 3],
      ['times', 3],
    ]);
  });
});

describe('reading from a position', () => {
  it('starts where it is told, and not inside a number', () => {
    const text = 'P1 within 15 minutes, P2 within 2345 minutes';
    const at = text.indexOf('2345');
    expect([...iterateValues(text, 'en', at)][0]).toMatchObject({ value: 2345 });
    expect([...iterateValues(text, 'en', at + 1)].length).toBe(0);
  });
});
