import { describe, expect, it } from 'vitest';
import { agreementTermsFrom, priorityNameFromLabel } from './agreementTerms';
import { customerPaperDocument, templateDocument, templateTerms } from './testing/agreements';

describe('agreement terms', () => {
  it('reads everything measurement needs from our German Business template', () => {
    const terms = templateTerms('business', 'de');
    expect(terms).toMatchObject({
      language: 'de',
      availability: 99.9,
      serviceHours: { text: 'Montag bis Freitag, 07:00 bis 20:00 Uhr', known: true },
      timesWithinServiceHours: true,
      creditBands: [
        { below: 99.9, credit: 5 },
        { below: 99.5, credit: 10 },
        { below: 99, credit: 20 },
      ],
      creditCap: 20,
      monthlyFee: { amount: 4_200, currency: 'EUR' },
      bonus: { threshold: 99.98, percent: 2, requiresTopResolution: true },
      chronicFailure: { months: 3, window: { value: 12, unit: 'months' }, includesTopResolution: true },
      maintenance: { allowanceMinutes: 360, windowText: 'sonntags von 00:00 bis 06:00 Uhr' },
      measurementIntervalMinutes: 1,
      reviewInterval: { value: 12, unit: 'months' },
      missing: [],
    });
    expect(terms.priorities).toEqual([
      {
        level: 1,
        name: 'P1 – Kritisch',
        aliases: ['P1'],
        response: { value: 1, unit: 'hours' },
        resolution: { value: 8, unit: 'hours' },
      },
      {
        level: 2,
        name: 'P2 – Hoch',
        aliases: ['P2'],
        response: { value: 4, unit: 'hours' },
        resolution: { value: 2, unit: 'business-days' },
      },
      {
        level: 3,
        name: 'P3 – Mittel',
        aliases: ['P3'],
        response: { value: 8, unit: 'hours' },
        resolution: { value: 5, unit: 'business-days' },
      },
    ]);
  });

  it('runs the Premium clock around the clock, with four priorities', () => {
    const terms = templateTerms('premium', 'en');
    expect(terms.serviceHours.schedule).toEqual({ always: true });
    expect(terms.timesWithinServiceHours).toBe(false);
    expect(terms.priorities.map((p) => p.name)).toEqual([
      'P1 – Critical',
      'P2 – High',
      'P3 – Medium',
      'P4 – Low',
    ]);
  });

  it('takes customer paper’s own priority names from its service-levels table and labels', () => {
    const terms = agreementTermsFrom(customerPaperDocument());
    expect(terms.priorities.map((p) => [p.level, p.name, p.aliases])).toEqual([
      [1, 'Klasse A (kritisch)', ['Klasse A']],
      [2, 'Klasse B (hoch)', ['Klasse B']],
      [3, 'Klasse C (normal)', ['Klasse C']],
    ]);
    expect(terms.serviceHours.schedule).toMatchObject({ always: false });
    expect(terms.maintenance.window).toEqual({ always: false, windows: [{ day: 5, from: 540, to: 780 }] });
    expect(terms.creditCap).toBe(5);
  });

  it('says what it could not find instead of measuring against zero', () => {
    const doc = templateDocument('basic', 'en');
    const bare = {
      ...doc,
      terms: doc.terms.filter((t) => !['availability', 'monthly_fee', 'service_hours'].includes(t.id)),
      clauses: [],
    };
    const terms = agreementTermsFrom(bare);
    expect(terms.availability).toBeNull();
    expect(terms.missing).toEqual(['availability', 'service-hours', 'monthly-fee']);
    expect(terms.serviceHours.schedule).toEqual({ always: true });
  });

  it('reads a priority name out of a term label', () => {
    expect(priorityNameFromLabel('P1 response time')).toBe('P1');
    expect(priorityNameFromLabel('Reaktionszeit P2')).toBe('P2');
    expect(priorityNameFromLabel('Severity 1 – time to restore')).toBe('Severity 1');
    expect(priorityNameFromLabel('Wiederherstellungszeit Klasse A')).toBe('Klasse A');
  });
});
