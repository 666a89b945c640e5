import type {
  Block,
  Box,
  Clause,
  Inline,
  List,
  ListItem,
  NoteInline,
  Origin,
  Paragraph,
  SlaDocument,
  Table,
  TableRow,
  TermInline,
} from '../model/document';
import { clauseNumbers, numberClauses } from '../model/numbering';
import type { Term } from '../model/term';
import { hasOrigins, isRemovedIn, viewBlocks, viewDocument, viewInlines } from '../model/views';
import { formatTermValue, termInlineText } from '../format/formatTermValue';
import { partiesLine } from '../format/partiesLine';
import { canonicalize } from '../rounds/hashRound';
import { alignClauses, normalizeNumber } from './alignClauses';
import { mergeOrder, type OrderItem } from './alignSequence';
import type {
  BlockNode,
  BoxNode,
  CellNode,
  ChangeLocation,
  ChangeTree,
  ClauseNode,
  ItemProps,
  ListNode,
  PartNode,
  RowNode,
  Span,
  TableNode,
  TextNode,
} from './changeTree';
import { ChangeRecorder, termChangeId, type ChangeContext } from './changeRecorder';
import { termEffect } from './classifyChange';
import { emitSide, emitUnit, planGroups, pushSpan, walkUnit, type EmitEnv, type UnitGroup } from './diffUnit';
import { matchUnits, type UnitMatch } from './matchUnits';
import { tokenizePair, tokenizeSegments, sortedMarks, type Segment, type TermText } from './tokenize';

export interface ChangeTreeOptions {
  /**
   * Whether b was read from Word against a, so its origins say what is tracked and what is silent.
   * Default: whether b carries any origin. Callers know better: a received round against the round
   * its file was read against (`received.referenceRoundId`), Compare files and the CLI (the newer
   * file read against the older one) judge; any other pair does not, and b is compared as accepted.
   */
  originsJudged?: boolean;
  /** Called after each clause with the fraction done (0..1), for a progress bar. */
  onProgress?: (fraction: number) => void;
}

/**
 * The pair redlined once (issue 8): front matter, clauses aligned (id, heading in any numbering
 * style, similarity, number; moves by the longest common order), blocks aligned recursively
 * (paragraphs, list items, table rows and cells, text boxes, notes at their reference), a word diff
 * per aligned pair, and headers/footers. Pure and deterministic (work budgets, no clock): the same
 * pair always gives the same tree and the same change ids.
 *
 * Clause numbers are never compared as text, so renumbering caused by an insertion, removal, move
 * or level change is never a change. A number as written in b (a label) is a change only when it
 * agrees neither with the number its place in b gives it (b's clauses numbered by order and level,
 * as ours are) nor with the number the clause had in a — both compared without their style
 * (`§ 3` = `3.` = `3`), and only when all are plain numbers like `3` or `3.1`: someone typed a
 * different number by hand.
 */
export function buildChangeTree(a: SlaDocument, b: SlaDocument, options: ChangeTreeOptions = {}): ChangeTree {
  const judged = options.originsJudged ?? hasOrigins(b);
  const aDoc = hasOrigins(a) ? viewDocument(a, 'accepted') : a;
  const bDoc = judged || !hasOrigins(b) ? b : viewDocument(b, 'accepted');
  return new TreeBuilder(aDoc, bDoc, judged, options).build();
}

type Side = 'a' | 'b';

/** A term's value as compared for lifting: two terms with the same value show the same text. */
function valueKey(term: Term | undefined): string {
  if (!term) return '';
  switch (term.kind) {
    case 'duration':
      return `${term.kind}:${term.value}:${term.unit}`;
    case 'money':
      return `${term.kind}:${term.value}:${term.currency}`;
    default:
      return `${term.kind}:${term.value}`;
  }
}

function makeTermText(terms: ReadonlyMap<string, Term>, doc: SlaDocument): TermText {
  const cache = new Map<string, string>();
  return (inline: TermInline) => {
    if (inline.text !== undefined) return inline.text;
    let text = cache.get(inline.termId);
    if (text === undefined) {
      text = termInlineText(inline, terms.get(inline.termId), doc.language) ?? '';
      cache.set(inline.termId, text);
    }
    return text;
  };
}

function inlinesText(inlines: readonly Inline[], termText: TermText): string {
  let out = '';
  for (const inline of inlines)
    if (inline.type === 'text') out += inline.text;
    else if (inline.type === 'term') out += termText(inline);
  return out;
}

function blockText(block: Block, termText: TermText): string {
  if (block.type === 'paragraph') return inlinesText(block.content, termText);
  if (block.type === 'list') return block.items.map((item) => inlinesText(item.content, termText)).join('\n');
  if (block.type === 'table') return block.rows.map((row) => rowText(row, termText)).join('\n');
  return block.blocks.map((inner) => blockText(inner, termText)).join('\n');
}

function rowText(row: TableRow, termText: TermText): string {
  return row.cells
    .map((cell) => cell.content.map((block) => blockText(block, termText)).join(' '))
    .join(' | ');
}

const BLOCK_KIND: Record<Block['type'], string> = { paragraph: 'p', list: 'l', table: 't', box: 'x' };

/** Identity for aligning blocks: kind and text (marks and origins are compared after pairing). */
function blockKey(block: Block, termText: TermText): string {
  return `${BLOCK_KIND[block.type]}|${blockText(block, termText)}`;
}

/** The same inlines on both sides, shown the same (terms by their text), nothing tracked. */
function sameInlines(x: readonly Inline[], y: readonly Inline[], ta: TermText, tb: TermText): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    const p = x[i]!;
    const q = y[i]!;
    if (p.type !== q.type || p.origin || q.origin) return false;
    if (p.type === 'text') {
      if (q.type !== 'text' || p.text !== q.text || q.formatChange || !sameMarkList(p.marks, q.marks))
        return false;
    } else if (p.type === 'term') {
      if (
        q.type !== 'term' ||
        p.termId !== q.termId ||
        (p.text === undefined) !== (q.text === undefined) ||
        q.formatChange ||
        !sameMarkList(p.marks, q.marks) ||
        ta(p) !== tb(q)
      )
        return false;
    } else if (p.type === 'object') {
      if (
        q.type !== 'object' ||
        p.hash !== q.hash ||
        p.object !== q.object ||
        p.width !== q.width ||
        p.height !== q.height ||
        p.name !== q.name ||
        p.text !== q.text
      )
        return false;
    } else if (q.type !== 'note' || p.note !== q.note || !sameBlocks(p.body, q.body, ta, tb)) return false;
  }
  return true;
}

