import { describe, expect, it } from 'vitest';
import type { Block, Inline, SlaDocument } from '../model/document';
import { buildChangeTree } from './buildChangeTree';
import type { Change } from './changeTree';
import {
  availabilityTerm,
  clause,
  del,
  ins,
  markedPara,
  para,
  revision,
  table,
  termRef,
  testDocument,
  text,
  writtenTerm,
} from './testDocument';

const one = (body: Block[]) => testDocument([clause('x', 'Service', body)], [availabilityTerm(99.9)]);
const judged = (a: SlaDocument, b: SlaDocument) => buildChangeTree(a, b, { originsJudged: true });
const summary = (change: Change) => ({
  before: change.before,
  after: change.after,
  origin: change.origin,
  authors: [...new Set(change.revisions.map((r) => `${r.type}:${r.author}`))],
});

describe('tracked or silent, read from the origins', () => {
  it('reports text from their revisions as tracked, with each revision', () => {
    const a = one([para('Fix within 30 days.')]);
    const b = one([para('Fix within ', del('30', 'd1', 'Anna'), ins('45', 'i1', 'Anna'), ' days.')]);
    const tree = judged(a, b);
    expect(tree.changes.map(summary)).toEqual([
      { before: '30', after: '45', origin: 'tracked', authors: ['del:Anna', 'ins:Anna'] },
    ]);
    expect(tree.changes[0]!.revisions[0]).toMatchObject({ id: 'd1', date: '2026-11-02T10:00:00Z' });
  });

  it('reports a difference that no revision explains as silent, with no author', () => {
    const a = one([para('Fix within 30 days.')]);
    const b = one([para('Fix within 45 days.')]);
    expect(judged(a, b).changes.map(summary)).toEqual([
      { before: '30', after: '45', origin: 'silent', authors: [] },
    ]);
    // Not judged (not the round their file was read against): nothing is claimed.
    expect(buildChangeTree(a, b).changes.map(summary)).toEqual([
      { before: '30', after: '45', origin: null, authors: [] },
    ]);
  });

  it('flags a change that is partly tracked and partly silent as mixed, naming both parts', () => {
    const a = one([para('Fix within 30 days.')]);
    const b = one([para('Fix within ', del('30', 'd1', 'Anna'), '45 days.')]);
    const [change] = judged(a, b).changes;
    expect(change).toMatchObject({ before: '30', after: '45', origin: 'mixed' });
    expect(change!.parts).toEqual({
      tracked: { before: '30', after: '' },
      silent: { before: '', after: '45' },
    });
    expect(change!.revisions.map((r) => r.author)).toEqual(['Anna']);
  });

  it('tells a silent "3 → 6" from a tracked "30 → 45" in the same clause', () => {
    const a = one([para('Respond within 3 hours and fix within 30 days.')]);
    const b = one([para('Respond within 6 hours and fix within ', del('30'), ins('45'), ' days.')]);
    expect(judged(a, b).changes.map(summary)).toEqual([
      { before: '3', after: '6', origin: 'silent', authors: [] },
      { before: '30', after: '45', origin: 'tracked', authors: ['del:Kunde AG', 'ins:Kunde AG'] },
    ]);
  });

  it('reports a silent deletion with its leading space as silent beside a tracked edit', () => {
    const a = one([para('The provider announces planned maintenance five days ahead.')]);
    const b = one([para('The provider announces maintenance ', del('five'), ins('ten'), ' days ahead.')]);
    const changes = judged(a, b).changes.map(summary);
    expect(changes).toHaveLength(2);
    expect(changes[0]).toMatchObject({ origin: 'silent', after: '', authors: [] });
    expect(changes[0]!.before.trim()).toBe('planned');
    expect(changes[1]).toMatchObject({ before: 'five', after: 'ten', origin: 'tracked' });
  });

  it('keeps leading and trailing spaces of tracked runs tracked', () => {
    const a = one([para('Support on weekdays. Calls are not recorded.')]);
    const b = one([
      para('Support on weekdays', ins(' and weekends'), '. Calls are ', del('not '), 'recorded.'),
    ]);
    expect(judged(a, b).changes.map(summary)).toEqual([
      { before: '', after: ' and weekends', origin: 'tracked', authors: ['ins:Kunde AG'] },
      { before: 'not ', after: '', origin: 'tracked', authors: ['del:Kunde AG'] },
    ]);
  });

  it('gives every change the authors of its own revisions (two authors in one clause)', () => {
    const a = one([para('Reports are sent monthly by e-mail to the customer.')]);
    const b = one([
      para(
        'Reports are sent ',
        del('monthly', 'd1', 'Anna'),
        ins('weekly', 'i1', 'Anna'),
        ' by ',
        del('e-mail', 'd2', 'Ben'),
        ins('post', 'i2', 'Ben'),
        ' to the customer.',
      ),
    ]);
    expect(
      judged(a, b).changes.map((c) => [c.after, [...new Set(c.revisions.map((r) => r.author))]]),
    ).toEqual([
      ['weekly', ['Anna']],
      ['post', ['Ben']],
    ]);
  });

  it('reads a tracked new paragraph (previous mark inserted + runs inserted) as one tracked change', () => {
    const a = one([para('One.'), para('Two.')]);
    const b = one([markedPara(revision('ins', 'p1'), 'One.'), para(ins('New.', 'i2')), para('Two.')]);
    const tree = judged(a, b);
    expect(tree.changes.map(summary)).toEqual([
      { before: '', after: '\nNew.', origin: 'tracked', authors: ['ins:Kunde AG'] },
    ]);
    expect(tree.changes[0]!.revisions.map((r) => r.id)).toEqual(['p1', 'i2']);
    expect(tree.clauses[0]!.blocks[0]).toMatchObject({ type: 'text', aSpan: 1, bSpan: 2 });
  });

  it('reads a tracked deletion of a whole paragraph (runs and mark deleted) as one tracked change', () => {
    const a = one([para('One.'), para('Gone.'), para('Two.')]);
    const b = one([para('One.'), markedPara(revision('del', 'p2'), del('Gone.', 'd2')), para('Two.')]);
    expect(judged(a, b).changes.map(summary)).toEqual([
      { before: 'Gone.\n', after: '', origin: 'tracked', authors: ['del:Kunde AG'] },
    ]);
  });

  it('reads a silently inserted paragraph as silent and a tracked row insertion as tracked', () => {
    const a = one([
      para('One.'),
      table([
        ['Priority', 'Response'],
        ['P1', '1 hour'],
      ]),
    ]);
    const inserted = table([
      ['Priority', 'Response'],
      ['P1', '1 hour'],
      ['P2', '4 hours'],
    ]);
    if (inserted.type === 'table') inserted.rows[2]!.origin = revision('ins', 'r1', 'Anna');
    const b = one([para('One.'), para('Extra.'), inserted]);
    expect(
      judged(a, b).changes.map((c) => [c.kind, c.after, c.origin, c.revisions.map((r) => r.author)]),
    ).toEqual([
      ['wording', 'Extra.', 'silent', []],
      ['table-cell', 'P2 | 4 hours', 'tracked', ['Anna']],
    ]);
  });

  it('ignores a tracked deletion of text that was not in a (it changes nothing)', () => {
    const a = one([para('Fix within 30 days.')]);
    const b = one([para('Fix within 30 ', del('calendar '), 'days.')]);
    expect(judged(a, b).changes).toEqual([]);
  });
});

