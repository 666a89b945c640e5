import { describe, expect, it } from 'vitest';
import { exportCleanDocx } from '../docx/exportDocx';
import { readAgreementDocx } from './agreementFromDocx';
import { customerDocx, ENGLISH_PAPER, GERMAN_PAPER } from '../terms/testing/customerDocx';
import { templateDocument, withValues } from './testing/agreements';

describe('reading a signed agreement from its Word file', () => {
  it('measures our own agreement by the values the file shows, even where they were changed', async () => {
    const doc = withValues(templateDocument('business', 'de'), {
      availability: 99.7,
      p1_response: 2,
      credit_cap: 15,
    });
    const bytes = await exportCleanDocx(doc, { dealName: 'Müller', roundLabel: 'Runde 3' });
    const read = await readAgreementDocx(bytes);
    expect(read.source).toBe('template');
    expect(read.terms.availability).toBe(99.7);
    expect(read.terms.priorities.map((p) => [p.name, p.response])).toEqual([
      ['P1 – Kritisch', { value: 2, unit: 'hours' }],
      ['P2 – Hoch', { value: 4, unit: 'hours' }],
      ['P3 – Mittel', { value: 8, unit: 'hours' }],
    ]);
    expect(read.terms.creditCap).toBe(15);
    expect(read.terms.monthlyFee).toEqual({ amount: 4_200, currency: 'EUR' });
    expect(read.terms.serviceHours.text).toBe('Montag bis Freitag, 07:00 bis 20:00 Uhr');
  });

  it('finds all four priorities of a Premium agreement in English', async () => {
    const bytes = await exportCleanDocx(templateDocument('premium', 'en'), {
      dealName: 'Kessler',
      roundLabel: 'Round 1',
    });
    const read = await readAgreementDocx(bytes);
    expect(read.terms.availability).toBe(99.95);
    expect(read.terms.priorities).toHaveLength(4);
    expect(read.terms.creditBands).toHaveLength(3);
  });

  it('measures customer paper by the terms recognised in its own wording', async () => {
    for (const [paper, availability] of [
      [GERMAN_PAPER, 99.95],
      [ENGLISH_PAPER, 99.99],
    ] as const) {
      const read = await readAgreementDocx(await customerDocx(paper));
      expect(read.source).toBe('recognised');
      expect(read.terms.availability).toBe(availability);
    }
  });
});
