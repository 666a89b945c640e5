import { describe, expect, it } from 'vitest';
import { setTermValue } from '../model/operations';
import { playbookOf } from '../playbook/playbook';
import { BUILT_IN_TEMPLATES } from '../templates/builtInTemplates';
import { anyBeyond, checkTerms, termsToCheck } from './checkTerms';

const base = BUILT_IN_TEMPLATES.find((t) => t.id === 'managed-it-business-en')!.document;
const playbook = playbookOf([
  { termId: 'availability', target: 99.5, fallback: 99.9, walkAway: 99.95, owner: 'technology', note: '' },
  {
    termId: 'p1_response',
    target: { value: 60, unit: 'minutes' },
    fallback: { value: 30, unit: 'minutes' },
    walkAway: { value: 15, unit: 'minutes' },
    owner: 'support',
    note: '',
  },
]);

describe('checkTerms', () => {
  it('gives each term with its text, value in playbook shapes, band and clause', () => {
    const rows = checkTerms(termsToCheck(base), playbook);
    expect(rows.find((row) => row.id === 'availability')).toEqual({
      id: 'availability',
      text: '99.9%',
      value: 99.9,
      band: 'fallback',
      clause: '4 Availability and measurement',
    });
    expect(rows.find((row) => row.id === 'p1_response')).toMatchObject({
      value: { value: 1, unit: 'hours' },
      band: 'target',
    });
    expect(rows.find((row) => row.id === 'monthly_fee')).toMatchObject({
      value: { amount: 4200, currency: 'EUR' },
      band: null,
    });
    expect(anyBeyond(rows)).toBe(false);
  });

  it('keeps the text as written when the caller has it (customer paper)', () => {
    const term = base.terms.find((t) => t.id === 'availability')!;
    if (term.kind !== 'percent') throw new Error('availability is a percentage');
    const [row] = checkTerms([{ term: { ...term, value: 99.99 }, text: '99,99 %', clause: '§ 3' }], playbook);
    expect(row).toEqual({ id: 'availability', text: '99,99 %', value: 99.99, band: 'beyond', clause: '§ 3' });
    expect(anyBeyond([row!])).toBe(true);
  });

  it('rates a changed draft', () => {
    const changed = setTermValue(base, 'p1_response', { value: 10, unit: 'minutes' });
    expect(changed.ok).toBe(false);
    const faster = setTermValue(base, 'p1_response', 0.2);
    if (!faster.ok) throw new Error(faster.message);
    expect(
      checkTerms(termsToCheck(faster.document), playbook).find((r) => r.id === 'p1_response')?.band,
    ).toBe('beyond');
  });
});
