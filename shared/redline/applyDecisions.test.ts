import { describe, expect, it } from 'vitest';
import { generateSla, mutateSla } from '../../test/bench/generateSla';
import { SlaDocument } from '../model/document';
import { viewDocument } from '../model/views';
import { applyDecisions, decideAllOfKind } from './applyDecisions';
import { buildChangeTree } from './buildChangeTree';
import type { Change, Decision } from './changeTree';
import { redlineDocument } from './redlineDocument';
import { treeChangeIds } from './treeWalk';
import {
  availabilityTerm,
  clause,
  comparable,
  del,
  ins,
  para,
  responseTerm,
  termRef,
  testDocument,
  text,
} from './testDocument';

const asDraft = (doc: SlaDocument) => comparable(doc);

const pairs = [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => {
  const rich = seed > 3;
  const a = generateSla({ seed, clauses: 12, wordsPerClause: 40, rich });
  const b = mutateSla(a, {
    seed: seed * 31,
    wordChangeRate: 0.1,
    moveClauses: 2,
    insertClauses: 1,
    removeClauses: 1,
    structural: true,
    rich,
  });
  return { seed, a, b };
});

const all = (tree: { changes: { id: string }[] }, decision: Decision) =>
  Object.fromEntries(tree.changes.map((c) => [c.id, decision]));

describe('applyDecisions', () => {
  it.each(pairs)('accept-all gives b and reject-all gives a (seed $seed)', ({ a, b }) => {
    expect(SlaDocument.safeParse(b).success).toBe(true);
    const tree = buildChangeTree(a, b);
    expect(tree.changes.length).toBeGreaterThan(5);
    expect([...treeChangeIds(tree)].sort()).toEqual(tree.changes.map((c) => c.id).sort());
    expect(asDraft(applyDecisions(tree, all(tree, 'accept')))).toEqual(asDraft(b));
    expect(asDraft(applyDecisions(tree, {}, 'accept'))).toEqual(asDraft(b));
    expect(asDraft(applyDecisions(tree, all(tree, 'reject')))).toEqual(asDraft(a));
    expect(asDraft(applyDecisions(tree, {}))).toEqual(asDraft(a));
  });

  it.each(pairs)(
    'a mixed selection gives a valid draft that the redline explains (seed $seed)',
    ({ a, b, seed }) => {
      const tree = buildChangeTree(a, b);
      const decisions = Object.fromEntries(
        tree.changes.map((c, i) => [c.id, (i + seed) % 3 === 0 ? 'accept' : 'reject'] as const),
      );
      const draft = applyDecisions(tree, decisions);
      const checked = SlaDocument.safeParse(draft);
      expect(checked.success ? [] : checked.error.issues).toEqual([]);
      // The draft lies between a and b: it differs from both, and by fewer changes than a from b.
      const fromA = buildChangeTree(a, draft).changes.length;
      const toB = buildChangeTree(draft, b).changes.length;
      expect(fromA).toBeGreaterThan(0);
      expect(toB).toBeGreaterThan(0);
      expect(fromA).toBeLessThan(tree.changes.length);
      expect(toB).toBeLessThan(tree.changes.length);
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
    const tree = buildChangeTree(a, b);
    expect(tree.changes.map((c) => c.after.trim())).toEqual(['weekly', 'named']);
    const draft = applyDecisions(tree, { [tree.changes[1]!.id]: 'accept' });
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
    const tree = buildChangeTree(a, b);
    const termChange = tree.changes.find((c) => c.term?.id === 'availability')!;
    const inserted = tree.changes.find((c) => c.kind === 'clause-inserted')!;
    const kept = applyDecisions(tree, { [inserted.id]: 'accept' });
    expect(kept.terms.find((t) => t.id === 'availability')).toMatchObject({ value: 99.9 });
    // The new clause needs its term even though the term's own change was not accepted.
    expect(SlaDocument.safeParse(kept).success).toBe(true);
    const taken = applyDecisions(tree, { [termChange.id]: 'accept' });
    expect(taken.terms).toEqual([availabilityTerm(99.5)]);
    expect(taken.clauses[0]!.body[0]).toEqual(para('Availability: ', termRef('availability'), '.'));
  });

  it('keeps their text of a term as its annotation when it is accepted', () => {
    const a = testDocument(
      [clause('x', 'Availability', [para('At least ', termRef('availability'), '.')])],
      [availabilityTerm(99.9)],
    );
    const written = { type: 'term' as const, termId: 'availability', text: '99,95 %' };
    const b = testDocument(
      [clause('x', 'Availability', [para('At least ', written, '.')])],
      [availabilityTerm(99.95)],
    );
    const tree = buildChangeTree(a, b);
    expect(tree.changes.map((c) => c.id)).toEqual(['term:availability']);
    expect(applyDecisions(tree, {}, 'accept').clauses[0]!.body[0]).toEqual(para('At least ', written, '.'));
    expect(applyDecisions(tree, {}).clauses[0]!.body[0]).toEqual(a.clauses[0]!.body[0]);
  });

  it('decides all changes of one kind at once', () => {
    const { a, b } = pairs[0]!;
    const tree = buildChangeTree(a, b);
    const decisions = decideAllOfKind(tree, 'term', 'accept');
    const termIds = tree.changes.filter((c) => c.kind === 'term').map((c) => c.id);
    expect(Object.keys(decisions).sort()).toEqual(termIds.sort());
    const draft = applyDecisions(tree, decisions);
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
    const tree = buildChangeTree(a, imported);
    expect(tree.changes.map((c) => c.kind)).toEqual(['heading']);
    const draft = applyDecisions(tree, {}, 'accept');
    expect(draft.clauses.map((c) => c.id)).toEqual(a.clauses.map((c) => c.id));
    expect(draft.clauses[3]!.heading).toBe(imported.clauses[3]!.heading);
  });

  it('builds our draft from their tracked file: accepted gives their text without origins, rejected ours', () => {
    const a = testDocument([clause('x', 'Fix', [para('Fix within 30 days.')])]);
    const b = testDocument([
      clause('x', 'Fix', [para('Fix within ', del('30'), ins('45'), ' business days.')]),
    ]);
    const tree = buildChangeTree(a, b);
    expect(tree.originsJudged).toBe(true);
    expect(applyDecisions(tree, {}, 'accept').clauses[0]!.body).toEqual([
      para('Fix within 45 business days.'),
    ]);
    expect(applyDecisions(tree, {}).clauses[0]!.body).toEqual([para('Fix within 30 days.')]);
  });
});

