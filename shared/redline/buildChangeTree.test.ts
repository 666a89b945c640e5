import { describe, expect, it } from 'vitest';
import { SlaDocument } from '../model/document';
import type { Term } from '../model/term';
import { buildChangeTree } from './buildChangeTree';
import { treeChangeIds } from './treeWalk';
import {
  availabilityTerm,
  clause,
  list,
  para,
  responseTerm,
  table,
  termRef,
  testDocument,
} from './testDocument';
import type { Change, ChangeKind, ChangeTree, Span, TextNode } from './changeTree';

const computeRedline = (a: SlaDocument, b: SlaDocument, options = {}) => buildChangeTree(a, b, options);
type Redline = ChangeTree;
const parts = (node: unknown) =>
  (node as TextNode).spans.map((span: Span) =>
    span.changeId
      ? { text: span.text, op: span.op, changeId: span.changeId }
      : { text: span.text, op: span.op },
  );

const base = () =>
  testDocument(
    [
      clause('scope', 'Scope', [para('This agreement covers the hosting of the shop system.')]),
      clause('availability', 'Availability', [
        para('The provider ensures an availability of ', termRef('availability'), ' per calendar month.'),
      ]),
      clause('maintenance', 'Maintenance', [para('Maintenance windows are announced five days ahead.')]),
      clause('credits', 'Service credits', [
        table([
          ['Availability below', 'Credit'],
          ['99.9 %', '5 %'],
          ['99.5 %', '10 %'],
        ]),
      ]),
      clause('liability', 'Liability', [para('Liability is limited to the annual fee.')]),
    ],
    [availabilityTerm(99.9), responseTerm(4)],
  );

function withClause(doc: SlaDocument, id: string, body: ReturnType<typeof para>[]): SlaDocument {
  return { ...doc, clauses: doc.clauses.map((c) => (c.id === id ? { ...c, body } : c)) };
}

function only(redline: Redline, kind?: ChangeKind): Change {
  expect(redline.changes).toHaveLength(1);
  const change = redline.changes[0]!;
  if (kind) expect(change.kind).toBe(kind);
  return change;
}

/** Every id in the tree points at a change that exists, and every change is found in the tree. */
function expectPartsLinked(redline: Redline) {
  expect([...treeChangeIds(redline)].sort()).toEqual(redline.changes.map((c) => c.id).sort());
}

