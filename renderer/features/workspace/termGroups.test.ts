import { describe, expect, it } from 'vitest';
import { availabilityTerm, clause, para, termRef, testDocument } from '../../../shared/redline/testDocument';
import type { Term } from '../../../shared/model';
import { termGroups } from './termGroups';

const duration = (id: string): Term => ({
  id,
  label: id,
  kind: 'duration',
  value: 4,
  unit: 'hours',
  favours: 'lower',
});

describe('termGroups', () => {
  it('lists each term once, under the first clause that shows it, and unused terms last', () => {
    const doc = testDocument(
      [
        clause('a', 'A', [para('x ', termRef('p1'), ' y ', termRef('availability'))]),
        clause('b', 'B', [para('again ', termRef('availability'))]),
        clause('c', 'C', [para('no terms')]),
      ],
      [availabilityTerm(99.9), duration('p1'), duration('orphan')],
    );
    expect(termGroups(doc)).toEqual([
      { clauseId: 'a', termIds: ['p1', 'availability'] },
      { clauseId: null, termIds: ['orphan'] },
    ]);
  });
});
