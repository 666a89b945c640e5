import { describe, expect, it } from 'vitest';
import type { Term } from '../../../shared/model';
import { clause, para, termRef, testDocument } from '../../../shared/redline/testDocument';
import { setTermUnit, termErrorOf } from './termEdits';
import { validateTermValue } from '../../../shared/model';

const response: Term = {
  id: 'p1_response',
  label: 'P1',
  kind: 'duration',
  value: 4,
  unit: 'hours',
  favours: 'lower',
};
const doc = testDocument([clause('a', 'A', [para('within ', termRef('p1_response'))])], [response]);

describe('setTermUnit', () => {
  it('changes a duration unit and keeps the number', () => {
    const result = setTermUnit(doc, 'p1_response', { unit: 'business-hours' });
    expect(result.ok && result.document.terms[0]).toMatchObject({ value: 4, unit: 'business-hours' });
    expect(doc.terms[0]).toMatchObject({ unit: 'hours' });
  });

  it('refuses an unknown term', () => {
    expect(setTermUnit(doc, 'nope', { unit: 'days' }).ok).toBe(false);
  });
});

describe('termErrorOf', () => {
  const messageFor = (term: Term, value: unknown) => {
    const result = validateTermValue(term, value);
    return result.ok ? null : result.message;
  };
  const percent: Term = { id: 'availability', label: 'A', kind: 'percent', value: 99.9, favours: 'higher' };

  it('maps every refusal the issue names to a translatable key', () => {
    expect(termErrorOf(messageFor(percent, 140)!).key).toBe('over100');
    expect(termErrorOf(messageFor(percent, -1)!).key).toBe('negative');
    expect(termErrorOf(messageFor(response, -4)!).key).toBe('negative');
    expect(termErrorOf(messageFor(percent, Number.NaN)!).key).toBe('notNumber');
    expect(termErrorOf(messageFor(percent, 99.12345)!)).toMatchObject({ key: 'tooManyDecimals', max: 4 });
  });
});
