import type { SlaDocument as DocSlaDocument } from '../model/document';
import { toLegacy, type Block, type Clause, type Inline, type SlaDocument } from './legacyModel';
import { numberClauses } from '../model/numbering';
import type { Term } from '../model/term';
import { formatTermValue } from '../format/formatTermValue';
import { canonicalize } from '../rounds/hashRound';
import { alignClauses } from './alignClauses';
import { alignSequence, mergeOrder, type AlignStep, type OrderItem } from './alignSequence';
import { classifyHunk, termEffect } from './classifyChange';
import { diffTokens, type Hunk } from './diffTokens';
import {
  inlinesKey,
  sameInlines,
  inlinesText,
  tokenizeInlines,
  tokenizePair,
  wordsOf,
  type TermText,
  type Token,
} from './tokenize';
import type { BlockDiff, Change, ChangeKind, ClauseDiff, DiffPart, Redline } from './types';

export interface RedlineOptions {
  /** Called after each clause with the fraction done (0..1), for a progress bar. */
  onProgress?: (fraction: number) => void;
}

/*
 * The plan is the redline's internal twin: the same alignment and hunks, but with tokens, so
 * applyDecisions can rebuild inlines (marks, term references) from the chosen side of each change.
 * Everything here is deterministic, so planning the same pair again yields the same change ids.
 */
export type UnitPlan =
  | { same: true; inlines: Inline[] }
  | { same: false; aTokens: Token[]; bTokens: Token[]; hunks: Hunk[]; changeIds: (string | null)[] };

export type Aligned<P> =
  | { a: number; b: number; plan: P }
  | { a: number; b: null; changeId: string }
  | { a: null; b: number; changeId: string };

export interface RowPlan {
  cells: Aligned<UnitPlan>[];
}

export type BlockPlan =
  | { type: 'paragraph'; unit: UnitPlan }
  | { type: 'list'; items: Aligned<UnitPlan>[] }
  | { type: 'table'; rows: Aligned<RowPlan>[] };

export type ClausePlan =
  | {
      a: number;
      b: number;
      moved: boolean;
      moveChangeId: string | null;
      headingChangeId: string | null;
      blocks: Aligned<BlockPlan>[];
    }
  | { a: number; b: null; changeId: string }
  | { a: null; b: number; changeId: string };

export interface RedlinePlan {
  clauses: ClausePlan[];
  /** Terms whose definition differs, or that exist on one side only: term id → change id. */
  termChangeIds: Map<string, string>;
  titleChangeId: string | null;
  partiesChangeId: string | null;
}

const ALL_KINDS: ChangeKind[] = [
  'clause-inserted',
  'clause-removed',
  'clause-moved',
  'heading',
  'wording',
  'number',
  'punctuation',
  'whitespace',
  'table-cell',
  'term',
];

export function termChangeId(termId: string): string {
  return `term:${termId}`;
}

interface PendingTerm {
  id: string;
  before: Term | null;
  after: Term | null;
}

interface Context {
  clauseId: string;
  numberA: string | null;
  numberB: string | null;
  heading: string;
}

function blockTypeKey(block: Block): string {
  if (block.type === 'paragraph') return 'p';
  if (block.type === 'list') return block.ordered ? 'l1' : 'l0';
  return `t:${block.role}:${block.headerRow ? 1 : 0}`;
}

function blockKey(block: Block): string {
  if (block.type === 'paragraph') return `p|${inlinesKey(block.content)}`;
  if (block.type === 'list') return `${blockTypeKey(block)}|${block.items.map(inlinesKey).join('\u0004')}`;
  return `${blockTypeKey(block)}|${block.rows.map(rowKey).join('\u0005')}`;
}

function rowKey(row: Inline[][]): string {
  return row.map(inlinesKey).join('\u0004');
}

function sameList<T>(x: readonly T[], y: readonly T[], same: (p: T, q: T) => boolean): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (!same(x[i]!, y[i]!)) return false;
  return true;
}

const identitySteps = (length: number): AlignStep[] => Array.from({ length }, (_, i) => ({ a: i, b: i }));

/*
 * Equality is checked on the inlines themselves before any key is built: most clauses of two
 * rounds are identical, and building and comparing their key strings was most of the cost of an
 * unchanged clause.
 */
function sameRow(x: readonly Inline[][], y: readonly Inline[][]): boolean {
  return sameList(x, y, sameInlines);
}