/**
 * Differences the document model keeps no origin for (a clause's level, a list item's level or a
 * list's numbering): no Word revision of theirs can explain them, so they are silent by rule.
 */
const structuralOnly = (change: Change) =>
  (change.kind === 'formatting' && !change.marks) ||
  (change.kind === 'heading' &&
    change.before.replace(/ \((sub-)?clause\)$/, '') === change.after.replace(/ \((sub-)?clause\)$/, ''));

describe('redlineDocument', () => {
  const meta = { author: 'Brightline IT', date: '2026-11-20T10:00:00Z' };
  const shown = (doc: SlaDocument) => comparable(doc, { ids: false, structure: false });

  it.each(pairs)('is b under Accept All and a under Reject All (seed $seed)', ({ a, b }) => {
    const doc = redlineDocument(buildChangeTree(a, b), meta);
    const checked = SlaDocument.safeParse(doc);
    expect(checked.success ? [] : checked.error.issues).toEqual([]);
    expect(shown(viewDocument(doc, 'accepted'))).toEqual(shown(b));
    expect(shown(viewDocument(doc, 'original'))).toEqual(shown(a));
  });

  it.each(pairs)('as their file read against a, every change is tracked (seed $seed)', ({ a, b }) => {
    const theirs = redlineDocument(buildChangeTree(a, b), { author: 'Kunde AG' });
    const tree = buildChangeTree(a, theirs, { originsJudged: true });
    expect(tree.changes.length).toBeGreaterThan(0);
    expect(
      tree.changes
        .filter((c) => c.origin !== 'tracked' && c.origin !== null && !structuralOnly(c))
        .map((c) => [c.kind, c.before, c.after]),
    ).toEqual([]);
    expect(tree.changes.every((c) => c.revisions.every((r) => r.author === 'Kunde AG'))).toBe(true);
    expect(asDraft(applyDecisions(tree, {}, 'accept'))).toEqual(asDraft(viewDocument(theirs, 'accepted')));
    expect(asDraft(applyDecisions(tree, {}))).toEqual(asDraft(a));
    const again = redlineDocument(tree, meta);
    expect(shown(viewDocument(again, 'accepted'))).toEqual(shown(b));
    expect(shown(viewDocument(again, 'original'))).toEqual(shown(a));
  });

  it.each(pairs)(
    'as their file with silent edits under tracked ones, both are told apart (seed $seed)',
    ({ a, b, seed }) => {
      // What they claim we sent (`claimed`) differs from a silently; their tracked changes lead to b.
      const claimed = mutateSla(a, { seed: seed * 7, wordChangeRate: 0.02 });
      const theirs = redlineDocument(buildChangeTree(claimed, b), { author: 'Kunde AG' });
      const tree = buildChangeTree(a, theirs, { originsJudged: true });
      const silent = buildChangeTree(a, claimed).changes.length;
      expect(tree.changes.some((c) => c.origin === 'silent' || c.origin === 'mixed')).toBe(silent > 0);
      expect(tree.changes.filter((c) => c.origin === 'silent').every((c) => c.revisions.length === 0)).toBe(
        true,
      );
      expect(asDraft(applyDecisions(tree, {}, 'accept'))).toEqual(asDraft(viewDocument(theirs, 'accepted')));
      expect(asDraft(applyDecisions(tree, {}))).toEqual(asDraft(a));
      const again = redlineDocument(tree, meta);
      expect(shown(viewDocument(again, 'accepted'))).toEqual(shown(b));
      expect(shown(viewDocument(again, 'original'))).toEqual(shown(a));
    },
  );
});
