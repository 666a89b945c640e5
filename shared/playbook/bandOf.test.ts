import { describe, expect, it } from 'vitest';
import type { Term } from '../model/term';
import { bandOf, entryInconsistency, worstBand, type Band } from './bandOf';
import type { PlaybookEntry, PlaybookValue } from './playbook';

const availability = (value: number): Term => ({
  id: 'availability',
  label: 'Availability',
  kind: 'percent',
  favours: 'higher',
  value,
});
const response = (value: number, unit: 'minutes' | 'hours' | 'business-hours' = 'minutes'): Term => ({
  id: 'p1_response',
  label: 'P1 response',
  kind: 'duration',
  favours: 'lower',
  value,
  unit,
});
const entry = (
  termId: string,
  target: PlaybookValue,
  fallback: PlaybookValue,
  walkAway: PlaybookValue,
): PlaybookEntry => ({
  termId,
  target,
  fallback,
  walkAway,
  owner: 'technology',
  note: '',
});

const bandOfValue = (term: Term, playbookEntry: PlaybookEntry): Band | null =>
  bandOf(term, playbookEntry).band;

describe('bandOf, a term the customer wants higher (availability)', () => {
  const limits = entry('availability', 99.5, 99.9, 99.95);
  it.each([
    [99, 'target'],
    [99.5, 'target'],
    [99.5001, 'fallback'],
    [99.9, 'fallback'],
    [99.9001, 'limit'],
    [99.95, 'limit'],
    [99.9501, 'beyond'],
    [100, 'beyond'],
  ] as const)('%f %% is %s', (value, band) => {
    expect(bandOfValue(availability(value), limits)).toBe(band);
  });

  it('compares decimals exactly: 99.95 and 99.9500 are the same limit', () => {
    expect(bandOfValue(availability(99.95), entry('availability', 99.5, 99.9, Number('99.9500')))).toBe(
      'limit',
    );
    // 99.9 + 0.05 is 99.95000000000002 in floating point; the limit is not moved by it.
    expect(bandOfValue(availability(Number('99.95')), entry('availability', 99.5, 99.9, 99.9 + 0.05))).toBe(
      'limit',
    );
  });
});

describe('bandOf, a term the customer wants lower (response time)', () => {
  const limits = entry(
    'p1_response',
    { value: 60, unit: 'minutes' },
    { value: 30, unit: 'minutes' },
    { value: 15, unit: 'minutes' },
  );
  it.each([
    [120, 'target'],
    [60, 'target'],
    [59, 'fallback'],
    [30, 'fallback'],
    [29, 'limit'],
    [15, 'limit'],
    [14, 'beyond'],
    [0, 'beyond'],
  ] as const)('%d minutes is %s', (minutes, band) => {
    expect(bandOfValue(response(minutes), limits)).toBe(band);
  });

  it('converts between calendar units: 1 hour is the 60-minute target', () => {
    expect(bandOfValue(response(1, 'hours'), limits)).toBe('target');
    expect(bandOfValue(response(0.25, 'hours'), limits)).toBe('limit');
  });

  it('does not compare business hours with calendar minutes', () => {
    expect(bandOf(response(4, 'business-hours'), limits)).toEqual({ band: null, reason: 'incomparable' });
  });
});

describe('bandOf without a rating', () => {
  it('says why: no entry, a term without direction, a different currency', () => {
    expect(bandOf(availability(99.9), undefined)).toEqual({ band: null, reason: 'no-entry' });
    const review: Term = {
      id: 'review_interval',
      label: 'Review',
      kind: 'duration',
      favours: 'neither',
      value: 12,
      unit: 'months',
    };
    expect(
      bandOf(
        review,
        entry(
          'review_interval',
          { value: 12, unit: 'months' },
          { value: 12, unit: 'months' },
          { value: 12, unit: 'months' },
        ),
      ),
    ).toEqual({
      band: null,
      reason: 'not-negotiable',
    });
    const cap: Term = {
      id: 'liability_cap',
      label: 'Cap',
      kind: 'money',
      favours: 'higher',
      value: 500_000,
      currency: 'CHF',
    };
    const eur = (amount: number) => ({ amount, currency: 'EUR' as const });
    expect(bandOf(cap, entry('liability_cap', eur(250_000), eur(500_000), eur(1_000_000))).band).toBeNull();
    expect(
      bandOf({ ...cap, currency: 'EUR' }, entry('liability_cap', eur(250_000), eur(500_000), eur(1_000_000)))
        .band,
    ).toBe('fallback');
  });

  it('rates incentives like any other term: a lower bonus threshold is better for us', () => {
    const threshold: Term = {
      id: 'bonus_threshold',
      label: 'Bonus threshold',
      kind: 'percent',
      favours: 'higher',
      value: 99.95,
    };
    expect(bandOfValue(threshold, entry('bonus_threshold', 99.9, 99.95, 99.99))).toBe('fallback');
    const earnBack: Term = {
      id: 'earn_back_months',
      label: 'Earn back',
      kind: 'count',
      favours: 'higher',
      value: 6,
    };
    expect(bandOfValue(earnBack, entry('earn_back_months', 3, 4, 6))).toBe('limit');
  });
});

describe('entryInconsistency', () => {
  it('accepts limits that run from target to walk-away in the direction that costs us', () => {
    expect(entryInconsistency(entry('availability', 99.5, 99.9, 99.95), 'higher')).toBeNull();
    expect(entryInconsistency(entry('availability', 99.5, 99.5, 99.5), 'higher')).toBeNull();
    expect(
      entryInconsistency(
        entry(
          'p1_response',
          { value: 1, unit: 'hours' },
          { value: 30, unit: 'minutes' },
          { value: 15, unit: 'minutes' },
        ),
        'lower',
      ),
    ).toBeNull();
  });

  it('refuses a walk-away better for us than the target, in both directions', () => {
    expect(entryInconsistency(entry('availability', 99.9, 99.7, 99.5), 'higher')).toBe(
      'walk-away-better-than-target',
    );
    expect(
      entryInconsistency(
        entry(
          'p1_response',
          { value: 15, unit: 'minutes' },
          { value: 30, unit: 'minutes' },
          { value: 60, unit: 'minutes' },
        ),
        'lower',
      ),
    ).toBe('walk-away-better-than-target');
  });

  it('refuses a fallback outside the range', () => {
    expect(entryInconsistency(entry('availability', 99.5, 99.99, 99.95), 'higher')).toBe(
      'fallback-outside-range',
    );
    expect(entryInconsistency(entry('availability', 99.5, 99.4, 99.95), 'higher')).toBe(
      'fallback-outside-range',
    );
  });

  it('refuses mixed units and terms without direction', () => {
    expect(
      entryInconsistency(
        entry(
          'p1_response',
          { value: 1, unit: 'business-days' },
          { value: 4, unit: 'hours' },
          { value: 1, unit: 'hours' },
        ),
        'lower',
      ),
    ).toBe('mixed-shapes');
    expect(entryInconsistency(entry('x', 1, 1, 1), 'neither')).toBe('not-negotiable');
  });
});

it('worstBand picks the least comfortable band', () => {
  expect(worstBand(['target', 'limit', null, 'fallback'])).toBe('limit');
  expect(worstBand(['beyond', 'target'])).toBe('beyond');
  expect(worstBand([null])).toBeNull();
});