describe('formatting, objects, hidden text, terms, notes, headers', () => {
  it('reports same text with other marks as a formatting change, tracked with w:rPrChange', () => {
    const a = one([para('Credits are capped.')]);
    const bold: Inline = {
      type: 'text',
      text: 'capped',
      marks: ['bold'],
      formatChange: { id: 'f1', author: 'Anna', marks: [] },
    };
    const tracked = judged(a, one([para('Credits are ', bold, '.')])).changes;
    expect(tracked).toMatchObject([
      {
        kind: 'formatting',
        before: 'capped',
        after: 'capped',
        origin: 'tracked',
        marks: { before: [], after: ['bold'] },
      },
    ]);
    expect(tracked[0]!.revisions).toEqual([{ type: 'format', id: 'f1', author: 'Anna' }]);
    const silent = judged(a, one([para('Credits are ', text('capped', 'bold'), '.')])).changes;
    expect(silent).toMatchObject([{ kind: 'formatting', origin: 'silent' }]);
  });

  it('flags hidden text, and reports objects changed by content', () => {
    const a = one([para('Visible text.')]);
    const hidden = judged(a, one([para('Visible text.', text(' Secret.', 'hidden'))])).changes;
    expect(hidden).toMatchObject([{ hidden: true, after: ' Secret.' }]);
    const image = (hash: string): Inline => ({
      type: 'object',
      object: 'image',
      hash: hash.repeat(64),
      name: 'logo.png',
    });
    const withImage = one([para('Logo: ', image('a'))]);
    const changed = buildChangeTree(withImage, one([para('Logo: ', image('b'))])).changes;
    expect(changed).toMatchObject([
      { kind: 'object', before: '[image: logo.png]', after: '[image: logo.png]' },
    ]);
    expect(buildChangeTree(withImage, structuredClone(withImage)).changes).toEqual([]);
  });

  it('lifts a changed term to one change with one id everywhere, and treats text inside an equal term as text', () => {
    const a = testDocument(
      [
        clause('x', 'Availability', [para('Availability is ', termRef('availability'), ' per month.')]),
        clause('y', 'Credits', [para('Below ', termRef('availability'), ' credits apply.')]),
      ],
      [availabilityTerm(99.9)],
    );
    const theirs = (value: string, term = 99.95) =>
      testDocument(
        [
          clause('x', 'Availability', [
            para('Availability is ', writtenTerm('availability', value), ' per month.'),
          ]),
          clause('y', 'Credits', [para('Below ', writtenTerm('availability', value), ' credits apply.')]),
        ],
        [availabilityTerm(term)],
      );
    const lifted = buildChangeTree(a, theirs('99.95%'));
    expect(lifted.changes).toMatchObject([
      {
        id: 'term:availability',
        kind: 'term',
        clauseId: 'x',
        effect: 'worse',
        term: { before: { value: 99.9 }, after: { value: 99.95 } },
      },
    ]);
    const ids = lifted.clauses.flatMap((c) =>
      (c.blocks[0]!.type === 'text' ? c.blocks[0]!.spans : []).map((s) => s.changeId).filter(Boolean),
    );
    expect(new Set(ids)).toEqual(new Set(['term:availability']));
    expect(ids.length).toBeGreaterThanOrEqual(4);
    // Their "99.9 %" against our rendered "99.9%", same value: a spacing change, not a term change.
    const spaced = buildChangeTree(a, theirs('99.9 %', 99.9));
    expect(spaced.changes.map((c) => [c.kind, c.before, c.after])).toEqual([
      ['whitespace', '', ' '],
      ['whitespace', '', ' '],
    ]);
  });

  it('compares footnotes at their reference and says where the change is', () => {
    const note = (words: string): Inline => ({ type: 'note', note: 'footnote', body: [para(words)] });
    const a = one([para('Availability', note('Measured monthly.'), ' is high.')]);
    const b = one([para('Availability', note('Measured quarterly.'), ' is high.')]);
    expect(buildChangeTree(a, b).changes).toMatchObject([
      { location: 'footnote', before: 'monthly', after: 'quarterly', clauseId: 'x' },
    ]);
  });

  it('compares their footer with its own original view when ours has none: only their tracked changes show', () => {
    const a = one([para('Text.')]);
    const b: SlaDocument = {
      ...one([para('Text.')]),
      pageParts: [
        {
          kind: 'footer',
          variant: 'default',
          section: 0,
          blocks: [para('Round 1 · ', del('3f9a', 'f1', 'Anna'), ins('7c2e', 'f2', 'Anna'))],
        },
      ],
    };
    const changes = judged(a, b).changes;
    expect(changes).toMatchObject([
      { location: 'footer', before: '3f9a', after: '7c2e', origin: 'tracked', clauseId: '' },
    ]);
    const plain: SlaDocument = {
      ...b,
      pageParts: [{ kind: 'footer', variant: 'default', section: 0, blocks: [para('Round 1')] }],
    };
    expect(judged(a, plain).changes).toEqual([]);
    // Theirs against theirs: parts are compared like text.
    const changedFooter: SlaDocument = {
      ...plain,
      pageParts: [{ kind: 'footer', variant: 'default', section: 0, blocks: [para('Round 2')] }],
    };
    expect(buildChangeTree(plain, changedFooter).changes).toMatchObject([
      { location: 'footer', kind: 'number' },
    ]);
  });
});

