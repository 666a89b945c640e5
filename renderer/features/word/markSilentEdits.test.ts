import { describe, expect, it } from 'vitest';
import { silentFirst } from './markSilentEdits';

describe('silentFirst', () => {
  it('puts flagged changes first and keeps document order within each group', () => {
    const changes = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
    expect(silentFirst(changes, new Set(['c', 'b'])).map((c) => c.id)).toEqual(['b', 'c', 'a', 'd']);
  });
});
