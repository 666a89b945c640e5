import type { SlaDocument as DocSlaDocument } from '../model/document';
import { fromLegacy, toLegacy, type Block, type Clause, type Inline, type SlaDocument } from './legacyModel';
import type { Term } from '../model/term';

function referencedTermIds(clauses: readonly Clause[]): string[] {
  const seen = new Set<string>();
  for (const clause of clauses)
    for (const block of clause.body) {
      const units =
        block.type === 'paragraph'
          ? [block.content]
          : block.type === 'list'
            ? block.items
            : block.rows.flat();
      for (const unit of units)
        for (const inline of unit) if (inline.type === 'term') seen.add(inline.termId);
    }
  return [...seen];
}
import { longestIncreasingSubsequence, mergeOrder, type OrderItem } from './alignSequence';
import { planRedline, type Aligned, type BlockPlan, type ClausePlan, type UnitPlan } from './planRedline';
import { tokensToInlines, type Token } from './tokenize';
import type { ChangeKind, Decision, Redline } from './types';

/**
 * Builds our next draft from a redline: each change accepted takes b's side, rejected keeps a's.
 * Accepting everything gives b, rejecting everything gives a (text inlines may be merged
 * differently). Clauses paired across differing ids (an imported round) keep a's id, so our stable
 * clause ids survive a counterparty's Word file. A term referenced by the result but whose own
 * change was rejected is kept, so the draft always stays valid.
 */
export function applyDecisions(
  docA: DocSlaDocument,
  docB: DocSlaDocument,
  redline: Redline,
  decisions: Readonly<Record<string, Decision>>,
  defaultDecision: Decision = 'reject',
): DocSlaDocument {
  const { plan, redline: fresh } = planRedline(docA, docB);
  const a = toLegacy(docA);
  const b = toLegacy(docB);
  if (
    fresh.changes.length !== redline.changes.length ||
    fresh.changes.some((change, i) => change.id !== redline.changes[i]!.id)
  )
    throw new Error('the redline does not belong to these two documents');
  const accepted = (changeId: string | null) =>
    changeId !== null && (decisions[changeId] ?? defaultDecision) === 'accept';

  const clauseItems: OrderItem<Clause | null>[] = plan.clauses.map((clausePlan) => {
    if (clausePlan.a !== null && clausePlan.b !== null)
      return {
        item: buildClause(a, b, clausePlan, accepted),
        a: clausePlan.a,
        b: clausePlan.b,
        anchor: !clausePlan.moved,
        placeBy: accepted(clausePlan.moveChangeId) ? 'b' : 'a',
      };
    if (clausePlan.a !== null)
      return {
        item: accepted(clausePlan.changeId) ? null : a.clauses[clausePlan.a]!,
        a: clausePlan.a,
        b: null,
        anchor: false,
        placeBy: 'a',
      };
    return {
      item: accepted(clausePlan.changeId) ? b.clauses[clausePlan.b]! : null,
      a: null,
      b: clausePlan.b,
      anchor: false,
      placeBy: 'b',
    };
  });
  const clauses = mergeOrder(clauseItems).filter((clause): clause is Clause => clause !== null);

  const takeTitle = accepted(plan.titleChangeId);
  const result: SlaDocument = {
    title: takeTitle ? b.title : a.title,
    language: takeTitle ? b.language : a.language,
    parties: { ...(accepted(plan.partiesChangeId) ? b.parties : a.parties) },
    clauses,
    terms: [],
  };
  result.terms = chooseTerms(a.terms, b.terms, plan.termChangeIds, accepted, defaultDecision, clauses);
  return fromLegacy(result);
}

