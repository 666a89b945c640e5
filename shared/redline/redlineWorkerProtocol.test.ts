import { describe, expect, it } from 'vitest';
import { generateSla, mutateSla } from '../../test/bench/generateSla';
import type { SlaDocument } from '../model/document';
import {
  handleRedlineRequest,
  isRedlineError,
  isRedlineResult,
  treeOfResult,
  type RedlineResponse,
} from './redlineWorkerProtocol';
import { buildChangeTree } from './buildChangeTree';

describe('handleRedlineRequest', () => {
  it('posts progress, then the redline for the same id, and survives structured cloning', () => {
    const a = generateSla({ seed: 3, clauses: 60, wordsPerClause: 30 });
    const b = mutateSla(a, { seed: 4, wordChangeRate: 0.05, moveClauses: 2 });
    const posted: RedlineResponse[] = [];
    handleRedlineRequest(structuredClone({ id: 'r1', a, b }), (response) =>
      posted.push(structuredClone(response)),
    );
    const progress = posted.filter((r) => 'progress' in r).map((r) => ('progress' in r ? r.progress : 0));
    expect(progress.length).toBeGreaterThan(3);
    expect(progress).toEqual([...progress].sort((x, y) => x - y));
    const last = posted.at(-1)!;
    expect(last.id).toBe('r1');
    expect(isRedlineResult(last) && last.tree.counts['clause-moved']).toBeGreaterThan(0);
  });

  it('answers a broken request with an error instead of throwing', () => {
    const posted: RedlineResponse[] = [];
    handleRedlineRequest({ id: 'bad', a: {} as SlaDocument, b: {} as SlaDocument }, (r) => posted.push(r));
    expect(posted).toHaveLength(1);
    expect(isRedlineError(posted[0]!) && posted[0].id).toBe('bad');
  });

  it('leaves out the documents the request sent, and the tree made whole is the tree of the pair', () => {
    const a = generateSla({ seed: 5, clauses: 20, wordsPerClause: 30 });
    const b = mutateSla(a, { seed: 6, wordChangeRate: 0.05 });
    const request = { id: 'r2', a, b };
    const posted: RedlineResponse[] = [];
    handleRedlineRequest(request, (response) => posted.push(structuredClone(response)));
    const last = posted.at(-1)!;
    if (!isRedlineResult(last)) throw new Error('no result');
    expect(last.a).toBeUndefined();
    expect(last.b).toBeUndefined();
    expect('a' in last.tree || 'b' in last.tree).toBe(false);
    expect(treeOfResult(last, request)).toEqual(buildChangeTree(a, b));
  });
});
