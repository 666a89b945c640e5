// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildChangeTree } from '../../../shared/redline';
import { generateSla, mutateSla } from '../../../test/bench/generateSla';
import { clause, del, ins, para, testDocument, text } from '../../../shared/redline/testDocument';
import { findRows, foldedRowTexts, rangesOf } from './findInRedline';
import { redlineRows } from './redlineRows';

describe('the compare screens’ own find', () => {
  it('finds words in every row of a long redline, drawn or not, without regard to case or spacing', () => {
    const a = generateSla({ seed: 11, clauses: 120, wordsPerClause: 40 });
    const b = mutateSla(a, { seed: 12, wordChangeRate: 0.05 });
    const last = b.clauses.at(-1)!;
    last.heading = 'Escalation Matrix';
    const tree = buildChangeTree(a, b);
    const { rows } = redlineRows(tree);
    const folded = foldedRowTexts(tree, rows, 'en');
    const hits = findRows(folded, 'escalation   MATRIX', 'en');
    // The last clause is far beyond any window a screen draws.
    expect(hits).toEqual([
      rows.findIndex((row) => row.type === 'clause' && row.clause.b?.clause.id === last.id),
    ]);
    expect(hits[0]).toBeGreaterThan(100);
    expect(findRows(folded, '   ', 'en')).toEqual([]);
    expect(findRows(folded, 'no such words anywhere', 'en')).toEqual([]);
  });

  it('finds both sides’ words: what they deleted and what they inserted', () => {
    const a = testDocument([clause('scope', 'Scope', [para(text('Response within four hours.'))])]);
    const b = testDocument([
      clause('scope', 'Scope', [para(text('Response within '), del('four'), ins('eight'), text(' hours.'))]),
    ]);
    const tree = buildChangeTree(a, b);
    const folded = foldedRowTexts(tree, redlineRows(tree).rows, 'en');
    expect(findRows(folded, 'four', 'en')).toHaveLength(1);
    expect(findRows(folded, 'EIGHT hours', 'en')).toHaveLength(1);
  });

  it('marks a match that runs across elements (half deleted, half inserted) as one range', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p>Avail<del>abil</del><ins>ability</ins> of 99.9 %; availability</p>';
    const ranges = rangesOf(root, 'AVAILabil', 'en');
    expect(ranges.map((range) => range.toString())).toEqual(['Availabil', 'availabil']);
  });
});