describe('clause numbers', () => {
  const theirs = (labels: string[]) =>
    testDocument(
      labels.map((label, i) => ({
        ...clause(`c${i}`, `Heading ${i}`, [para(`Text ${i}.`)]),
        label: { text: label, auto: false },
      })),
    );
  const ours = (count: number) =>
    testDocument(
      Array.from({ length: count }, (_, i) => clause(`c${i}`, `Heading ${i}`, [para(`Text ${i}.`)])),
    );

  it('never reports renumbering caused by an inserted clause, in any numbering style', () => {
    const b = theirs(['§ 1', '§ 2', '§ 3']);
    b.clauses.splice(1, 0, {
      ...clause('new', 'New', [para('New text.')]),
      label: { text: '§ 2', auto: false },
    });
    b.clauses[2]!.label = { text: '§ 3', auto: false };
    b.clauses[3]!.label = { text: '§ 4', auto: false };
    expect(buildChangeTree(ours(3), b).changes.map((c) => c.kind)).toEqual(['clause-inserted']);
    expect(buildChangeTree(ours(3), theirs(['1.', '2.', '3.'])).changes).toEqual([]);
  });

  it('reports a number typed differently by hand', () => {
    const tree = buildChangeTree(ours(3), theirs(['1', '2', '7']));
    expect(tree.changes).toMatchObject([{ kind: 'number', before: '3', after: '7', clauseId: 'c2' }]);
  });
});
