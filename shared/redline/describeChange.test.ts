import { describe, expect, it } from 'vitest';
import { buildChangeTree as computeRedline } from './buildChangeTree';
import { describeChange } from './describeChange';
import { availabilityTerm, clause, para, responseTerm, termRef, testDocument } from './testDocument';

const a = testDocument(
  [
    clause('avail', 'Availability', [para('Availability is ', termRef('availability'), '.')]),
    clause('credits', 'Service credits', [para('Credits are capped at 10 % of the monthly fee.')]),
    clause('hours', 'Service hours', [para('Monday to Friday.')]),
  ],
  [availabilityTerm(99.9), responseTerm(4)],
);

describe('describeChange', () => {
  it('summarises a term change with values in the reader’s language', () => {
    const b = { ...a, terms: [availabilityTerm(99.5), responseTerm(4)] };
    const [change] = computeRedline(a, b).changes;
    expect(describeChange(change!, 'en')).toBe('Availability: 99.9% → 99.5%');
    expect(describeChange(change!, 'de')).toBe('Availability: 99,9\u00a0% → 99,5\u00a0%');
  });

  it('names the clause and quotes the text of a wording or number change', () => {
    const b = {
      ...a,
      clauses: a.clauses.map((c) =>
        c.id === 'credits' ? { ...c, body: [para('Credits are capped at 15 % of the monthly fee.')] } : c,
      ),
    };
    const [change] = computeRedline(a, b).changes;
    expect(describeChange(change!, 'en')).toBe('2 Service credits: "10" → "15"');
    expect(describeChange(change!, 'de')).toBe('2 Service credits: „10“ → „15“');
  });

  it('describes moved clauses with old and new numbers, and shows whitespace', () => {
    const moved = { ...a, clauses: [a.clauses[1]!, a.clauses[2]!, a.clauses[0]!] };
    const [change] = computeRedline(a, moved).changes;
    expect(describeChange(change!, 'de')).toBe('Klausel verschoben: Availability (1 → 3)');
    const spaced = {
      ...a,
      clauses: a.clauses.map((c) =>
        c.id === 'hours' ? { ...c, body: [para('Monday to\u00a0Friday.')] } : c,
      ),
    };
    const [space] = computeRedline(a, spaced).changes;
    expect(describeChange(space!, 'en')).toBe('3 Service hours: "·" → "⍽"');
  });
});
