// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { dataWasDiscarded, readKnownData, recordKnownData } from './knownData';

describe('knownData', () => {
  beforeEach(() => localStorage.clear());

  it('remembers how many deals the app last saw', () => {
    recordKnownData(3, new Date('2026-12-01T10:00:00Z'));
    expect(readKnownData()).toEqual({ deals: 3, at: '2026-12-01T10:00:00.000Z' });
  });

  it('calls an empty database a loss only when deals were there before', () => {
    expect(dataWasDiscarded(null, 0)).toBe(false);
    expect(dataWasDiscarded({ deals: 0, at: 'x' }, 0)).toBe(false);
    expect(dataWasDiscarded({ deals: 2, at: 'x' }, 1)).toBe(false);
    expect(dataWasDiscarded({ deals: 2, at: 'x' }, 0)).toBe(true);
  });

  it('ignores a note it cannot read', () => {
    localStorage.setItem('sla-workbench:known-data', '{not json');
    expect(readKnownData()).toBeNull();
  });
});
