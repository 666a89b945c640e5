import { describe, expect, it } from 'vitest';
import { Term, TermId, validateTermValue, type TermOfKind } from './term';

const percent: TermOfKind<'percent'> = {
  id: 'availability',
  label: 'Availability',
  favours: 'higher',
  kind: 'percent',
  value: 99.9,
};
const duration: TermOfKind<'duration'> = {
  id: 'p1_response',
  label: 'P1 response',
  favours: 'lower',
  kind: 'duration',
  value: 4,
  unit: 'hours',
};
const money: TermOfKind<'money'> = {
  id: 'credit_cap',
  label: 'Credit cap',
  favours: 'higher',
  kind: 'money',
  value: 1000,
  currency: 'EUR',
};
const count: TermOfKind<'count'> = {
  id: 'reports_per_year',
  label: 'Reports',
  favours: 'higher',
  kind: 'count',
  value: 4,
};
const choice: TermOfKind<'choice'> = {
  id: 'service_hours',
  label: 'Service hours',
  favours: 'neither',
  kind: 'choice',
  value: '24/7',
  options: ['24/7', 'Mon–Fri 8–18'],
};

describe('validateTermValue', () => {
  it('accepts in-range values and returns the updated term', () => {
    expect(validateTermValue(percent, 99.95)).toEqual({ ok: true, term: { ...percent, value: 99.95 } });
    expect(validateTermValue(percent, 100)).toMatchObject({ ok: true });
    expect(validateTermValue(percent, 0)).toMatchObject({ ok: true });
    expect(validateTermValue(duration, 0.5)).toMatchObject({ ok: true });
    expect(validateTermValue(money, 1234.5)).toMatchObject({ ok: true });
    expect(validateTermValue(choice, 'Mon–Fri 8–18')).toMatchObject({ ok: true });
  });

  it.each<[string, Term, unknown, string]>([
    ['140 %', percent, 140, 'a percentage cannot exceed 100'],
    ['a negative percentage', percent, -0.1, 'a percentage cannot be negative'],
    ['text in a percent', percent, 'abc', 'must be a number'],
    ['a numeric string in a percent', percent, '99.9', 'must be a number'],
    ['NaN', percent, Number.NaN, 'must be a number'],
    ['Infinity', duration, Number.POSITIVE_INFINITY, 'must be a number'],
    ['five decimals', percent, 99.99999, 'at most 4 decimal places'],
    ['a negative duration', duration, -4, 'a duration cannot be negative'],
    ['an absurd duration', duration, 100_001, 'duration is too long'],
    ['cents below a cent', money, 9.999, 'at most 2 decimal places'],
    ['a negative amount', money, -1, 'an amount cannot be negative'],
    ['half a report', count, 1.5, 'must be a whole number'],
    ['a value outside the options', choice, 'weekends', 'value must be one of the options'],
  ])('refuses %s with a readable message', (_case, term, value, message) => {
    expect(validateTermValue(term, value)).toEqual({ ok: false, message });
  });

  it('does not let a value change the term kind or unit', () => {
    const result = validateTermValue(duration, 8);
    expect(result.ok && result.term).toMatchObject({ kind: 'duration', unit: 'hours', value: 8 });
  });
});

describe('TermId', () => {
  it('accepts lower_snake_case ids and refuses others', () => {
    expect(TermId.safeParse('p1_response').success).toBe(true);
    for (const bad of ['P1', '1st', 'with-dash', '', 'a'.repeat(65)])
      expect(TermId.safeParse(bad).success, bad).toBe(false);
  });
});