function sameBlock(x: Block, y: Block): boolean {
  if (x.type === 'paragraph') return y.type === 'paragraph' && sameInlines(x.content, y.content);
  if (x.type === 'list')
    return y.type === 'list' && x.ordered === y.ordered && sameList(x.items, y.items, sameInlines);
  return (
    y.type === 'table' &&
    x.role === y.role &&
    x.headerRow === y.headerRow &&
    sameList(x.rows, y.rows, sameRow)
  );
}

/** Dice similarity of the word sets of two keyed sequences' items, each set built once. */
function wordSimilarity(aKeys: readonly string[], bKeys: readonly string[]) {
  const setsA = new Map<number, Set<string>>();
  const setsB = new Map<number, Set<string>>();
  const setOf = (cache: Map<number, Set<string>>, keys: readonly string[], i: number) => {
    let set = cache.get(i);
    if (!set) cache.set(i, (set = new Set(wordsOf(keys[i]!))));
    return set;
  };
  return (i: number, j: number) => {
    // Most edited blocks keep long runs at both ends; that decides without building word sets.
    const quick = sharedEnds(aKeys[i]!, bKeys[j]!);
    return quick >= 0.5 ? quick : Math.max(quick, dice(setOf(setsA, aKeys, i), setOf(setsB, bKeys, j)));
  };
}

/** Share of the longer string covered by the common prefix and suffix of both. */
function sharedEnds(x: string, y: string): number {
  const limit = Math.min(x.length, y.length);
  let prefix = 0;
  while (prefix < limit && x.charCodeAt(prefix) === y.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < limit - prefix &&
    x.charCodeAt(x.length - 1 - suffix) === y.charCodeAt(y.length - 1 - suffix)
  )
    suffix++;
  return (prefix + suffix) / Math.max(1, x.length, y.length);
}

function dice(sx: ReadonlySet<string>, sy: ReadonlySet<string>): number {
  if (sx.size === 0 && sy.size === 0) return 1;
  let common = 0;
  for (const word of sx) if (sy.has(word)) common++;
  return (2 * common) / (sx.size + sy.size);
}

class RedlinePlanner {
  readonly changes: Change[] = [];
  readonly counts = Object.fromEntries(ALL_KINDS.map((k) => [k, 0])) as Record<ChangeKind, number>;
  private nextId = 1;
  private context: Context = { clauseId: '', numberA: null, numberB: null, heading: '' };
  private readonly pendingTerms = new Map<string, PendingTerm>();
  readonly termChangeIds = new Map<string, string>();
  /** Set when a term value shows changed inside the current clause. */
  private termShown = false;
  readonly termTextA: TermText;
  readonly termTextB: TermText;
  private readonly termsA: Map<string, Term>;
  private readonly termsB: Map<string, Term>;
  readonly numbersA: string[];
  readonly numbersB: string[];

  constructor(
    readonly a: SlaDocument,
    readonly b: SlaDocument,
    /**
     * Whether unit plans keep their tokens (applyDecisions needs them, computeRedline does not).
     * Tokens kept alive across the whole run survive young-generation GCs and were the largest
     * single cost of a redline of a long document.
     */
    private readonly keepTokens: boolean,
  ) {
    this.termsA = new Map(a.terms.map((t) => [t.id, t]));
    this.termsB = new Map(b.terms.map((t) => [t.id, t]));
    const textCache = (terms: Map<string, Term>, doc: SlaDocument): TermText => {
      const cache = new Map<string, string>();
      return (termId) => {
        let value = cache.get(termId);
        if (value === undefined) {
          const term = terms.get(termId);
          value = term ? formatTermValue(term, doc.language) : `{${termId}}`;
          cache.set(termId, value);
        }
        return value;
      };
    };
    this.termTextA = textCache(this.termsA, a);
    this.termTextB = textCache(this.termsB, b);
    this.numbersA = numberClauses(a.clauses);
    this.numbersB = numberClauses(b.clauses);
    for (const id of new Set([...this.termsA.keys(), ...this.termsB.keys()])) {
      const before = this.termsA.get(id) ?? null;
      const after = this.termsB.get(id) ?? null;
      if (before && after && canonicalize(before) === canonicalize(after)) continue;
      this.pendingTerms.set(id, { id, before, after });
      this.termChangeIds.set(id, termChangeId(id));
    }
  }

