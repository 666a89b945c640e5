import { describe, expect, it } from 'vitest';
import type { Term } from '../../../shared/model';
import { clause, para, termRef, testDocument } from '../../../shared/redline/testDocument';
import { setTermUnit } from './termEdits';

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
    expect(setTermUnit(doc, 'nope', { unit: 'days' })).toMatchObject({
      ok: false,
      problem: { code: 'invalid' },
    });
  });
});