function chooseTerms(
  termsA: readonly Term[],
  termsB: readonly Term[],
  changeIds: ReadonlyMap<string, string>,
  accepted: (changeId: string | null) => boolean,
  defaultDecision: Decision,
  clauses: readonly Clause[],
): Term[] {
  const indexB = new Map(termsB.map((term, i) => [term.id, i]));
  const pairs = termsA.flatMap((term, i) => (indexB.has(term.id) ? [{ a: i, b: indexB.get(term.id)! }] : []));
  const anchors = new Set(longestIncreasingSubsequence(pairs.map((p) => p.b)));
  const items: OrderItem<Term | null>[] = pairs.map((p, k) => {
    const changeId = changeIds.get(termsA[p.a]!.id) ?? null;
    const takeB = changeId ? accepted(changeId) : defaultDecision === 'accept';
    return {
      item: takeB ? termsB[p.b]! : termsA[p.a]!,
      a: p.a,
      b: p.b,
      anchor: anchors.has(k),
      placeBy: takeB ? 'b' : 'a',
    };
  });
  termsA.forEach((term, i) => {
    if (indexB.has(term.id)) return;
    items.push({
      item: accepted(changeIds.get(term.id) ?? null) ? null : term,
      a: i,
      b: null,
      anchor: false,
      placeBy: 'a',
    });
  });
  const indexA = new Set(termsA.map((term) => term.id));
  termsB.forEach((term, j) => {
    if (indexA.has(term.id)) return;
    items.push({
      item: accepted(changeIds.get(term.id) ?? null) ? term : null,
      a: null,
      b: j,
      anchor: false,
      placeBy: 'b',
    });
  });
  const terms = mergeOrder(items).filter((term): term is Term => term !== null);
  const present = new Set(terms.map((term) => term.id));
  for (const id of referencedTermIds(clauses)) {
    if (present.has(id)) continue;
    const term = termsB.find((t) => t.id === id) ?? termsA.find((t) => t.id === id);
    if (term) {
      terms.push(term);
      present.add(id);
    }
  }
  return terms;
}

type Accepted = (changeId: string | null) => boolean;

function buildClause(
  a: SlaDocument,
  b: SlaDocument,
  plan: Extract<ClausePlan, { b: number; a: number }>,
  accepted: Accepted,
): Clause {
  const clauseA = a.clauses[plan.a]!;
  const clauseB = b.clauses[plan.b]!;
  const headingFrom = accepted(plan.headingChangeId) ? clauseB : clauseA;
  return {
    id: clauseA.id,
    kind: headingFrom.kind,
    heading: headingFrom.heading,
    level: headingFrom.level,
    body: chooseAligned(plan.blocks, clauseA.body, clauseB.body, accepted, (blockPlan, blockA, blockB) =>
      buildBlock(blockPlan, blockA, blockB, accepted),
    ),
  };
}

/** Walks an order-preserving alignment and keeps, for one-sided items, the side the decision picks. */
function chooseAligned<P, T>(
  steps: readonly Aligned<P>[],
  listA: readonly T[],
  listB: readonly T[],
  accepted: Accepted,
  buildPair: (plan: P, a: T, b: T) => T,
): T[] {
  const out: T[] = [];
  for (const step of steps) {
    if (step.a !== null && step.b !== null) out.push(buildPair(step.plan, listA[step.a]!, listB[step.b]!));
    else if (step.a !== null) {
      if (!accepted(step.changeId)) out.push(listA[step.a]!);
    } else if (accepted(step.changeId)) out.push(listB[step.b!]!);
  }
  return out;
}

function buildUnit(plan: UnitPlan, accepted: Accepted): Inline[] {
  if (plan.same) return plan.inlines.map((inline) => ({ ...inline }));
  const tokens: Token[] = [];
  plan.hunks.forEach((hunk, k) => {
    const changeId = plan.changeIds[k] ?? null;
    if (hunk.op === 'equal' || accepted(changeId)) tokens.push(...plan.bTokens.slice(hunk.bStart, hunk.bEnd));
    else tokens.push(...plan.aTokens.slice(hunk.aStart, hunk.aEnd));
  });
  return tokensToInlines(tokens);
}

function buildBlock(plan: BlockPlan, a: Block, b: Block, accepted: Accepted): Block {
  if (plan.type === 'paragraph') return { type: 'paragraph', content: buildUnit(plan.unit, accepted) };
  if (plan.type === 'list' && a.type === 'list' && b.type === 'list')
    return {
      type: 'list',
      ordered: b.ordered,
      items: chooseAligned(plan.items, a.items, b.items, accepted, (unit) => buildUnit(unit, accepted)),
    };
  if (plan.type === 'table' && a.type === 'table' && b.type === 'table')
    return {
      type: 'table',
      role: b.role,
      headerRow: b.headerRow,
      rows: chooseAligned(plan.rows, a.rows, b.rows, accepted, (rowPlan, rowA, rowB) =>
        chooseAligned(rowPlan.cells, rowA, rowB, accepted, (unit) => buildUnit(unit, accepted)),
      ),
    };
  throw new Error('block plan does not match the blocks');
}

/** Decisions that set every change of one kind (the compare screen's "accept all wording"). */
export function decideAllOfKind(
  redline: Redline,
  kind: ChangeKind,
  decision: Decision,
  decisions: Readonly<Record<string, Decision>> = {},
): Record<string, Decision> {
  const next: Record<string, Decision> = { ...decisions };
  for (const change of redline.changes) if (change.kind === kind) next[change.id] = decision;
  return next;
}