  private addChange(kind: ChangeKind, before: string, after: string, id?: string): string {
    const changeId = id ?? `c${this.nextId++}`;
    this.changes.push({
      id: changeId,
      kind,
      clauseId: this.context.clauseId,
      clauseNumberA: this.context.numberA,
      clauseNumberB: this.context.numberB,
      heading: this.context.heading,
      before,
      after,
      effect: 'neutral',
    });
    this.counts[kind]++;
    return changeId;
  }

  /** Lists a term's change where the document first shows the term. */
  private meetTerm(termId: string) {
    const pending = this.pendingTerms.get(termId);
    if (!pending) return;
    this.pendingTerms.delete(termId);
    const { before, after } = pending;
    this.addChange(
      'term',
      before ? formatTermValue(before, this.a.language) : '',
      after ? formatTermValue(after, this.b.language) : '',
      termChangeId(termId),
    );
    const change = this.changes[this.changes.length - 1]!;
    change.term = { id: termId, label: (after ?? before)!.label, before, after };
    change.effect = termEffect(before, after);
  }

  private termParts(termId: string, parts: DiffPart[]) {
    this.meetTerm(termId);
    const aText = this.termTextA(termId);
    const bText = this.termTextB(termId);
    const changeId = this.termChangeIds.get(termId);
    if (aText !== bText && changeId) {
      parts.push({ text: aText, op: 'delete', changeId }, { text: bText, op: 'insert', changeId });
      this.termShown = true;
    } else pushPart(parts, { text: bText, op: 'equal' });
  }

  /** Parts of inlines shown whole, as inserted, deleted or unchanged. */
  private wholeParts(inlines: readonly Inline[], side: 'a' | 'b', op: DiffPart['op'], changeId?: string) {
    const parts: DiffPart[] = [];
    const termText = side === 'a' ? this.termTextA : this.termTextB;
    for (const inline of inlines) {
      if (inline.type === 'term') {
        if (op === 'equal') {
          this.termParts(inline.termId, parts);
          continue;
        }
        this.meetTerm(inline.termId);
      }
      const text = inline.type === 'term' ? termText(inline.termId) : inline.text;
      pushPart(parts, changeId ? { text, op, changeId } : { text, op });
    }
    return parts;
  }

  planUnit(
    a: readonly Inline[],
    b: readonly Inline[],
    inTable: boolean,
  ): { plan: UnitPlan; parts: DiffPart[] } {
    if (sameInlines(a, b))
      return { plan: { same: true, inlines: [...b] }, parts: this.wholeParts(b, 'b', 'equal') };
    const [aTokens, bTokens] = tokenizePair(a, b, this.termTextA, this.termTextB);
    const hunks = diffTokens(aTokens, bTokens);
    const parts: DiffPart[] = [];
    const changeIds: (string | null)[] = [];
    for (const hunk of hunks) {
      if (hunk.op === 'equal') {
        changeIds.push(null);
        let equal = '';
        for (let j = hunk.bStart; j < hunk.bEnd; j++) {
          const token = bTokens[j]!;
          if (token.kind !== 'term') {
            equal += token.text;
            continue;
          }
          pushPart(parts, { text: equal, op: 'equal' });
          equal = '';
          this.termParts(token.termId!, parts);
        }
        pushPart(parts, { text: equal, op: 'equal' });
        continue;
      }
      const removed = aTokens.slice(hunk.aStart, hunk.aEnd);
      const inserted = bTokens.slice(hunk.bStart, hunk.bEnd);
      for (const token of [...removed, ...inserted]) if (token.kind === 'term') this.meetTerm(token.termId!);
      const before = joinText(removed);
      const after = joinText(inserted);
      const changeId = this.addChange(classifyHunk(before, after, inTable), before, after);
      changeIds.push(changeId);
      if (before) parts.push({ text: before, op: 'delete', changeId });
      if (after) parts.push({ text: after, op: 'insert', changeId });
    }
    const plan: UnitPlan = this.keepTokens
      ? { same: false, aTokens, bTokens, hunks, changeIds }
      : { same: false, aTokens: [], bTokens: [], hunks: [], changeIds: [] };
    return { plan, parts };
  }

  private plainText(inlines: readonly Inline[], side: 'a' | 'b'): string {
    return inlinesText(inlines, side === 'a' ? this.termTextA : this.termTextB);
  }

