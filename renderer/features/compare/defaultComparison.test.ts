import { describe, expect, it } from 'vitest';
import type { Round, Side } from '../../../shared/model';
import { defaultComparison, DRAFT_SOURCE, resolveComparison } from './defaultComparison';

function round(number: number, side: Side): Round {
  return { id: `r${number}`, number, side } as Round;
}

describe('defaultComparison', () => {
  it('compares our last sent round with their last received one, older first', () => {
    const rounds = [round(1, 'us'), round(2, 'them'), round(3, 'us'), round(4, 'them')];
    expect(defaultComparison(rounds)).toEqual({ a: 'r3', b: 'r4' });
    // After we answered, their last round is the older one.
    expect(defaultComparison([...rounds, round(5, 'us')])).toEqual({ a: 'r4', b: 'r5' });
  });

  it('falls back to the last two rounds, then to the last round against the draft', () => {
    expect(defaultComparison([round(1, 'us'), round(2, 'us')])).toEqual({ a: 'r1', b: 'r2' });
    expect(defaultComparison([round(1, 'us')])).toEqual({ a: 'r1', b: DRAFT_SOURCE });
    expect(defaultComparison([])).toBeNull();
  });
});

describe('resolveComparison', () => {
  const rounds = [round(1, 'us'), round(2, 'them'), round(3, 'us')];
  it('keeps what the URL asks for, including the same round twice and the draft', () => {
    expect(resolveComparison(rounds, { a: 'r1', b: 'r1' })).toEqual({ a: 'r1', b: 'r1' });
    expect(resolveComparison(rounds, { a: 'r3', b: DRAFT_SOURCE })).toEqual({ a: 'r3', b: DRAFT_SOURCE });
  });

  it('replaces an unknown round by the default', () => {
    expect(resolveComparison(rounds, { a: 'gone', b: 'r3' })).toEqual({ a: 'r2', b: 'r3' });
    expect(resolveComparison(rounds, {})).toEqual({ a: 'r2', b: 'r3' });
  });
});
