import { describe, expect, it } from 'vitest';
import { generateSla, mutateSla } from '../../../test/bench/generateSla';
import { viewDocument } from '../../../shared/model/views';
import { applyDecisions, buildChangeTree, changeListJson, redlineDocument } from '../../../shared/redline';
import { treeChangeIds } from '../../../shared/redline/treeWalk';
import { silentEditIds } from '../word/silentEditIds';
import { changeRows } from './changeRows';

/** Their file: what they claim we sent differs from our round silently, their tracked changes lead on. */
const pairs = [11, 12, 13, 14].map((seed) => {
  const ours = generateSla({ seed, clauses: 10, wordsPerClause: 40, rich: seed % 2 === 0 });
  const claimed = mutateSla(ours, { seed: seed * 3, wordChangeRate: 0.03 });
  const proposed = mutateSla(claimed, {
    seed: seed * 5,
    wordChangeRate: 0.08,
    moveClauses: 1,
    insertClauses: 1,
    removeClauses: 1,
    structural: true,
    rich: seed % 2 === 0,
  });
  const theirs = redlineDocument(buildChangeTree(claimed, proposed), { author: 'Kunde AG' });
  return { seed, ours, theirs };
});

describe('one output: the CLI JSON, the compare screen and applyDecisions read the same changes', () => {
  it.each(pairs)('same ids with the same tracked flags (seed $seed)', ({ ours, theirs }) => {
    const tree = buildChangeTree(ours, theirs, { originsJudged: true });
    const json = changeListJson(tree);
    const silent = silentEditIds(tree);
    const rows = changeRows(tree, null, silent);
    expect(json.length).toBeGreaterThan(3);
    expect(json.some((change) => !change.tracked)).toBe(true);
    expect(json.some((change) => change.tracked)).toBe(true);
    // The screen lists every change once (silent first), flagged exactly where the CLI says untracked.
    expect(rows.map((row) => row.id).sort()).toEqual(json.map((row) => row.id).sort());
    expect(new Map(rows.map((row) => [row.id, !silent.has(row.id)]))).toEqual(
      new Map(json.map((row) => [row.id, row.tracked])),
    );
    // applyDecisions decides by exactly those ids: the tree carries no other, and each takes effect.
    expect([...treeChangeIds(tree)].sort()).toEqual(json.map((row) => row.id).sort());
    const acceptedAll = applyDecisions(
      tree,
      Object.fromEntries(json.map((row) => [row.id, 'accept'] as const)),
    );
    expect(buildChangeTree(viewDocument(theirs, 'accepted'), acceptedAll).changes).toEqual([]);
    expect(buildChangeTree(ours, applyDecisions(tree, {})).changes).toEqual([]);
  });
});