  blockText(block: Block, side: 'a' | 'b'): string {
    if (block.type === 'paragraph') return this.plainText(block.content, side);
    if (block.type === 'list') return block.items.map((item) => this.plainText(item, side)).join('\n');
    return block.rows.map((row) => this.rowText(row, side)).join('\n');
  }

  private rowText(row: readonly Inline[][], side: 'a' | 'b'): string {
    return row.map((cell) => this.plainText(cell, side)).join(' | ');
  }

  clauseText(clause: Clause, side: 'a' | 'b'): string {
    return clause.body.map((block) => this.blockText(block, side)).join('\n');
  }

  /** BlockDiffs of a block shown whole (inserted, removed, or inside an inserted clause). */
  private wholeBlockDiffs(block: Block, index: number, side: 'a' | 'b', changeId: string): BlockDiff[] {
    const op = side === 'a' ? 'delete' : 'insert';
    const blockA = side === 'a' ? index : null;
    const blockB = side === 'b' ? index : null;
    if (block.type === 'paragraph')
      return [{ type: 'text', blockA, blockB, parts: this.wholeParts(block.content, side, op, changeId) }];
    if (block.type === 'list')
      return block.items.map((item, k) => ({
        type: 'text',
        blockA,
        blockB,
        item: k,
        parts: this.wholeParts(item, side, op, changeId),
      }));
    return [
      {
        type: 'table',
        blockA,
        blockB,
        rows: block.rows.map((row) => ({
          status: side === 'a' ? 'removed' : 'inserted',
          cells: row.map((cell) => this.wholeParts(cell, side, op, changeId)),
        })),
      },
    ];
  }

  private alignUnits(a: readonly Inline[][], b: readonly Inline[][]): AlignStep[] {
    if (sameList(a, b, sameInlines)) return identitySteps(a.length);
    const aKeys = a.map(inlinesKey);
    const bKeys = b.map(inlinesKey);
    return alignSequence(aKeys, bKeys, () => true, wordSimilarity(aKeys, bKeys));
  }

  private planList(
    a: Extract<Block, { type: 'list' }>,
    b: Extract<Block, { type: 'list' }>,
    blockA: number,
    blockB: number,
    diffs: BlockDiff[],
  ): BlockPlan {
    const items: Aligned<UnitPlan>[] = [];
    for (const step of this.alignUnits(a.items, b.items)) {
      if (step.a !== null && step.b !== null) {
        const { plan, parts } = this.planUnit(a.items[step.a]!, b.items[step.b]!, false);
        items.push({ a: step.a, b: step.b, plan });
        diffs.push({ type: 'text', blockA, blockB, item: step.b, parts });
      } else if (step.a !== null) {
        const text = this.plainText(a.items[step.a]!, 'a');
        const changeId = this.addChange(classifyHunk(text, '', false), text, '');
        items.push({ a: step.a, b: null, changeId });
        diffs.push({
          type: 'text',
          blockA,
          blockB: null,
          item: step.a,
          parts: this.wholeParts(a.items[step.a]!, 'a', 'delete', changeId),
        });
      } else {
        const text = this.plainText(b.items[step.b!]!, 'b');
        const changeId = this.addChange(classifyHunk('', text, false), '', text);
        items.push({ a: null, b: step.b!, changeId });
        diffs.push({
          type: 'text',
          blockA: null,
          blockB,
          item: step.b!,
          parts: this.wholeParts(b.items[step.b!]!, 'b', 'insert', changeId),
        });
      }
    }
    return { type: 'list', items };
  }

