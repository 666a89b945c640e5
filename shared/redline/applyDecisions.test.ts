import { describe, expect, it } from 'vitest';
import { generateSla, mutateSla } from '../../test/bench/generateSla';
import { mapInlineRuns, SlaDocument, type Inline } from '../model/document';
import { applyDecisions, decideAllOfKind } from './applyDecisions';
import { computeRedline } from './computeRedline';
import { availabilityTerm, clause, para, responseTerm, termRef, testDocument, text } from './testDocument';
import type { Decision } from './types';

/** Same document up to how text is split into inlines and the order of marks. */
function normalize(doc: SlaDocument): SlaDocument {
  const inlines = (list: Inline[]): Inline[] => {
    const out: Inline[] = [];
    for (const inline of list) {
      const marks = inline.type === 'text' && inline.marks?.length ? [...inline.marks].sort() : undefined;
      const previous = out[out.length - 1];
      if (inline.type === 'text' && previous?.type === 'text' && String(previous.marks) === String(marks))
        previous.text += inline.text;
      else if (inline.type === 'text')
        out.push(marks ? { type: 'text', text: inline.text, marks } : { type: 'text', text: inline.text });
      else out.push({ ...inline });
    }
    return out;
  };
  return {
    ...doc,
    clauses: doc.clauses.map((c) => ({ ...c, body: mapInlineRuns(c.body, inlines) })),
  };
}

const pairs = [1, 2, 3, 4, 5, 6].map((seed) => {
  const a = generateSla({ seed, clauses: 12, wordsPerClause: 40 });
  const b = mutateSla(a, {
    seed: seed * 31,
    wordChangeRate: 0.1,
    moveClauses: 2,
    insertClauses: 1,
    removeClauses: 1,
    structural: true,
  });
  return { seed, a, b };
});

describe('applyDecisions', () => {
  it.each(pairs)('accept-all gives b and reject-all gives a (seed $seed)', ({ a, b }) => {
    expect(SlaDocument.safeParse(b).success).toBe(true);
    const redline = computeRedline(a, b);
    expect(redline.changes.length).toBeGreaterThan(5);
    const all = (decision: Decision) => Object.fromEntries(redline.changes.map((c) => [c.id, decision]));
    expect(normalize(applyDecisions(a, b, redline, all('accept')))).toEqual(normalize(b));
    expect(normalize(applyDecisions(a, b, redline, {}, 'accept'))).toEqual(normalize(b));
    expect(normalize(applyDecisions(a, b, redline, all('reject')))).toEqual(normalize(a));
    expect(normalize(applyDecisions(a, b, redline, {}))).toEqual(normalize(a));
  });

  it.each(pairs)(
    'a mixed selection gives a valid draft that the redline explains (seed $seed)',
    ({ a, b, seed }) => {
      const redline = computeRedline(a, b);
      const decisions = Object.fromEntries(
        redline.changes.map((c, i) => [c.id, (i + seed) % 3 === 0 ? 'accept' : 'reject'] as const),
      );
      const draft = applyDecisions(a, b, redline, decisions);
      expect(SlaDocument.safeParse(draft).success).toBe(true);
      // The draft lies between a and b: it differs from both, and by fewer changes than a from b.
      const fromA = computeRedline(a, draft).changes.length;
      const toB = computeRedline(draft, b).changes.length;
      expect(fromA).toBeGreaterThan(0);
      expect(toB).toBeGreaterThan(0);
      expect(fromA).toBeLessThan(redline.changes.length);
      expect(toB).toBeLessThan(redline.changes.length);
    },
  );

  it('accepts one hunk and rejects another inside the same paragraph', () => {
    const a = testDocument([
      clause('x', 'Reporting', [para('Reports are sent monthly by e-mail to the customer.')]),
    ]);
    const b = testDocument([
      clause('x', 'Reporting', [
        para('Reports are sent weekly by e-mail to the ', text('named', 'bold'), ' customer.'),
      ]),
    ]);
    const redline = computeRedline(a, b);
    expect(redline.changes.map((c) => c.after.trim())).toEqual(['weekly', 'named']);
    const draft = applyDecisions(a, b, redline, { [redline.changes[1]!.id]: 'accept' });
    expect(draft.clauses[0]!.body[0]).toEqual(
      para('Reports are sent monthly by e-mail to the ', text('named', 'bold'), text(' customer.')),
    );
  });

  it('takes a term value only when its change is accepted and keeps references valid', () => {
    const a = testDocument(
      [clause('avail', 'Availability', [para('Availability: ', termRef('availability'), '.')])],
      [availabilityTerm(99.9)],
    );
    const b = testDocument(
      [
        clause('avail', 'Availability', [para('Availability: ', termRef('availability'), '.')]),
        clause('support', 'Support', [para('P1 response within ', termRef('p1_response'), '.')]),
      ],
      [availabilityTerm(99.5), responseTerm(4)],
    );
    const redline = computeRedline(a, b);
    const termChange = redline.changes.find((c) => c.term?.id === 'availability')!;
    const inserted = redline.changes.find((c) => c.kind === 'clause-inserted')!;
    const kept = applyDecisions(a, b, redline, { [inserted.id]: 'accept' });
    expect(kept.terms.find((t) => t.id === 'availability')).toMatchObject({ value: 99.9 });
    // The new clause needs its term even though the term's own change was not accepted.
    expect(SlaDocument.safeParse(kept).success).toBe(true);
    const taken = applyDecisions(a, b, redline, { [termChange.id]: 'accept' });
    expect(taken.terms).toEqual([availabilityTerm(99.5)]);
  });

  it('decides all changes of one kind at once', () => {
    const { a, b } = pairs[0]!;
    const redline = computeRedline(a, b);
    const decisions = decideAllOfKind(redline, 'term', 'accept');
    const termIds = redline.changes.filter((c) => c.kind === 'term').map((c) => c.id);
    expect(Object.keys(decisions).sort()).toEqual(termIds.sort());
    const draft = applyDecisions(a, b, redline, decisions);
    expect(draft.terms.map((t) => t.value)).toEqual(b.terms.map((t) => t.value));
    expect(draft.clauses).toEqual(a.clauses);
  });

  it('keeps our clause ids when accepting everything from an imported round', () => {
    const { a } = pairs[2]!;
    const imported: SlaDocument = {
      ...a,
      clauses: a.clauses.map((c, i) => ({
        ...c,
        id: `w${i}`,
        heading: i === 3 ? `${c.heading} and exceptions` : c.heading,
      })),
    };
    const redline = computeRedline(a, imported);
    expect(redline.changes.map((c) => c.kind)).toEqual(['heading']);
    const draft = applyDecisions(a, imported, redline, {}, 'accept');
    expect(draft.clauses.map((c) => c.id)).toEqual(a.clauses.map((c) => c.id));
    expect(draft.clauses[3]!.heading).toBe(imported.clauses[3]!.heading);
  });

  it('refuses a redline computed from other documents', () => {
    const { a, b } = pairs[0]!;
    const other = computeRedline(pairs[1]!.a, pairs[1]!.b);
    expect(() => applyDecisions(a, b, other, {})).toThrow(/does not belong/);
  });
});