function sameMarkList(x: readonly string[] | undefined, y: readonly string[] | undefined): boolean {
  const p = x?.length ?? 0;
  if (p !== (y?.length ?? 0)) return false;
  if (p === 0) return true;
  const sx = [...x!].sort();
  const sy = [...y!].sort();
  return sx.every((mark, i) => mark === sy[i]);
}

function sameBlocks(x: readonly Block[], y: readonly Block[], ta: TermText, tb: TermText): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (!sameBlock(x[i]!, y[i]!, ta, tb)) return false;
  return true;
}

function sameBlock(x: Block, y: Block, ta: TermText, tb: TermText): boolean {
  if (x.type === 'paragraph')
    return y.type === 'paragraph' && !x.mark && !y.mark && sameInlines(x.content, y.content, ta, tb);
  if (x.type === 'list')
    return (
      y.type === 'list' &&
      x.ordered === y.ordered &&
      JSON.stringify(x.levels ?? null) === JSON.stringify(y.levels ?? null) &&
      x.items.length === y.items.length &&
      x.items.every((item, k) => {
        const other = y.items[k]!;
        return (
          !item.mark &&
          !other.mark &&
          (item.level ?? 0) === (other.level ?? 0) &&
          item.label === other.label &&
          sameInlines(item.content, other.content, ta, tb)
        );
      })
    );
  if (x.type === 'table')
    return (
      y.type === 'table' &&
      x.role === y.role &&
      x.headerRow === y.headerRow &&
      x.rows.length === y.rows.length &&
      x.rows.every((row, r) => {
        const other = y.rows[r]!;
        return (
          !row.origin &&
          !other.origin &&
          row.cells.length === other.cells.length &&
          row.cells.every(
            (cell, c) =>
              cell.colSpan === other.cells[c]!.colSpan &&
              cell.rowMerge === other.cells[c]!.rowMerge &&
              sameBlocks(cell.content, other.cells[c]!.content, ta, tb),
          )
        );
      })
    );
  return y.type === 'box' && !x.origin && !y.origin && sameBlocks(x.blocks, y.blocks, ta, tb);
}