  private planTable(
    a: Extract<Block, { type: 'table' }>,
    b: Extract<Block, { type: 'table' }>,
    blockA: number,
    blockB: number,
    diffs: BlockDiff[],
  ): BlockPlan {
    const same = sameList(a.rows, b.rows, sameRow);
    const aKeys = same ? [] : a.rows.map(rowKey);
    const bKeys = same ? [] : b.rows.map(rowKey);
    const rowSimilarity = wordSimilarity(aKeys, bKeys);
    const steps = same
      ? identitySteps(a.rows.length)
      : alignSequence(
          aKeys,
          bKeys,
          () => true,
          (i, j) => {
            // Rows are named by their first cell (priority, availability band).
            const firstA = a.rows[i]![0] ?? [];
            const firstB = b.rows[j]![0] ?? [];
            if (sameInlines(firstA, firstB)) return 1;
            return rowSimilarity(i, j);
          },
        );
    const rows: Aligned<RowPlan>[] = [];
    const diffRows: Extract<BlockDiff, { type: 'table' }>['rows'] = [];
    for (const step of steps) {
      if (step.a !== null && step.b !== null) {
        const rowA = a.rows[step.a]!;
        const rowB = b.rows[step.b]!;
        const cells: Aligned<UnitPlan>[] = [];
        const cellParts: DiffPart[][] = [];
        const before = this.changes.length;
        for (let k = 0; k < Math.max(rowA.length, rowB.length); k++) {
          const cellA = rowA[k];
          const cellB = rowB[k];
          if (cellA && cellB) {
            const { plan, parts } = this.planUnit(cellA, cellB, true);
            cells.push({ a: k, b: k, plan });
            cellParts.push(parts);
          } else if (cellA) {
            const text = this.plainText(cellA, 'a');
            const changeId = this.addChange('table-cell', text, '');
            cells.push({ a: k, b: null, changeId });
            cellParts.push(this.wholeParts(cellA, 'a', 'delete', changeId));
          } else {
            const text = this.plainText(cellB!, 'b');
            const changeId = this.addChange('table-cell', '', text);
            cells.push({ a: null, b: k, changeId });
            cellParts.push(this.wholeParts(cellB!, 'b', 'insert', changeId));
          }
        }
        rows.push({ a: step.a, b: step.b, plan: { cells } });
        const changed =
          this.changes.length > before || cellParts.some((p) => p.some((x) => x.op !== 'equal'));
        diffRows.push({ status: changed ? 'changed' : 'equal', cells: cellParts });
      } else if (step.a !== null) {
        const row = a.rows[step.a]!;
        const changeId = this.addChange('table-cell', this.rowText(row, 'a'), '');
        rows.push({ a: step.a, b: null, changeId });
        diffRows.push({
          status: 'removed',
          cells: row.map((cell) => this.wholeParts(cell, 'a', 'delete', changeId)),
        });
      } else {
        const row = b.rows[step.b!]!;
        const changeId = this.addChange('table-cell', '', this.rowText(row, 'b'));
        rows.push({ a: null, b: step.b!, changeId });
        diffRows.push({
          status: 'inserted',
          cells: row.map((cell) => this.wholeParts(cell, 'b', 'insert', changeId)),
        });
      }
    }
    diffs.push({ type: 'table', blockA, blockB, rows: diffRows });
    return { type: 'table', rows };
  }

  private planBlocks(a: Clause, b: Clause, diffs: BlockDiff[]): Aligned<BlockPlan>[] {
    const same = sameList(a.body, b.body, sameBlock);
    const aKeys = same ? [] : a.body.map(blockKey);
    const bKeys = same ? [] : b.body.map(blockKey);
    const steps = same
      ? identitySteps(a.body.length)
      : alignSequence(
          aKeys,
          bKeys,
          (i, j) => blockTypeKey(a.body[i]!) === blockTypeKey(b.body[j]!),
          wordSimilarity(aKeys, bKeys),
        );
    const blocks: Aligned<BlockPlan>[] = [];
    for (const step of steps) {
      if (step.a !== null && step.b !== null) {
        const blockA = a.body[step.a]!;
        const blockB = b.body[step.b]!;
        let plan: BlockPlan;
        if (blockA.type === 'paragraph' && blockB.type === 'paragraph') {
          const { plan: unit, parts } = this.planUnit(blockA.content, blockB.content, false);
          diffs.push({ type: 'text', blockA: step.a, blockB: step.b, parts });
          plan = { type: 'paragraph', unit };
        } else if (blockA.type === 'list' && blockB.type === 'list')
          plan = this.planList(blockA, blockB, step.a, step.b, diffs);
        else if (blockA.type === 'table' && blockB.type === 'table')
          plan = this.planTable(blockA, blockB, step.a, step.b, diffs);
        else throw new Error('aligned blocks of different types');
        blocks.push({ a: step.a, b: step.b, plan });
      } else if (step.a !== null) {
        const block = a.body[step.a]!;
        const text = this.blockText(block, 'a');
        const changeId = this.addChange(
          block.type === 'table' ? 'table-cell' : classifyHunk(text, '', false),
          text,
          '',
        );
        blocks.push({ a: step.a, b: null, changeId });
        diffs.push(...this.wholeBlockDiffs(block, step.a, 'a', changeId));
      } else {
        const block = b.body[step.b!]!;
        const text = this.blockText(block, 'b');
        const changeId = this.addChange(
          block.type === 'table' ? 'table-cell' : classifyHunk('', text, false),
          '',
          text,
        );
        blocks.push({ a: null, b: step.b!, changeId });
        diffs.push(...this.wholeBlockDiffs(block, step.b!, 'b', changeId));
      }
    }
    return blocks;
  }

