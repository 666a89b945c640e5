import { describe, expect, it } from 'vitest';
import type { Change } from '../../../shared/redline';
import { markSilentEdits, silentFirst } from './markSilentEdits';

function change(id: string, clauseId: string, before: string, after: string): Change {
  return {
    id,
    kind: 'wording',
    clauseId,
    clauseNumberA: '1',
    clauseNumberB: '1',
    heading: 'Clause',
    before,
    after,
    effect: 'neutral',
  };
}

describe('markSilentEdits', () => {
  it('flags the redline change that carries an untracked edit, whatever the spaces', () => {
    const redline = {
      changes: [
        change('c1', 'availability', '99.9 %', '99.95 %'),
        change('c2', 'response', '30\u00a0minutes', '15\u00a0minutes'),
        change('c3', 'liability', 'reasonable and ', ''),
      ],
    };
    const silent = [
      change('s1', 'response', '30 minutes', '15  minutes'),
      change('s2', 'liability', 'reasonable and', ''),
    ];
    expect([...markSilentEdits(redline, silent)].sort()).toEqual(['c2', 'c3']);
  });

  it('finds a silent edit merged with a tracked one into a larger change, but never in another clause', () => {
    const redline = {
      changes: [
        change('c1', 'credits', 'within 30 days, capped at 30 %', 'within 60 days, capped at 50 %'),
        change('c2', 'other', 'within 30 days', 'within 60 days'),
      ],
    };
    const silent = [change('s1', 'credits', '30 days', '60 days')];
    expect([...markSilentEdits(redline, silent)]).toEqual(['c1']);
  });

  it('flags nothing when the counterparty tracked everything', () => {
    expect(markSilentEdits({ changes: [change('c1', 'a', 'x', 'y')] }, []).size).toBe(0);
  });
});

describe('silentFirst', () => {
  it('puts flagged changes first and keeps document order within each group', () => {
    const changes = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
    expect(silentFirst(changes, new Set(['c', 'b'])).map((c) => c.id)).toEqual(['b', 'c', 'a', 'd']);
  });
});
