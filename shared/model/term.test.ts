import { describe, expect, it } from 'vitest';
import {
  describeTermProblem,
  Term,
  TermId,
  validateTermValue,
  type TermOfKind,
  type TermProblem,
} from './term';

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

  it.each<[string, Term, unknown, TermProblem]>([
    ['140 %', percent, 140, { code: 'over-100' }],
    ['a negative percentage', percent, -0.1, { code: 'negative' }],
    ['text in a percent', percent, 'abc', { code: 'not-number' }],
    ['a numeric string in a percent', percent, '99.9', { code: 'not-number' }],
    ['NaN', percent, Number.NaN, { code: 'not-number' }],
    ['Infinity', duration, Number.POSITIVE_INFINITY, { code: 'not-number' }],
    ['five decimals', percent, 99.99999, { code: 'too-many-decimals', max: 4 }],
    ['a negative duration', duration, -4, { code: 'negative' }],
    ['an absurd duration', duration, 100_001, { code: 'too-large', max: 100_000 }],
    ['cents below a cent', money, 9.999, { code: 'too-many-decimals', max: 2 }],
    ['a negative amount', money, -1, { code: 'negative' }],
    ['half a report', count, 1.5, { code: 'whole-number' }],
    ['a value outside the options', choice, 'weekends', { code: 'not-an-option' }],
    ['an empty choice', choice, '', { code: 'required' }],
  ])('refuses %s with a code the UI translates', (_case, term, value, problem) => {
    const result = validateTermValue(term, value);
    expect(result).toMatchObject({ ok: false, problem });
    // The English wording is for logs only, never matched by the UI.
    expect(!result.ok && result.message).toBe(describeTermProblem(problem));
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