  private headingTokens(heading: string, side: 'a' | 'b') {
    return tokenizeInlines(
      heading ? [{ type: 'text', text: heading }] : [],
      side === 'a' ? this.termTextA : this.termTextB,
    );
  }

  planPair(ai: number, bi: number, moved: boolean): { plan: ClausePlan; diff: ClauseDiff } {
    const a = this.a.clauses[ai]!;
    const b = this.b.clauses[bi]!;
    this.context = {
      clauseId: b.id,
      numberA: this.numbersA[ai]!,
      numberB: this.numbersB[bi]!,
      heading: b.heading,
    };
    const before = this.changes.length;
    this.termShown = false;
    const moveChangeId = moved
      ? this.addChange(
          'clause-moved',
          `${this.numbersA[ai]} ${a.heading}`,
          `${this.numbersB[bi]} ${b.heading}`,
        )
      : null;
    let headingChangeId: string | null = null;
    let heading: DiffPart[];
    if (a.heading !== b.heading || a.level !== b.level || a.kind !== b.kind) {
      // Level and kind travel with the heading: accepting it takes all three.
      const describe = (clause: Clause) =>
        a.heading === b.heading
          ? `${clause.heading} (${clause.level === 1 ? 'clause' : 'sub-clause'})`
          : clause.heading;
      headingChangeId = this.addChange('heading', describe(a), describe(b));
      const aTokens = this.headingTokens(a.heading, 'a');
      const bTokens = this.headingTokens(b.heading, 'b');
      heading = [];
      for (const hunk of diffTokens(aTokens, bTokens)) {
        if (hunk.op === 'equal')
          pushPart(heading, { text: joinText(bTokens.slice(hunk.bStart, hunk.bEnd)), op: 'equal' });
        else {
          const removed = joinText(aTokens.slice(hunk.aStart, hunk.aEnd));
          const inserted = joinText(bTokens.slice(hunk.bStart, hunk.bEnd));
          if (removed) heading.push({ text: removed, op: 'delete', changeId: headingChangeId });
          if (inserted) heading.push({ text: inserted, op: 'insert', changeId: headingChangeId });
        }
      }
    } else heading = b.heading ? [{ text: b.heading, op: 'equal' }] : [];
    const blocks: BlockDiff[] = [];
    const blockPlans = this.planBlocks(a, b, blocks);
    const changed = this.changes.length > before || this.termShown;
    return {
      plan: { a: ai, b: bi, moved, moveChangeId, headingChangeId, blocks: blockPlans },
      diff: {
        key: b.id,
        status: moved ? 'moved' : changed ? 'changed' : 'unchanged',
        a: { clause: a, number: this.numbersA[ai]!, index: ai },
        b: { clause: b, number: this.numbersB[bi]!, index: bi },
        heading,
        blocks,
      },
    };
  }

  planSingle(index: number, side: 'a' | 'b'): { plan: ClausePlan; diff: ClauseDiff } {
    const doc = side === 'a' ? this.a : this.b;
    const numbers = side === 'a' ? this.numbersA : this.numbersB;
    const clause = doc.clauses[index]!;
    const number = numbers[index]!;
    this.context = {
      clauseId: clause.id,
      numberA: side === 'a' ? number : null,
      numberB: side === 'b' ? number : null,
      heading: clause.heading,
    };
    const text = `${clause.heading}\n${this.clauseText(clause, side)}`;
    const changeId =
      side === 'a' ? this.addChange('clause-removed', text, '') : this.addChange('clause-inserted', '', text);
    const op = side === 'a' ? 'delete' : 'insert';
    const blocks = clause.body.flatMap((block, k) => this.wholeBlockDiffs(block, k, side, changeId));
    const ref = { clause, number, index };
    return {
      plan: side === 'a' ? { a: index, b: null, changeId } : { a: null, b: index, changeId },
      diff: {
        key: clause.id,
        status: side === 'a' ? 'removed' : 'inserted',
        a: side === 'a' ? ref : null,
        b: side === 'b' ? ref : null,
        heading: clause.heading ? [{ text: clause.heading, op, changeId }] : [],
        blocks,
      },
    };
  }