describe('buildChangeTree', () => {
  it('finds no changes between a round and itself', () => {
    const doc = base();
    const redline = computeRedline(doc, structuredClone(doc));
    expect(redline.changes).toEqual([]);
    expect(Object.values(redline.counts).every((n) => n === 0)).toBe(true);
    expect(redline.clauses.map((c) => c.status)).toEqual(Array(5).fill('unchanged'));
    expect(redline.originsJudged).toBe(false);
  });

  it('reports an inserted word as one wording change and keeps the rest equal', () => {
    const a = base();
    const b = withClause(a, 'scope', [para('This agreement covers the secure hosting of the shop system.')]);
    const redline = computeRedline(a, b);
    const change = only(redline, 'wording');
    expect(change).toMatchObject({ before: '', after: 'secure ', clauseId: 'scope', clauseNumberB: '1' });
    expect(parts(redline.clauses[0]!.blocks[0])).toEqual([
      { text: 'This agreement covers the ', op: 'equal' },
      { text: 'secure ', op: 'insert', changeId: change.id },
      { text: 'hosting of the shop system.', op: 'equal' },
    ]);
  });

  it('reports a deleted and a replaced phrase', () => {
    const a = base();
    const b = withClause(a, 'maintenance', [
      para('Maintenance windows are announced ten working days ahead.'),
    ]);
    const change = only(computeRedline(a, b), 'wording');
    expect([change.before, change.after]).toEqual(['five', 'ten working']);

    const deleted = withClause(a, 'scope', [para('This agreement covers the hosting.')]);
    const removal = only(computeRedline(a, deleted), 'wording');
    expect([removal.before, removal.after]).toEqual([' of the shop system', '']);
  });

  it('reports a moved clause once, not the clauses it jumped over, and ignores renumbering', () => {
    const a = base();
    const [scope, availability, maintenance, credits, liability] = a.clauses;
    const b = { ...a, clauses: [scope!, maintenance!, credits!, liability!, availability!] };
    const redline = computeRedline(a, b);
    const change = only(redline, 'clause-moved');
    expect(change).toMatchObject({ clauseId: 'availability', clauseNumberA: '2', clauseNumberB: '5' });
    expect(redline.clauses.map((c) => c.status)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged',
      'moved',
    ]);
  });

  it('does not report renumbering after an inserted clause as a change of text', () => {
    const a = base();
    const inserted = clause('support', 'Support', [para('Support is available by phone.')]);
    const b = { ...a, clauses: [a.clauses[0]!, inserted, ...a.clauses.slice(1)] };
    const redline = computeRedline(a, b);
    const change = only(redline, 'clause-inserted');
    expect(change.after).toBe('Support\nSupport is available by phone.');
    expect(redline.clauses.find((c) => c.key === 'liability')).toMatchObject({
      status: 'unchanged',
      a: { number: '5' },
      b: { number: '6' },
    });
  });

  it('reports removed clauses where they stood', () => {
    const a = base();
    const b = { ...a, clauses: a.clauses.filter((c) => c.id !== 'maintenance') };
    const redline = computeRedline(a, b);
    expect(only(redline, 'clause-removed')).toMatchObject({
      clauseId: 'maintenance',
      clauseNumberA: '3',
      before: expect.stringContaining('five days'),
    });
    expect(redline.clauses.map((c) => c.key)).toEqual([
      'scope',
      'availability',
      'maintenance',
      'credits',
      'liability',
    ]);
  });

  it('classifies a number-only change, e.g. 99,9 → 99,95', () => {
    const a = testDocument(
      [clause('x', 'Verfügbarkeit', [para('Die Verfügbarkeit beträgt 99,9 % im Monat.')])],
      [],
      'de',
    );
    const b = withClause(a, 'x', [para('Die Verfügbarkeit beträgt 99,95 % im Monat.')]);
    const change = only(computeRedline(a, b), 'number');
    expect([change.before, change.after]).toEqual(['99,9', '99,95']);
    const c = withClause(a, 'x', [para('Die Verfügbarkeit beträgt 98 % im Monat.')]);
    expect(only(computeRedline(a, c), 'number').after).toBe('98');
  });

  it('classifies punctuation-only and whitespace-only changes and keeps them visible', () => {
    const a = base();
    const comma = withClause(a, 'liability', [para('Liability is limited, to the annual fee.')]);
    expect(only(computeRedline(a, comma), 'punctuation')).toMatchObject({ before: '', after: ',' });
    const spaces = withClause(a, 'liability', [para('Liability is  limited to the annual fee.')]);
    expect(only(computeRedline(a, spaces), 'whitespace')).toMatchObject({ before: ' ', after: '  ' });
    const nbsp = withClause(a, 'liability', [para('Liability is limited to the annual\u00a0fee.')]);
    expect(only(computeRedline(a, nbsp), 'whitespace')).toMatchObject({ before: ' ', after: '\u00a0' });
  });

  it('reports a changed table cell as a table-cell change in its row', () => {
    const a = base();
    const b = withClause(a, 'credits', [
      table([
        ['Availability below', 'Credit'],
        ['99.9 %', '5 %'],
        ['99.5 %', '15 %'],
      ]),
    ]);
    const redline = computeRedline(a, b);
    const change = only(redline, 'table-cell');
    expect([change.before, change.after]).toEqual(['10', '15']);
    const block = redline.clauses[3]!.blocks[0]!;
    expect(block.type).toBe('table');
    if (block.type === 'table')
      expect(block.rows.map((r) => r.status)).toEqual(['equal', 'equal', 'changed']);
  });

  it('reports an inserted table row once', () => {
    const a = base();
    const b = withClause(a, 'credits', [
      table([
        ['Availability below', 'Credit'],
        ['99.9 %', '5 %'],
        ['99.5 %', '10 %'],
        ['99 %', '20 %'],
      ]),
    ]);
    const redline = computeRedline(a, b);
    expect(only(redline, 'table-cell').after).toBe('99 % | 20 %');
    const block = redline.clauses[3]!.blocks[0]!;
    if (block.type === 'table') expect(block.rows[3]!.status).toBe('inserted');
  });

  it('lifts a term value change to one structured change, worse for us when it favours the customer', () => {
    const a = base();
    const b = { ...a, terms: [availabilityTerm(99.95), responseTerm(4)] };
    const redline = computeRedline(a, b);
    const change = only(redline, 'term');
    expect(change).toMatchObject({
      before: '99.9%',
      after: '99.95%',
      effect: 'worse',
      clauseId: 'availability',
    });
    expect(change.term).toMatchObject({
      id: 'availability',
      before: { value: 99.9 },
      after: { value: 99.95 },
    });
    expect(redline.clauses[1]!.status).toBe('changed');
    const block = redline.clauses[1]!.blocks[0]!;
    expect(parts(block).filter((p) => p.op !== 'equal')).toEqual([
      { text: '99.9', op: 'delete', changeId: change.id },
      { text: '99.95', op: 'insert', changeId: change.id },
    ]);
    const lower = { ...a, terms: [availabilityTerm(99.5), responseTerm(4)] };
    expect(only(computeRedline(a, lower)).effect).toBe('better');
  });

  it('compares durations across units and treats a faster response as worse for us', () => {
    const a = base();
    const faster = { ...a, terms: [availabilityTerm(99.9), responseTerm(120, 'minutes')] };
    expect(only(computeRedline(a, faster), 'term').effect).toBe('worse');
    const slower = { ...a, terms: [availabilityTerm(99.9), responseTerm(6, 'business-hours')] };
    expect(only(computeRedline(a, slower), 'term').effect).toBe('better');
    const same = { ...a, terms: [availabilityTerm(99.9), responseTerm(240, 'minutes')] };
    expect(only(computeRedline(a, same), 'term').effect).toBe('neutral');
  });

  it('reports a changed heading as a heading change', () => {
    const a = base();
    const b = {
      ...a,
      clauses: a.clauses.map((c) =>
        c.id === 'liability' ? { ...c, heading: 'Liability and indemnity' } : c,
      ),
    };
    const redline = computeRedline(a, b);
    expect(only(redline, 'heading')).toMatchObject({ before: 'Liability', after: 'Liability and indemnity' });
    expect(redline.clauses[4]!.heading.map((p) => p.op)).toEqual(['equal', 'insert']);
    expect(
      redline.clauses[4]!.heading.every((p) => p.op === 'equal' || p.changeId === redline.changes[0]!.id),
    ).toBe(true);
  });

  it('aligns clauses of an imported document by heading and similarity when ids differ', () => {
    const a = base();
    const imported: SlaDocument = {
      ...a,
      clauses: a.clauses.map((c, i) => ({
        ...c,
        id: `imported-${i}`,
        heading: i === 0 ? `${i + 1}. ${c.heading.toUpperCase()}` : i === 2 ? 'Planned works' : c.heading,
      })),
    };
    const redline = computeRedline(a, imported);
    expect(redline.counts['clause-inserted']).toBe(0);
    expect(redline.counts['clause-removed']).toBe(0);
    expect(redline.changes.map((c) => c.kind)).toEqual(['heading', 'heading']);
  });

  it('aligns list items and paragraphs when a paragraph is added in the middle', () => {
    const a = testDocument([
      clause('x', 'Exclusions', [
        para('The following are excluded:'),
        list(false, 'force majeure', 'faults caused by the customer', 'announced maintenance'),
        para('Exclusions are reported monthly.'),
      ]),
    ]);
    const b = withClause(a, 'x', [
      para('The following are excluded:'),
      list(false, 'force majeure', 'faults caused by the customer or its suppliers', 'announced maintenance'),
      para('Each exclusion must be justified.'),
      para('Exclusions are reported monthly.'),
    ]);
    const redline = computeRedline(a, b);
    expect(redline.changes.map((c) => [c.kind, c.after])).toEqual([
      ['wording', ' or its suppliers'],
      ['wording', 'Each exclusion must be justified.'],
    ]);
    expectPartsLinked(redline);
  });

  it('handles German umlauts, ß, non-breaking spaces and emoji', () => {
    const a = testDocument(
      [clause('x', 'Größe', [para('Die Straße 🚀 führt zur Übergabe\u00a0am Montag 👍🏽 und dann weiter.')])],
      [],
      'de',
    );
    const b = withClause(a, 'x', [
      para('Die Strasse 🚀 führt zur Übergabe\u00a0am Dienstag 👍🏽 und dann weiter.'),
    ]);
    const redline = computeRedline(a, b);
    expect(redline.changes.map((c) => [c.before, c.after])).toEqual([
      ['Straße', 'Strasse'],
      ['Montag', 'Dienstag'],
    ]);
    const emoji = withClause(a, 'x', [
      para('Die Straße 🚀 führt zur Übergabe\u00a0am Montag 👍🏻 und dann weiter.'),
    ]);
    expect(only(computeRedline(a, emoji)).after).toBe('🏻');
  });

  it('compares an empty document with a full one, both ways', () => {
    const full = base();
    const empty = testDocument([], []);
    const grown = computeRedline(empty, full);
    expect(grown.counts['clause-inserted']).toBe(5);
    expect(grown.counts.term).toBe(2);
    expectPartsLinked(grown);
    const emptied = computeRedline(full, empty);
    expect(emptied.counts['clause-removed']).toBe(5);
    expect(computeRedline(empty, empty).changes).toEqual([]);
  });

  it('finds a few edits in one clause of a 20,000-word paragraph', () => {
    const words = Array.from({ length: 20_000 }, (_, i) => `wort${i % 997}`);
    const a = testDocument([clause('x', 'Long', [para(words.join(' '))])]);
    const edited = [...words];
    edited[100] = 'geändert';
    edited[10_000] = 'auch';
    edited.splice(19_000, 1);
    const b = withClause(a, 'x', [para(edited.join(' '))]);
    const redline = computeRedline(a, b);
    expect(redline.changes.map((c) => c.after)).toEqual(['geändert', 'auch', '']);
  });

  it('still completes on a huge paragraph rewritten entirely', () => {
    const a = testDocument([
      clause('x', 'Long', [para(Array.from({ length: 20_000 }, (_, i) => `alt${i}. `).join(''))]),
    ]);
    const b = withClause(a, 'x', [para(Array.from({ length: 20_000 }, (_, i) => `neu${i * 7}. `).join(''))]);
    const redline = computeRedline(a, b);
    expect(redline.changes.length).toBeGreaterThan(0);
    expectPartsLinked(redline);
  });

  it('reports progress per clause, ending at 1', () => {
    const progress: number[] = [];
    computeRedline(base(), base(), { onProgress: (p: number) => progress.push(p) });
    expect(progress).toHaveLength(5);
    expect(progress.at(-1)).toBe(1);
  });

  it('links every changed part to a change, in b order', () => {
    const a = base();
    const terms: Term[] = [availabilityTerm(99.5), responseTerm(2)];
    const b: SlaDocument = {
      ...a,
      terms,
      clauses: [
        a.clauses[0]!,
        { ...a.clauses[2]!, body: [para('Maintenance windows are announced two days ahead.')] },
        a.clauses[1]!,
        a.clauses[3]!,
      ],
    };
    const redline = computeRedline(a, b);
    expectPartsLinked(redline);
    expect(redline.changes.map((c) => c.kind)).toEqual([
      'wording',
      'clause-moved',
      'term',
      'clause-removed',
      'term',
    ]);
    expect(redline.changes.map((c) => c.clauseId)).toEqual([
      'maintenance',
      'availability',
      'availability',
      'liability',
      '',
    ]);
  });
});

describe('buildChangeTree on imported rounds', () => {
  it('pairs a rewritten clause at the same number when heading and most words changed', () => {
    const a = testDocument([
      clause('scope', 'Scope', [para('This agreement covers hosting of the shop system and its database.')]),
      clause('fees', 'Fees', [para('The monthly fee is due on the first working day of each month.')]),
    ]);
    const b = testDocument([
      clause('w1', 'Scope', [para('This agreement covers hosting of the shop system and its database.')]),
      clause('w2', 'Payment', [para('Invoices for the monthly fee are payable within thirty days.')]),
    ]);
    const redline = computeRedline(a, b);
    expect(redline.counts['clause-inserted']).toBe(0);
    expect(redline.changes[0]).toMatchObject({ kind: 'heading', before: 'Fees', after: 'Payment' });
  });
});
