import { describe, expect, it } from 'vitest';
import { clauseNumbers, numberClauses } from './numbering';

const levels = (...values: (1 | 2)[]) => values.map((level) => ({ level }));

describe('numberClauses', () => {
  it('numbers top-level clauses and their sub-clauses', () => {
    expect(numberClauses(levels(1, 1, 2, 1))).toEqual(['1', '2', '2.1', '3']);
    expect(numberClauses(levels(1, 2, 2, 1, 2))).toEqual(['1', '1.1', '1.2', '2', '2.1']);
  });

  it('restarts sub-numbering under each top-level clause', () => {
    expect(numberClauses(levels(1, 2, 1, 2))).toEqual(['1', '1.1', '2', '2.1']);
  });

  it('numbers a leading level-2 clause as a top-level clause', () => {
    expect(numberClauses(levels(2, 2, 1))).toEqual(['1', '1.1', '2']);
  });

  it('returns nothing for an empty document', () => {
    expect(numberClauses([])).toEqual([]);
  });
});

describe('clauseNumbers', () => {
  it('shows a received clause number as written and never counts a preamble', () => {
    const clauses = [
      { level: 1 as const, numbered: false },
      { level: 1 as const, label: { text: '§ 1', auto: false } },
      { level: 1 as const },
      { level: 2 as const },
    ];
    expect(numberClauses(clauses)).toEqual(['', '1', '2', '2.1']);
    expect(clauseNumbers(clauses)).toEqual(['', '§ 1', '2', '2.1']);
  });
});