  planDocumentFields(): { titleChangeId: string | null; partiesChangeId: string | null } {
    const { a, b } = this;
    this.context = { clauseId: '', numberA: null, numberB: null, heading: '' };
    const describeTitle = (doc: SlaDocument) =>
      a.language === b.language ? doc.title : `${doc.title} (${doc.language})`;
    const titleChangeId =
      a.title !== b.title || a.language !== b.language
        ? this.addChange('heading', describeTitle(a), describeTitle(b))
        : null;
    const describeParties = (doc: SlaDocument) => `${doc.parties.provider} / ${doc.parties.customer}`;
    const partiesChangeId =
      a.parties.provider !== b.parties.provider || a.parties.customer !== b.parties.customer
        ? this.addChange('wording', describeParties(a), describeParties(b))
        : null;
    return { titleChangeId, partiesChangeId };
  }

  /** Term changes not met in any clause (the term is not referenced) go last. */
  flushTerms() {
    this.context = { clauseId: '', numberA: null, numberB: null, heading: '' };
    for (const termId of [...this.pendingTerms.keys()]) this.meetTerm(termId);
  }
}

function joinText(tokens: readonly Token[]): string {
  let text = '';
  for (const token of tokens) text += token.text;
  return text;
}

/** Appends a part, merging it into the previous one when both have the same op and change. */
function pushPart(parts: DiffPart[], part: DiffPart) {
  if (!part.text) return;
  const last = parts[parts.length - 1];
  if (last && last.op === part.op && last.changeId === part.changeId) last.text += part.text;
  else parts.push(part);
}

/** `keepTokens: false` gives a plan without tokens: enough for the redline, not for applying it. */
export function planRedline(
  docA: DocSlaDocument,
  docB: DocSlaDocument,
  options: RedlineOptions & { keepTokens?: boolean } = {},
): { redline: Redline; plan: RedlinePlan } {
  const a = toLegacy(docA);
  const b = toLegacy(docB);
  const planner = new RedlinePlanner(a, b, options.keepTokens ?? true);
  const { titleChangeId, partiesChangeId } = planner.planDocumentFields();
  const alignment = alignClauses(a.clauses, b.clauses, (clause) =>
    clause.body.map((block) => blockKey(block)).join('\n'),
  );
  // Shown in b's order; a removed clause sits where it stood in a, between the same neighbours.
  const order = mergeOrder<ClauseStep>([
    ...alignment.pairs.map((p): OrderItem<ClauseStep> => ({
      item: { a: p.a, b: p.b, moved: p.moved },
      a: p.a,
      b: p.b,
      anchor: !p.moved,
      placeBy: 'b',
    })),
    ...alignment.removed.map((i): OrderItem<ClauseStep> => ({
      item: { a: i, b: null, moved: false },
      a: i,
      b: null,
      anchor: false,
      placeBy: 'a',
    })),
    ...alignment.inserted.map((j): OrderItem<ClauseStep> => ({
      item: { a: null, b: j, moved: false },
      a: null,
      b: j,
      anchor: false,
      placeBy: 'b',
    })),
  ]);
  const clausePlans: ClausePlan[] = [];
  const clauseDiffs: ClauseDiff[] = [];
  order.forEach((step, k) => {
    const { plan, diff } =
      step.a !== null && step.b !== null
        ? planner.planPair(step.a, step.b, step.moved)
        : step.a !== null
          ? planner.planSingle(step.a, 'a')
          : planner.planSingle(step.b!, 'b');
    clausePlans.push(plan);
    clauseDiffs.push(diff);
    options.onProgress?.((k + 1) / order.length);
  });
  planner.flushTerms();
  if (order.length === 0) options.onProgress?.(1);
  return {
    redline: { clauses: clauseDiffs, changes: planner.changes, counts: planner.counts },
    plan: { clauses: clausePlans, termChangeIds: planner.termChangeIds, titleChangeId, partiesChangeId },
  };
}

interface ClauseStep {
  a: number | null;
  b: number | null;
  moved: boolean;
}
