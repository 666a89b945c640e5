import { describe, expect, it } from 'vitest';
import { generateSla, mutateSla } from '../../../test/bench/generateSla';
import { buildChangeTree } from '../../../shared/redline';
import { treeChangeIds } from '../../../shared/redline/treeWalk';
import { clause, para, testDocument } from '../../../shared/redline/testDocument';
import { estimateRowHeight, redlineRows } from './redlineRows';

describe('redlineRows (the windowed redline)', () => {
  const a = generateSla({ seed: 7, clauses: 60, wordsPerClause: 40, rich: true });
  const b = mutateSla(a, {
    seed: 8,
    wordChangeRate: 0.05,
    moveClauses: 2,
    insertClauses: 2,
    removeClauses: 2,
    structural: true,
    rich: true,
  });
  const tree = buildChangeTree(a, b);

  it('finds the row of every change, so Next Change can scroll to one that is not drawn', () => {
    const { rows, rowOfChange } = redlineRows(tree);
    expect(rows.length).toBe(tree.clauses.length + tree.parts.length + (rows[0]?.type === 'front' ? 1 : 0));
    for (const change of tree.changes) expect(rowOfChange.has(change.id), change.id).toBe(true);
    // Each change's row carries that change: a clause's id is in its own row, not in a neighbour's.
    for (const change of tree.changes.filter((c) => !c.id.startsWith('term:'))) {
      const row = rows[rowOfChange.get(change.id)!]!;
      if (row.type !== 'clause') continue;
      const ids = treeChangeIds({
        ...tree,
        front: {
          ...tree.front,
          titleChangeId: undefined,
          partiesChangeId: undefined,
          title: { ...tree.front.title, spans: [] },
          parties: { ...tree.front.parties, spans: [] },
        },
        clauses: [row.clause],
        parts: [],
        termChangeIds: {},
      });
      expect(ids.has(change.id), change.id).toBe(true);
    }
  });

  it('a change in a clause far down is in a row far down', () => {
    const { rows, rowOfChange } = redlineRows(tree);
    const last = tree.changes.filter((change) => change.location === 'body').at(-1)!;
    expect(rowOfChange.get(last.id)).toBeGreaterThan(rows.length / 2);
  });

  it('puts the title first when it changed, and counts each row’s text', () => {
    const older = testDocument([clause('c1', 'Scope', [para('Support runs on weekdays.')])]);
    const newer = {
      ...testDocument([clause('c1', 'Scope', [para('Support runs on all days.')])]),
      title: 'New title',
    };
    const { rows, chars, rowOfChange } = redlineRows(buildChangeTree(older, newer));
    expect(rows.map((row) => row.type)).toEqual(['front', 'clause']);
    expect(chars[1]).toBeGreaterThanOrEqual('ScopeSupport runs on weekdays.'.length);
    expect([...rowOfChange.values()].sort()).toEqual([0, 1]);
  });

  it('estimates longer rows taller, and side by side (half the width) taller still', () => {
    expect(estimateRowHeight(2_000, 'inline')).toBeGreaterThan(estimateRowHeight(200, 'inline'));
    expect(estimateRowHeight(2_000, 'side-by-side')).toBeGreaterThan(estimateRowHeight(2_000, 'inline'));
  });
});
