import { describe, expect, it } from 'vitest';
import { sampleTemplate } from '../../renderer/db/testing/sampleTemplate';
import { SlaDocument, referencedTermIds } from './document';
import {
  DocumentOperationError,
  addClause,
  availableLibraryClauses,
  createDealDocument,
  moveClause,
  removeClause,
  setTermValue,
  updateClause,
} from './operations';

const template = sampleTemplate();
const dealDoc = () =>
  createDealDocument(template, { customerName: 'Acme GmbH', providerName: 'Hostwerk AG', currency: 'CHF' });
const clauseIds = (doc: SlaDocument) => doc.clauses.map((c) => c.id);
const termIds = (doc: SlaDocument) => doc.terms.map((t) => t.id);

describe('createDealDocument', () => {
  it('fills the parties and sets the deal currency on money terms, leaving the template untouched', () => {
    const doc = dealDoc();
    expect(doc.parties).toEqual({ provider: 'Hostwerk AG', customer: 'Acme GmbH' });
    expect(doc.terms.find((t) => t.id === 'liability_cap')).toMatchObject({ currency: 'CHF', value: 50000 });
    expect(template.document.parties.customer).toBe('');
    expect(template.document.terms[2]).toMatchObject({ currency: 'EUR' });
    expect(SlaDocument.safeParse(doc).success).toBe(true);
  });

  it('is a deep copy: editing the deal never edits the template', () => {
    const doc = dealDoc();
    (doc.clauses[0]!.body[0] as { content: { text?: string }[] }).content[0]!.text = 'changed';
    expect(template.document.clauses[0]!.body[0]).toMatchObject({
      content: [{ text: 'This agreement covers hosting.' }],
    });
  });

  it('keeps the template currency and title unless told otherwise', () => {
    const doc = createDealDocument(template, { customerName: 'A', providerName: 'B' });
    expect(doc.terms.find((t) => t.id === 'liability_cap')).toMatchObject({ currency: 'EUR' });
    expect(doc.title).toBe('Service Level Agreement');
    expect(
      createDealDocument(template, { customerName: 'A', providerName: 'B', title: 'SLA Acme' }).title,
    ).toBe('SLA Acme');
  });
});

describe('addClause', () => {
  const bonus = template.clauseLibrary[0]!;

  it('adds the clause with its new terms and keeps negotiated values of terms already present', () => {
    const negotiated = setTermValue(dealDoc(), 'availability', 99.95);
    if (!negotiated.ok) throw new Error(negotiated.message);
    const doc = addClause(negotiated.document, bonus, 2);
    expect(clauseIds(doc)).toEqual(['scope', 'availability', 'bonus', 'priorities', 'liability']);
    expect(doc.terms.find((t) => t.id === 'availability')?.value).toBe(99.95);
    // A new money term follows the document's currency, not the library's.
    expect(doc.terms.find((t) => t.id === 'bonus_amount')).toMatchObject({ value: 500, currency: 'CHF' });
    expect(SlaDocument.safeParse(doc).success).toBe(true);
    expect(clauseIds(negotiated.document)).not.toContain('bonus');
  });

  it('appends at the end without an index and refuses the same clause twice', () => {
    const doc = addClause(dealDoc(), bonus);
    expect(clauseIds(doc).at(-1)).toBe('bonus');
    expect(() => addClause(doc, bonus)).toThrow(DocumentOperationError);
  });

  it('refuses a clause that refers to a term nobody defines', () => {
    const broken = { clause: { ...bonus.clause, id: 'broken' }, terms: [] };
    const doc = removeClause(dealDoc(), 'availability');
    expect(() => addClause(doc, broken)).toThrow(/bonus_amount/);
  });
});

describe('removeClause', () => {
  it('removes the clause and the terms only it used', () => {
    const doc = removeClause(dealDoc(), 'liability');
    expect(clauseIds(doc)).not.toContain('liability');
    expect(termIds(doc)).toEqual(['availability', 'p1_response']);
    expect(SlaDocument.safeParse(doc).success).toBe(true);
  });

  it('keeps a term another clause still shows', () => {
    const withBonus = addClause(dealDoc(), template.clauseLibrary[0]!);
    const doc = removeClause(withBonus, 'bonus');
    expect(termIds(doc)).toContain('availability');
    expect(termIds(doc)).not.toContain('bonus_amount');
  });

  it('says which clause is missing', () => {
    expect(() => removeClause(dealDoc(), 'nope')).toThrow(/nope/);
  });
});

describe('moveClause', () => {
  it('moves a clause to the given position, clamping out-of-range targets', () => {
    const doc = dealDoc();
    expect(clauseIds(moveClause(doc, 'liability', 0))).toEqual([
      'liability',
      'scope',
      'availability',
      'priorities',
    ]);
    expect(clauseIds(moveClause(doc, 'scope', 99))).toEqual([
      'availability',
      'priorities',
      'liability',
      'scope',
    ]);
    expect(clauseIds(moveClause(doc, 'scope', -3))).toEqual(clauseIds(doc));
    expect(clauseIds(doc)).toEqual(['scope', 'availability', 'priorities', 'liability']);
  });
});

describe('updateClause', () => {
  it('changes heading, level and body of one clause only', () => {
    const doc = dealDoc();
    const next = updateClause(doc, 'priorities', {
      heading: 'Reaction times',
      level: 1,
      body: [{ type: 'paragraph', content: [{ type: 'text', text: 'New text' }] }],
    });
    expect(next.clauses[2]).toMatchObject({ heading: 'Reaction times', level: 1 });
    expect(next.clauses[2]!.body).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'New text' }] },
    ]);
    expect(doc.clauses[2]).toMatchObject({ heading: 'Response times', level: 2 });
    expect(next.clauses[0]).toBe(doc.clauses[0]);
  });
});

describe('setTermValue', () => {
  it('accepts a valid value and returns a new document', () => {
    const doc = dealDoc();
    const result = setTermValue(doc, 'p1_response', 2);
    expect(result.ok && result.document.terms[1]).toMatchObject({ value: 2, unit: 'hours' });
    expect(doc.terms[1]!.value).toBe(4);
  });

  it.each([
    ['availability', 140, { code: 'over-100' }],
    ['availability', 'abc', { code: 'not-number' }],
    ['p1_response', -1, { code: 'negative' }],
    ['availability', 99.12345, { code: 'too-many-decimals', max: 4 }],
    ['liability_cap', 10.555, { code: 'too-many-decimals', max: 2 }],
  ])('refuses %s = %j, saying why by a code', (termId, value, problem) => {
    expect(setTermValue(dealDoc(), termId, value)).toMatchObject({ ok: false, problem });
  });

  it('refuses an unknown term', () => {
    expect(setTermValue(dealDoc(), 'nope', 1)).toMatchObject({ ok: false });
  });
});

describe('availableLibraryClauses', () => {
  it('offers library clauses and removed template clauses, with the terms they need', () => {
    const doc = removeClause(dealDoc(), 'liability');
    const offered = availableLibraryClauses(template, doc);
    expect(offered.map((item) => item.clause.id)).toEqual(['liability', 'bonus']);
    const liability = offered[0]!;
    expect(liability.terms.map((t) => t.id)).toEqual(referencedTermIds([liability.clause]));
    expect(termIds(addClause(doc, liability))).toContain('liability_cap');
  });

  it('offers nothing already in the document', () => {
    const doc = addClause(dealDoc(), template.clauseLibrary[0]!);
    expect(availableLibraryClauses(template, doc)).toEqual([]);
  });
});