/** Dice similarity of the word sets of two keyed sequences' items, each set built once. */
function wordSimilarity(aKeys: readonly string[], bKeys: readonly string[]) {
  const setsA = new Map<number, Set<string>>();
  const setsB = new Map<number, Set<string>>();
  const setOf = (cache: Map<number, Set<string>>, keys: readonly string[], i: number) => {
    let set = cache.get(i);
    if (!set) cache.set(i, (set = new Set(keys[i]!.toLowerCase().match(/[\p{L}\p{M}\p{N}_]+/gu) ?? [])));
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

/** A run of consecutive blocks of b that the builder treats as one unit (a paragraph group, a list …). */
interface BlockUnit {
  kind: string;
  start: number;
  count: number;
  /** Keys of what the unit is in b's original view (what a is compared with); none when it is not there. */
  virtuals: string[];
}

const isTrackedDeletion = (origin: Origin | undefined) =>
  origin !== undefined && (origin.type === 'del' || origin.type === 'moveFrom');

const itemProps = (item: ListItem): ItemProps => {
  const props: ItemProps = {};
  if (item.level !== undefined) props.level = item.level;
  if (item.label !== undefined) props.label = item.label;
  return props;
};

class TreeBuilder {
  private readonly rec: ChangeRecorder;
  private readonly termsA: Map<string, Term>;
  private readonly termsB: Map<string, Term>;
  private readonly termTextA: TermText;
  private readonly termTextB: TermText;
  /** Terms whose value differs (or that exist on one side only): touching them lifts a change. */
  private readonly valueChanged = new Set<string>();
  /** Terms whose definition differs in any way: each has one change. */
  private readonly termChanged = new Set<string>();
  private readonly changedTerm = (termId: string) => this.valueChanged.has(termId);
  private readonly env: EmitEnv;
  /**
   * b is judged and carries origins: only then do its views differ, so the work of reading them
   * (units joined by tracked marks, blocks in b's original view) is done only then. Judging a b
   * without origins is a plain comparison whose every change is silent.
   */
  private readonly origins: boolean;

  constructor(
    private readonly a: SlaDocument,
    private readonly b: SlaDocument,
    private readonly judged: boolean,
    private readonly options: ChangeTreeOptions,
  ) {
    this.rec = new ChangeRecorder(judged, (termId) => this.valueChanged.has(termId));
    this.origins = judged && hasOrigins(b);
    this.termsA = new Map(a.terms.map((term) => [term.id, term]));
    this.termsB = new Map(b.terms.map((term) => [term.id, term]));
    this.termTextA = makeTermText(this.termsA, a);
    this.termTextB = makeTermText(this.termsB, b);
    for (const id of new Set([...this.termsA.keys(), ...this.termsB.keys()])) {
      const before = this.termsA.get(id);
      const after = this.termsB.get(id);
      if (before && after && canonicalize(before) === canonicalize(after)) continue;
      this.termChanged.add(id);
      if (valueKey(before) !== valueKey(after)) this.valueChanged.add(id);
    }
    this.env = {
      idOf: (group) => this.groupId(group),
      record: (id, span) => this.rec.add(id, span),
      notePair: (x, y) => this.notePair(x, y),
      noteSide: (note, side, id, origin) => this.noteSide(note, side, id, origin),
    };
  }

  private termId(termId: string): string {
    const id = termChangeId(termId);
    if (this.rec.has(id)) return id;
    const before = this.termsA.get(termId) ?? null;
    const after = this.termsB.get(termId) ?? null;
    return this.rec.term(termId, (after ?? before)?.label ?? termId, {
      before,
      after,
      beforeText: before ? formatTermValue(before, this.a.language) : '',
      afterText: after ? formatTermValue(after, this.b.language) : '',
      effect: termEffect(before, after),
    });
  }

  /** Set while every change found belongs to one (a clause deleted whole with tracking). */
  private forced: string | undefined;

  /** A new change here, or the one every change belongs to while `forced`. */
  private open(
    rule: Parameters<ChangeRecorder['open']>[0],
    explicit?: { before: string; after: string },
  ): string {
    return this.forced ?? this.rec.open(rule, explicit);
  }

  private groupId(group: UnitGroup): string {
    if (this.forced) return this.forced;
    if (group.termId) return this.termId(group.termId);
    return this.rec.open(group.format ? 'formatting' : 'text');
  }

  private forcedEnv(id: string): EmitEnv {
    return { ...this.env, idOf: () => id };
  }

  private withLocation<T>(location: ChangeLocation, run: () => T): T {
    const saved = this.rec.context;
    this.rec.context = { ...saved, location };
    try {
      return run();
    } finally {
      this.rec.context = saved;
    }
  }

  // ---- text nodes --------------------------------------------------------------------------

  /** Spans of two runs of segments, word-diffed with the origin rule; `forced` puts every change under one id. */
  private pairSpans(
    aSegs: Segment[],
    bSegs: Segment[],
    forced?: string,
  ): { spans: Span[]; changed: boolean } {
    if (
      aSegs.length === 1 &&
      bSegs.length === 1 &&
      !bSegs[0]!.mark &&
      sameInlines(aSegs[0]!.content, bSegs[0]!.content, this.termTextA, this.termTextB)
    )
      return { spans: this.equalSpans(aSegs[0]!.content, bSegs[0]!.content), changed: false };
    const [aTokens, bTokens] = tokenizePair(aSegs, bSegs, this.termTextA, this.termTextB);
    const items = walkUnit(aTokens, bTokens);
    const groups = planGroups(items, this.changedTerm, this.judged);
    const spans = emitUnit(items, groups, forced ? this.forcedEnv(forced) : this.env);
    return { spans, changed: groups.length > 0 };
  }

  /** Spans of inlines both sides share exactly (the common case: most of a document is unchanged). */
  private equalSpans(aInlines: readonly Inline[], bInlines: readonly Inline[]): Span[] {
    const spans: Span[] = [];
    let slot = 0;
    bInlines.forEach((inline, k) => {
      if (inline.type === 'text') {
        const span: Span = { text: inline.text, op: 'equal' };
        const marks = sortedMarks(inline.marks);
        if (marks) span.marks = marks;
        pushSpan(spans, span);
      } else if (inline.type === 'term') {
        const span: Span = {
          text: this.termTextB(inline),
          op: 'equal',
          term: { id: inline.termId, slot: slot++, written: inline.text !== undefined },
        };
        const marks = sortedMarks(inline.marks);
        if (marks) span.marks = marks;
        pushSpan(spans, span);
      } else if (inline.type === 'object') {
        const { origin: _origin, ...object } = inline;
        spans.push({
          text: `[${inline.name ? `${inline.object}: ${inline.name}` : inline.object}]`,
          op: 'equal',
          object,
        });
      } else {
        const other = aInlines[k] as NoteInline;
        spans.push({
          text: `[${inline.note}]`,
          op: 'equal',
          note: { note: inline.note, blocks: this.notePair(other, inline) },
        });
      }
    });
    return spans;
  }

  /** Spans of segments standing on one side only, all under one change. */
  private sideSpans(segs: Segment[], side: Side, id: string, fallback?: Origin): Span[] {
    const tokens = tokenizeSegments(segs, side === 'a' ? this.termTextA : this.termTextB);
    return emitSide(tokens, side, id, fallback, this.env);
  }

  private notePair(x: NoteInline, y: NoteInline): BlockNode[] {
    return this.withLocation(y.note, () => this.blocks(x.body, y.body));
  }

  private noteSide(note: NoteInline, side: Side, id: string, origin: Origin | undefined): BlockNode[] {
    return this.withLocation(note.note, () => this.sideBlocks(note.body, side, id, origin));
  }

  // ---- block containers --------------------------------------------------------------------

  /** b's blocks as units: paragraphs linked by tracked marks form one unit (Word joins them in a view). */
  private blockUnits(blocks: readonly Block[]): BlockUnit[] {
    const units: BlockUnit[] = [];
    let i = 0;
    while (i < blocks.length) {
      const block = blocks[i]!;
      if (block.type === 'paragraph') {
        let j = i + 1;
        if (this.origins)
          while (
            blocks[j - 1]!.type === 'paragraph' &&
            (blocks[j - 1] as Paragraph).mark &&
            blocks[j]?.type === 'paragraph'
          )
            j++;
        const group = blocks.slice(i, j);
        const virtuals = this.origins
          ? viewBlocks(group, 'original').map((view) => blockKey(view, this.termTextB))
          : [blockKey(block, this.termTextB)];
        units.push({ kind: 'p', start: i, count: j - i, virtuals });
        i = j;
        continue;
      }
      const original = this.origins ? viewBlocks([block], 'original') : [block];
      const present =
        block.type === 'box' ? !(this.origins && isRemovedIn('original', block.origin)) : original.length > 0;
      units.push({
        kind: BLOCK_KIND[block.type],
        start: i,
        count: 1,
        virtuals: present && original[0] ? [blockKey(original[0], this.termTextB)] : [],
      });
      i++;
    }
    return units;
  }

  /** Two block lists aligned and compared, recursively. */
  private blocks(aBlocks: readonly Block[], bBlocks: readonly Block[]): BlockNode[] {
    if (!this.origins && sameBlocks(aBlocks, bBlocks, this.termTextA, this.termTextB))
      return aBlocks.map((block, k) => this.equalBlock(block, bBlocks[k]!, k));
    const units = this.blockUnits(bBlocks);
    const aKeys = aBlocks.map((block) => blockKey(block, this.termTextA));
    const matches = matchUnits(
      aBlocks.map((block) => BLOCK_KIND[block.type]!),
      aKeys,
      units,
      'p',
      wordSimilarity,
    );
    const nodes: BlockNode[] = [];
    for (const match of matches) nodes.push(...this.blockMatch(match, aBlocks, bBlocks, units));
    return nodes;
  }

  private blockMatch(
    match: UnitMatch,
    aBlocks: readonly Block[],
    bBlocks: readonly Block[],
    units: readonly BlockUnit[],
  ): BlockNode[] {
    if (match.b === null) return [this.wholeBlock(aBlocks[match.a[0]!]!, match.a[0]!, 'a')];
    const unit = units[match.b]!;
    const bBlock = bBlocks[unit.start]!;
    if (match.a.length === 0) return this.wholeUnit(bBlocks, unit);
    if (unit.kind === 'p') {
      const aSegs = match.a.map((ai) => ({ content: (aBlocks[ai] as Paragraph).content }));
      const bSegs = bBlocks
        .slice(unit.start, unit.start + unit.count)
        .map((p) => ({ content: (p as Paragraph).content, mark: (p as Paragraph).mark }));
      const { spans } = this.pairSpans(aSegs, bSegs);
      const node: TextNode = {
        type: 'text',
        a: match.a[0]!,
        b: unit.start,
        aSpan: match.a.length,
        bSpan: unit.count,
        spans,
      };
      return [node];
    }
    const ai = match.a[0]!;
    const aBlock = aBlocks[ai]!;
    if (aBlock.type === 'list' && bBlock.type === 'list')
      return [this.listPair(aBlock, bBlock, ai, unit.start)];
    if (aBlock.type === 'table' && bBlock.type === 'table')
      return [this.tablePair(aBlock, bBlock, ai, unit.start)];
    if (aBlock.type === 'box' && bBlock.type === 'box') {
      if (this.origins && isTrackedDeletion(bBlock.origin))
        return [this.wholeBlock(aBlock, ai, 'a', bBlock.origin)];
      const blocks = this.withLocation('textbox', () => this.blocks(aBlock.blocks, bBlock.blocks));
      return [{ type: 'box', a: ai, b: unit.start, blocks } satisfies BoxNode];
    }
    throw new Error('aligned blocks of different kinds');
  }

  /** A block equal on both sides (no origins): its nodes without diffing. */
  private equalBlock(aBlock: Block, bBlock: Block, index: number): BlockNode {
    if (aBlock.type === 'paragraph' && bBlock.type === 'paragraph')
      return {
        type: 'text',
        a: index,
        b: index,
        aSpan: 1,
        bSpan: 1,
        spans: this.equalSpans(aBlock.content, bBlock.content),
      };
    if (aBlock.type === 'list' && bBlock.type === 'list')
      return {
        type: 'list',
        a: index,
        b: index,
        listA: listProps(aBlock),
        listB: listProps(bBlock),
        items: bBlock.items.map((item, k) => ({
          type: 'text',
          a: k,
          b: k,
          aSpan: 1,
          bSpan: 1,
          spans: this.equalSpans(aBlock.items[k]!.content, item.content),
          item: { a: itemProps(aBlock.items[k]!), b: itemProps(item) },
        })),
      };
    if (aBlock.type === 'table' && bBlock.type === 'table')
      return {
        type: 'table',
        a: index,
        b: index,
        tableA: { role: aBlock.role, headerRow: aBlock.headerRow },
        tableB: { role: bBlock.role, headerRow: bBlock.headerRow },
        rows: bBlock.rows.map((row, r) => ({
          a: r,
          b: r,
          status: 'equal',
          cells: row.cells.map((cell, c) => ({
            a: c,
            b: c,
            blocks: this.withLocation('table', () =>
              cell.content.map((inner, k) =>
                this.equalBlock(aBlock.rows[r]!.cells[c]!.content[k]!, inner, k),
              ),
            ),
            propsA: cellProps(aBlock.rows[r]!.cells[c]!),
            propsB: cellProps(cell),
          })),
        })),
      };
    const aBox = aBlock as Box;
    const bBox = bBlock as Box;
    return {
      type: 'box',
      a: index,
      b: index,
      blocks: this.withLocation('textbox', () =>
        aBox.blocks.map((inner, k) => this.equalBlock(inner, bBox.blocks[k]!, k)),
      ),
    };
  }

  /** A unit of b with nothing in a to pair with: inserted whole, one change. */
  private wholeUnit(bBlocks: readonly Block[], unit: BlockUnit): BlockNode[] {
    const block = bBlocks[unit.start]!;
    if (unit.kind !== 'p') return [this.wholeBlock(block, unit.start, 'b')];
    const id = this.open('text');
    const segs = bBlocks
      .slice(unit.start, unit.start + unit.count)
      .map((p) => ({ content: (p as Paragraph).content, mark: (p as Paragraph).mark }));
    return [
      {
        type: 'text',
        a: null,
        b: unit.start,
        aSpan: 0,
        bSpan: unit.count,
        spans: this.sideSpans(segs, 'b', id),
        changeId: id,
      },
    ];
  }

  /**
   * A block of one side only, one change for all of it. `origin` is the tracked revision that removed
   * a block a still has (b's deleted box): the node stands for a's block, removed by that revision.
   */
  private wholeBlock(block: Block, index: number, side: Side, origin?: Origin): BlockNode {
    const location: ChangeLocation =
      block.type === 'table' ? 'table' : block.type === 'box' ? 'textbox' : this.rec.context.location;
    const id = this.withLocation(location, () => this.open(block.type === 'table' ? 'table-cell' : 'text'));
    const node = this.sideBlock(block, index, side, id, origin);
    node.changeId = id;
    return node;
  }

  /** Blocks of one side under one change (a whole clause, note or cell). */
  private sideBlocks(blocks: readonly Block[], side: Side, id: string, origin?: Origin): BlockNode[] {
    const nodes: BlockNode[] = [];
    let i = 0;
    while (i < blocks.length) {
      const block = blocks[i]!;
      if (block.type === 'paragraph') {
        let j = i + 1;
        if (side === 'b' && this.origins)
          while ((blocks[j - 1] as Paragraph).mark && blocks[j]?.type === 'paragraph') j++;
        const segs = blocks
          .slice(i, j)
          .map((p) => ({ content: (p as Paragraph).content, mark: (p as Paragraph).mark }));
        this.rec.gap(id, '\n');
        const node: TextNode = {
          type: 'text',
          a: side === 'a' ? i : null,
          b: side === 'b' ? i : null,
          aSpan: side === 'a' ? j - i : 0,
          bSpan: side === 'b' ? j - i : 0,
          spans: this.sideSpans(segs, side, id, origin),
          changeId: id,
        };
        nodes.push(node);
        i = j;
        continue;
      }
      if (side === 'b' && this.origins && isRemovedIn('accepted', blockOrigin(block)) && !origin) {
        // Tracked as deleted in b but not in a either: it changes nothing.
        i++;
        continue;
      }
      this.rec.gap(id, '\n');
      nodes.push(this.sideBlock(block, i, side, id, origin));
      i++;
    }
    return nodes;
  }

  private sideBlock(block: Block, index: number, side: Side, id: string, origin?: Origin): BlockNode {
    const at = { a: side === 'a' ? index : null, b: side === 'b' ? index : null };
    const fallback = origin ?? (side === 'b' ? insertedOrigin(blockOrigin(block)) : undefined);
    if (block.type === 'paragraph')
      return {
        type: 'text',
        ...at,
        aSpan: side === 'a' ? 1 : 0,
        bSpan: side === 'b' ? 1 : 0,
        spans: this.sideSpans([{ content: block.content, mark: block.mark }], side, id, fallback),
        changeId: id,
      };
    if (block.type === 'list') {
      const node: ListNode = {
        type: 'list',
        ...at,
        items: this.sideItems(block.items, side, id, fallback),
        changeId: id,
      };
      if (side === 'a') node.listA = listProps(block);
      else node.listB = listProps(block);
      return node;
    }
    if (block.type === 'table')
      return this.withLocation('table', () => {
        const node: TableNode = { type: 'table', ...at, rows: [], changeId: id };
        if (side === 'a') node.tableA = tableProps(block);
        else node.tableB = tableProps(block);
        block.rows.forEach((row, r) => {
          const rowOrigin = origin ?? (side === 'b' ? insertedOrigin(row.origin) : undefined);
          if (side === 'b' && this.origins && !origin && isTrackedDeletion(row.origin)) return;
          node.rows.push(this.sideRow(row, r, side, id, rowOrigin ?? fallback));
        });
        return node;
      });
    return this.withLocation('textbox', () => {
      const node: BoxNode = {
        type: 'box',
        ...at,
        blocks: this.sideBlocks(block.blocks, side, id, fallback),
        changeId: id,
      };
      if (fallback) node.origin = fallback;
      return node;
    });
  }

  private sideItems(items: readonly ListItem[], side: Side, id: string, origin?: Origin): TextNode[] {
    const nodes: TextNode[] = [];
    let i = 0;
    while (i < items.length) {
      let j = i + 1;
      if (side === 'b' && this.origins) while (items[j - 1]!.mark && j < items.length) j++;
      const chain = items.slice(i, j);
      this.rec.gap(id, '\n');
      const last = chain[chain.length - 1]!;
      nodes.push({
        type: 'text',
        a: side === 'a' ? i : null,
        b: side === 'b' ? i : null,
        aSpan: side === 'a' ? j - i : 0,
        bSpan: side === 'b' ? j - i : 0,
        spans: this.sideSpans(chain.map(itemSegment), side, id, origin),
        changeId: id,
        item: side === 'a' ? { a: itemProps(last) } : { b: itemProps(last) },
      });
      i = j;
    }
    return nodes;
  }

  private sideRow(row: TableRow, index: number, side: Side, id: string, origin?: Origin): RowNode {
    this.rec.gap(id, '\n');
    const node: RowNode = {
      a: side === 'a' ? index : null,
      b: side === 'b' ? index : null,
      changeId: id,
      status: side === 'a' ? 'removed' : 'inserted',
      cells: row.cells.map((cell, c) => {
        if (c > 0) this.rec.gap(id, ' | ');
        const cellNode: CellNode = {
          a: side === 'a' ? c : null,
          b: side === 'b' ? c : null,
          blocks: this.sideBlocks(cell.content, side, id, origin),
        };
        if (side === 'a') cellNode.propsA = cellProps(cell);
        else cellNode.propsB = cellProps(cell);
        return cellNode;
      }),
    };
    if (origin) node.origin = origin;
    return node;
  }

  // ---- lists -------------------------------------------------------------------------------

  private listPair(aList: List, bList: List, ai: number, bi: number): ListNode {
    const node: ListNode = {
      type: 'list',
      a: ai,
      b: bi,
      listA: listProps(aList),
      listB: listProps(bList),
      items: [],
    };
    const levelsDiffer =
      aList.levels !== undefined &&
      bList.levels !== undefined &&
      JSON.stringify(aList.levels) !== JSON.stringify(bList.levels);
    if (aList.ordered !== bList.ordered || levelsDiffer) {
      const text = (list: List) => (list.ordered ? '1. 2. 3.' : '• • •');
      node.propsChangeId = this.open('formatting', { before: text(aList), after: text(bList) });
    }
    // b's items linked by tracked marks form one unit, as paragraphs do.
    const units: BlockUnit[] = [];
    let i = 0;
    while (i < bList.items.length) {
      let j = i + 1;
      if (this.origins) while (bList.items[j - 1]!.mark && j < bList.items.length) j++;
      const chain = bList.items.slice(i, j);
      const virtuals = this.origins
        ? ((viewBlocks([{ ...bList, items: chain }], 'original')[0] as List | undefined)?.items.map((item) =>
            inlinesText(item.content, this.termTextB),
          ) ?? [])
        : [inlinesText(chain[0]!.content, this.termTextB)];
      units.push({ kind: 'i', start: i, count: j - i, virtuals });
      i = j;
    }
    const aKeys = aList.items.map((item) => inlinesText(item.content, this.termTextA));
    const matches = matchUnits(
      aList.items.map(() => 'i'),
      aKeys,
      units,
      'i',
      wordSimilarity,
    );
    for (const match of matches) {
      if (match.b === null) {
        const k = match.a[0]!;
        const id = this.open('text');
        node.items.push({
          type: 'text',
          a: k,
          b: null,
          aSpan: 1,
          bSpan: 0,
          spans: this.sideSpans([itemSegment(aList.items[k]!)], 'a', id),
          changeId: id,
          item: { a: itemProps(aList.items[k]!) },
        });
        continue;
      }
      const unit = units[match.b]!;
      const chain = bList.items.slice(unit.start, unit.start + unit.count);
      const lastB = itemProps(chain[chain.length - 1]!);
      if (match.a.length === 0) {
        const id = this.open('text');
        node.items.push({
          type: 'text',
          a: null,
          b: unit.start,
          aSpan: 0,
          bSpan: unit.count,
          spans: this.sideSpans(chain.map(itemSegment), 'b', id),
          changeId: id,
          item: { b: lastB },
        });
        continue;
      }
      const aItems = match.a.map((k) => aList.items[k]!);
      const { spans } = this.pairSpans(aItems.map(itemSegment), chain.map(itemSegment));
      const lastA = itemProps(aItems[aItems.length - 1]!);
      const textNode: TextNode = {
        type: 'text',
        a: match.a[0]!,
        b: unit.start,
        aSpan: match.a.length,
        bSpan: unit.count,
        spans,
        item: { a: lastA, b: lastB },
      };
      const levelDiffers =
        (lastA.level ?? 0) !== (lastB.level ?? 0) ||
        spans.some(
          (span) =>
            span.paragraphBreak?.a &&
            span.paragraphBreak.b &&
            (span.paragraphBreak.a.level ?? 0) !== (span.paragraphBreak.b.level ?? 0),
        );
      if (levelDiffers)
        textNode.levelChangeId = this.open('formatting', {
          before: aItems.map((item) => inlinesText(item.content, this.termTextA)).join('\n'),
          after: chain
            .map((item) => inlinesText(viewInlines(item.content, 'accepted'), this.termTextB))
            .join('\n'),
        });
      node.items.push(textNode);
    }
    return node;
  }

  // ---- tables ------------------------------------------------------------------------------

  private tablePair(aTable: Table, bTable: Table, ai: number, bi: number): TableNode {
    return this.withLocation('table', () => {
      const node: TableNode = {
        type: 'table',
        a: ai,
        b: bi,
        tableA: tableProps(aTable),
        tableB: tableProps(bTable),
        rows: [],
      };
      if (aTable.role !== bTable.role || aTable.headerRow !== bTable.headerRow) {
        const text = (table: Table) => `${table.role}${table.headerRow ? ' (header row)' : ''}`;
        node.propsChangeId = this.open('table-cell', { before: text(aTable), after: text(bTable) });
      }
      const aKeys = aTable.rows.map((row) => rowText(row, this.termTextA));
      const units: BlockUnit[] = bTable.rows.map((row, r) => ({
        kind: 'r',
        start: r,
        count: 1,
        virtuals: this.origins && isRemovedIn('original', row.origin) ? [] : [rowText(row, this.termTextB)],
      }));
      const firstCell = (row: TableRow | undefined, termText: TermText) =>
        row?.cells[0] ? row.cells[0].content.map((block) => blockText(block, termText)).join(' ') : '';
      const firstA = aTable.rows.map((row) => firstCell(row, this.termTextA));
      const firstB = bTable.rows.map((row) => firstCell(row, this.termTextB));
      const matches = matchUnits(
        aTable.rows.map(() => 'r'),
        aKeys,
        units,
        null,
        (keysA, keysV, vUnit) => {
          const words = wordSimilarity(keysA, keysV);
          // Rows are named by their first cell (priority, availability band).
          return (i, j) => (firstA[i] === firstB[vUnit[j]!] ? 1 : words(i, j));
        },
      );
      for (const match of matches) {
        if (match.b === null) {
          node.rows.push(this.wholeRow(aTable.rows[match.a[0]!]!, match.a[0]!, 'a'));
          continue;
        }
        const bRow = bTable.rows[match.b]!;
        if (match.a.length === 0) {
          node.rows.push(this.wholeRow(bRow, match.b, 'b', insertedOrigin(bRow.origin)));
          continue;
        }
        const k = match.a[0]!;
        if (this.origins && isTrackedDeletion(bRow.origin)) {
          const removed = this.wholeRow(aTable.rows[k]!, k, 'a', bRow.origin);
          removed.b = match.b;
          node.rows.push(removed);
          continue;
        }
        node.rows.push(this.rowPair(aTable.rows[k]!, bRow, k, match.b));
      }
      return node;
    });
  }

  private wholeRow(row: TableRow, index: number, side: Side, origin?: Origin): RowNode {
    const id = this.open('table-cell');
    const node = this.sideRow(row, index, side, id, origin);
    node.changeId = id;
    return node;
  }

  private rowPair(aRow: TableRow, bRow: TableRow, ai: number, bi: number): RowNode {
    const before = this.rec.touched;
    const structureDiffers =
      aRow.cells.length !== bRow.cells.length ||
      aRow.cells.some(
        (cell, c) => cell.colSpan !== bRow.cells[c]?.colSpan || cell.rowMerge !== bRow.cells[c]?.rowMerge,
      );
    const node: RowNode = { a: ai, b: bi, status: 'equal', cells: [] };
    if (structureDiffers)
      node.structureChangeId = this.open('table-cell', {
        before: rowText(aRow, this.termTextA),
        after: rowText(
          { cells: bRow.cells.map((cell) => ({ ...cell, content: viewBlocks(cell.content, 'accepted') })) },
          this.termTextB,
        ),
      });
    const count = Math.max(aRow.cells.length, bRow.cells.length);
    for (let c = 0; c < count; c++) {
      const aCell = aRow.cells[c];
      const bCell = bRow.cells[c];
      if (aCell && bCell)
        node.cells.push({
          a: c,
          b: c,
          blocks: this.blocks(aCell.content, bCell.content),
          propsA: cellProps(aCell),
          propsB: cellProps(bCell),
        });
      else if (aCell)
        node.cells.push({
          a: c,
          b: null,
          blocks: this.sideBlocks(aCell.content, 'a', node.structureChangeId!),
          propsA: cellProps(aCell),
        });
      else
        node.cells.push({
          a: null,
          b: c,
          blocks: this.sideBlocks(bCell!.content, 'b', node.structureChangeId!),
          propsB: cellProps(bCell!),
        });
    }
    if (structureDiffers || this.rec.touched > before) node.status = 'changed';
    return node;
  }

  // ---- clauses -----------------------------------------------------------------------------

  build(): ChangeTree {
    const { a, b, judged, origins } = this;
    const front = this.front();
    const numbersA = clauseNumbers(a.clauses);
    // b's clauses as they stand in its original view (what a is compared with) and whether they are
    // there at all in each view: a clause inserted whole with tracking is not in the original view, one
    // deleted whole not in the accepted view.
    const originalOf = origins
      ? b.clauses.map(
          (clause) =>
            viewDocument({ ...b, clauses: [clause], front: undefined, pageParts: undefined }, 'original')
              .clauses[0] ?? null,
        )
      : b.clauses;
    const inAccepted = origins
      ? b.clauses.map(
          (clause) =>
            viewDocument({ ...b, clauses: [clause], front: undefined, pageParts: undefined }, 'accepted')
              .clauses.length > 0,
        )
      : b.clauses.map(() => true);
    const acceptedClauses = b.clauses.filter((_, i) => inAccepted[i]);
    const acceptedNumbers = clauseNumbers(acceptedClauses);
    const acceptedPlaces = numberClauses(acceptedClauses);
    const numbersB: string[] = [];
    const placesB: string[] = [];
    let nextAccepted = 0;
    b.clauses.forEach((_, i) => {
      numbersB.push(inAccepted[i] ? acceptedNumbers[nextAccepted]! : '');
      placesB.push(inAccepted[i] ? acceptedPlaces[nextAccepted++]! : '');
    });

    const alignable: number[] = [];
    originalOf.forEach((clause, i) => {
      if (clause) alignable.push(i);
    });
    const bForAlign = alignable.map((i) => originalOf[i]!);
    const clauseText = (clause: Clause, termText: TermText) =>
      clause.body.map((block) => blockText(block, termText)).join('\n');
    const texts = new Map<Clause, string>();
    for (const clause of bForAlign) texts.set(clause, clauseText(clause, this.termTextB));
    for (const clause of a.clauses) texts.set(clause, clauseText(clause, this.termTextA));
    const alignment = alignClauses(a.clauses, bForAlign, (clause) => texts.get(clause) ?? '');
    const pairedB = new Set<number>();
    const items: OrderItem<{ a: number | null; b: number | null; moved: boolean }>[] = [];
    for (const pair of alignment.pairs) {
      const bi = alignable[pair.b]!;
      pairedB.add(bi);
      items.push({
        item: { a: pair.a, b: bi, moved: pair.moved },
        a: pair.a,
        b: bi,
        anchor: !pair.moved,
        placeBy: 'b',
      });
    }
    for (const ai of alignment.removed)
      items.push({ item: { a: ai, b: null, moved: false }, a: ai, b: null, anchor: false, placeBy: 'a' });
    b.clauses.forEach((_, bi) => {
      if (!pairedB.has(bi))
        items.push({ item: { a: null, b: bi, moved: false }, a: null, b: bi, anchor: false, placeBy: 'b' });
    });
    const order = mergeOrder(items);

    const clauses: ClauseNode[] = [];
    order.forEach((step, k) => {
      let node: ClauseNode;
      if (step.a !== null && step.b !== null)
        node = this.clausePair(step.a, step.b, step.moved, !inAccepted[step.b], numbersA[step.a]!, {
          shown: numbersB[step.b]!,
          place: placesB[step.b]!,
        });
      else if (step.a !== null) node = this.clauseSide(step.a, 'a', numbersA[step.a]!);
      else node = this.clauseSide(step.b!, 'b', numbersB[step.b!]!);
      clauses.push(node);
      this.options.onProgress?.((k + 1) / order.length);
    });
    if (order.length === 0) this.options.onProgress?.(1);

    this.rec.context = {
      clauseId: '',
      clauseNumberA: null,
      clauseNumberB: null,
      heading: '',
      location: 'body',
    };
    const partsInA = (a.pageParts?.length ?? 0) > 0;
    const parts = this.parts(partsInA);

    this.rec.context = {
      clauseId: '',
      clauseNumberA: null,
      clauseNumberB: null,
      heading: '',
      location: 'body',
    };
    const termChangeIds: Record<string, string> = {};
    for (const termId of this.termChanged) termChangeIds[termId] = this.termId(termId);

    const { changes, counts } = this.rec.finish();
    return { a, b, originsJudged: judged, front, clauses, parts, partsInA, termChangeIds, changes, counts };
  }

  private context(
    clauseId: string,
    numberA: string | null,
    numberB: string | null,
    heading: string,
  ): ChangeContext {
    return { clauseId, clauseNumberA: numberA, clauseNumberB: numberB, heading, location: 'body' };
  }

  private headingInlines(clause: Clause): Inline[] {
    return clause.headingContent ?? (clause.heading ? [{ type: 'text', text: clause.heading }] : []);
  }

  private clausePair(
    ai: number,
    bi: number,
    moved: boolean,
    removedInB: boolean,
    numberA: string,
    { shown: numberB, place: placeB }: { shown: string; place: string },
  ): ClauseNode {
    const aClause = this.a.clauses[ai]!;
    const bClause = this.b.clauses[bi]!;
    this.rec.context = this.context(
      bClause.id,
      numberA,
      removedInB ? null : numberB,
      bClause.heading || aClause.heading,
    );
    const before = this.rec.touched;
    const node: ClauseNode = {
      key: bClause.id,
      status: 'unchanged',
      a: { clause: aClause, number: numberA, index: ai },
      b: { clause: bClause, number: numberB, index: bi },
      heading: [],
      blocks: [],
    };
    if (removedInB) {
      // Deleted whole with tracking: one removal, every piece of it under that change.
      const id = this.rec.open('clause-removed');
      node.changeId = id;
      node.status = 'removed';
      node.heading = this.pairSpans(
        [{ content: this.headingInlines(aClause) }],
        [{ content: this.headingInlines(bClause) }],
        id,
      ).spans;
      this.rec.gap(id, '\n');
      node.blocks = this.forcedBlocks(aClause.body, bClause.body, id);
      return node;
    }
    if (moved)
      node.moveChangeId = this.rec.open('clause-moved', {
        before: `${numberA} ${aClause.heading}`.trim(),
        after: `${numberB} ${bClause.heading}`.trim(),
      });
    const headingDiffers =
      aClause.level !== bClause.level ||
      aClause.kind !== bClause.kind ||
      (aClause.numbered ?? true) !== (bClause.numbered ?? true);
    const aHeading = [{ content: this.headingInlines(aClause) }];
    const bHeading = [{ content: this.headingInlines(bClause) }];
    const same =
      !headingDiffers &&
      sameInlines(aHeading[0]!.content, bHeading[0]!.content, this.termTextA, this.termTextB);
    if (same) node.heading = this.equalSpans(aHeading[0]!.content, bHeading[0]!.content);
    else {
      const describe = (clause: Clause) =>
        aClause.heading === bClause.heading
          ? `${clause.heading} (${clause.numbered === false ? 'unnumbered' : clause.level === 1 ? 'clause' : 'sub-clause'})`
          : clause.heading;
      // The heading's text, level, kind and numbering are one decision; its id is the heading's.
      const probe = tokenizePair(aHeading, bHeading, this.termTextA, this.termTextB);
      const items = walkUnit(probe[0], probe[1]);
      const groups = planGroups(items, this.changedTerm, this.judged);
      if (groups.length > 0 || headingDiffers) {
        const id = this.rec.open('heading', { before: describe(aClause), after: describe(bClause) });
        node.headingChangeId = id;
        node.heading = emitUnit(items, groups, this.forcedEnv(id));
      } else node.heading = emitUnit(items, groups, this.env);
    }
    const labelA = normalizeNumber(numberA);
    const labelB = normalizeNumber(numberB);
    if (
      bClause.label &&
      // Word's automatic numbering is computed, never typed: its numbers are not the author's.
      !bClause.label.auto &&
      bClause.numbered !== false &&
      PLAIN_NUMBER.test(labelA) &&
      PLAIN_NUMBER.test(labelB) &&
      PLAIN_NUMBER.test(placeB) &&
      labelB !== placeB &&
      labelB !== labelA
    )
      node.labelChangeId = this.rec.open('number', { before: numberA, after: numberB });
    node.blocks = this.blocks(aClause.body, bClause.body);
    node.status = moved
      ? 'moved'
      : this.rec.touched > before || node.headingChangeId || node.labelChangeId
        ? 'changed'
        : 'unchanged';
    return node;
  }

  /** Blocks of a pair where every difference belongs to one change (a clause deleted whole with tracking). */
  private forcedBlocks(aBlocks: readonly Block[], bBlocks: readonly Block[], id: string): BlockNode[] {
    const saved = this.forced;
    this.forced = id;
    try {
      return this.blocks(aBlocks, bBlocks);
    } finally {
      this.forced = saved;
    }
  }

  private clauseSide(index: number, side: Side, number: string): ClauseNode {
    const clause = (side === 'a' ? this.a : this.b).clauses[index]!;
    this.rec.context = this.context(
      clause.id,
      side === 'a' ? number : null,
      side === 'b' ? number : null,
      clause.heading,
    );
    const id = this.rec.open(side === 'a' ? 'clause-removed' : 'clause-inserted');
    const ref = { clause, number, index };
    const heading = this.sideSpans([{ content: this.headingInlines(clause) }], side, id);
    const blocks = this.sideBlocks(clause.body, side, id);
    return {
      key: clause.id,
      status: side === 'a' ? 'removed' : 'inserted',
      a: side === 'a' ? ref : null,
      b: side === 'b' ? ref : null,
      heading,
      blocks,
      changeId: id,
    };
  }

  // ---- front matter and page parts ----------------------------------------------------------

  private front(): ChangeTree['front'] {
    const { a, b } = this;
    this.rec.context = {
      clauseId: '',
      clauseNumberA: null,
      clauseNumberB: null,
      heading: '',
      location: 'body',
    };
    const titleOf = (doc: SlaDocument): Inline[] =>
      doc.front?.title ?? (doc.title ? [{ type: 'text', text: doc.title }] : []);
    const partiesOf = (doc: SlaDocument): Inline[] => {
      if (doc.front?.parties) return doc.front.parties;
      const line = partiesLine(doc.parties, doc.language);
      return line ? [{ type: 'text', text: line }] : [];
    };
    const describeTitle = (doc: SlaDocument) =>
      a.language === b.language ? doc.title : `${doc.title} (${doc.language})`;
    const describeParties = (doc: SlaDocument) => `${doc.parties.provider} / ${doc.parties.customer}`;
    const line = (
      aInlines: Inline[],
      bInlines: Inline[],
      fieldsDiffer: boolean,
      open: () => string,
    ): { node: TextNode; id?: string } => {
      const node: TextNode = { type: 'text', a: 0, b: 0, aSpan: 1, bSpan: 1, spans: [] };
      const aSegs = [{ content: aInlines }];
      const bSegs = [{ content: bInlines }];
      if (!fieldsDiffer && sameInlines(aInlines, bInlines, this.termTextA, this.termTextB)) {
        node.spans = this.equalSpans(aInlines, bInlines);
        return { node };
      }
      const [ta, tb] = tokenizePair(aSegs, bSegs, this.termTextA, this.termTextB);
      const items = walkUnit(ta, tb);
      const groups = planGroups(items, this.changedTerm, this.judged);
      if (groups.length === 0 && !fieldsDiffer) {
        node.spans = emitUnit(items, groups, this.env);
        return { node };
      }
      const id = open();
      node.spans = emitUnit(items, groups, this.forcedEnv(id));
      return { node, id };
    };
    const title = line(titleOf(a), titleOf(b), a.title !== b.title || a.language !== b.language, () =>
      this.rec.open('heading', { before: describeTitle(a), after: describeTitle(b) }),
    );
    const parties = line(
      partiesOf(a),
      partiesOf(b),
      a.parties.provider !== b.parties.provider || a.parties.customer !== b.parties.customer,
      () => this.rec.open('wording', { before: describeParties(a), after: describeParties(b) }),
    );
    const out: ChangeTree['front'] = { title: title.node, parties: parties.node };
    if (title.id) out.titleChangeId = title.id;
    if (parties.id) out.partiesChangeId = parties.id;
    return out;
  }

  /**
   * Headers and footers. Ours have none (the export writes them from the deal), so when a has none,
   * b's parts are compared with their own original view: their tracked changes there are listed
   * with their authors, and nothing our export wrote is taken for a silent edit.
   */
  private parts(partsInA: boolean): PartNode[] {
    const bParts = this.b.pageParts ?? [];
    const aParts = partsInA
      ? (this.a.pageParts ?? [])
      : this.origins
        ? bParts.map((part) => ({ ...part, blocks: viewBlocks(part.blocks, 'original') }))
        : bParts;
    const key = (part: { kind: string; variant: string; section: number }) =>
      `${part.section}:${part.kind}:${part.variant}`;
    const aByKey = new Map(aParts.map((part) => [key(part), part]));
    const bKeys = new Set(bParts.map(key));
    const out: PartNode[] = [];
    for (const part of bParts) {
      const other = aByKey.get(key(part));
      const location = part.kind;
      if (other) {
        const blocks = this.withLocation(location, () => this.blocks(other.blocks, part.blocks));
        out.push({
          kind: part.kind,
          variant: part.variant,
          section: part.section,
          inA: true,
          inB: true,
          blocks,
        });
      } else {
        const node: PartNode = {
          kind: part.kind,
          variant: part.variant,
          section: part.section,
          inA: false,
          inB: true,
          blocks: [],
        };
        node.changeId = this.withLocation(location, () => this.rec.open('text'));
        node.blocks = this.withLocation(location, () => this.sideBlocks(part.blocks, 'b', node.changeId!));
        out.push(node);
      }
    }
    for (const part of aParts) {
      if (bKeys.has(key(part))) continue;
      const node: PartNode = {
        kind: part.kind,
        variant: part.variant,
        section: part.section,
        inA: true,
        inB: false,
        blocks: [],
      };
      node.changeId = this.withLocation(part.kind, () => this.rec.open('text'));
      node.blocks = this.withLocation(part.kind, () => this.sideBlocks(part.blocks, 'a', node.changeId!));
      out.push(node);
    }
    return out;
  }
}

const PLAIN_NUMBER = /^\d+(?:\.\d+)*$/u;

function itemSegment(item: ListItem): Segment {
  return { content: item.content, mark: item.mark, props: itemProps(item) };
}

function listProps(list: List) {
  return list.levels ? { ordered: list.ordered, levels: list.levels } : { ordered: list.ordered };
}

function tableProps(table: Table) {
  return { role: table.role, headerRow: table.headerRow };
}

function cellProps(cell: { colSpan?: number; rowMerge?: 'restart' | 'continue' }) {
  const props: { colSpan?: number; rowMerge?: 'restart' | 'continue' } = {};
  if (cell.colSpan !== undefined) props.colSpan = cell.colSpan;
  if (cell.rowMerge !== undefined) props.rowMerge = cell.rowMerge;
  return props;
}

function blockOrigin(block: Block): Origin | undefined {
  return block.type === 'box' ? block.origin : undefined;
}

function insertedOrigin(origin: Origin | undefined): Origin | undefined {
  return origin && (origin.type === 'ins' || origin.type === 'moveTo') ? origin : undefined;
}
