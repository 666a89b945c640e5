import { describe, expect, it } from 'vitest';
import type { Round, Side, SlaDocument, Term } from '../../../shared/model';
import { negotiationTerms, termSeries } from './termSeries';

function round(number: number, side: Side, terms: Term[]): Round {
  const document: SlaDocument = {
    version: 2,
    title: 'SLA',
    language: 'en',
    parties: { provider: '', customer: '' },
    clauses: [],
    terms,
  };
  return { id: `r${number}`, number, side, document } as Round;
}

const availability = (value: number): Term => ({
  id: 'availability',
  label: 'Availability',
  favours: 'higher',
  kind: 'percent',
  value,
});
const response = (value: number, unit: 'hours' | 'minutes'): Term => ({
  id: 'p1_response',
  label: 'P1 response',
  favours: 'lower',
  kind: 'duration',
  value,
  unit,
});

describe('termSeries', () => {
  it('gives each round’s value to the side that wrote the round', () => {
    const rounds = [
      round(1, 'us', [availability(99.5)]),
      round(2, 'them', [availability(99.9)]),
      round(3, 'us', [availability(99.7)]),
    ];
    expect(termSeries(rounds, 'availability')?.points).toEqual([
      { round: 1, us: 99.5, them: null },
      { round: 2, us: null, them: 99.9 },
      { round: 3, us: 99.7, them: null },
    ]);
  });

  it('shows durations written in different units in one unit', () => {
    const rounds = [
      round(1, 'us', [response(4, 'hours')]),
      round(2, 'them', [response(90, 'minutes')]),
      round(3, 'us', [response(2, 'hours')]),
    ];
    const series = termSeries(rounds, 'p1_response');
    expect(series?.unit).toBe('hours');
    expect(series?.points.map((p) => p.us ?? p.them)).toEqual([4, 1.5, 2]);
  });

  it('leaves a gap where a round dropped the term, and lists only numeric terms', () => {
    const text: Term = { id: 'region', label: 'Region', favours: 'neither', kind: 'text', value: 'EU' };
    const rounds = [round(1, 'us', [availability(99.5), text]), round(2, 'them', [text])];
    expect(termSeries(rounds, 'availability')?.points[1]).toEqual({ round: 2, us: null, them: null });
    expect(negotiationTerms(rounds)).toEqual([{ id: 'availability', label: 'Availability' }]);
    expect(termSeries(rounds, 'region')).toBeNull();
  });
});
