import {
  DOCUMENT_VERSION,
  documentTermIds,
  type Block,
  type Clause,
  type Inline,
  type List,
  type ListItem,
  type Mark,
  type PagePart,
  type SlaDocument,
  type TableRow,
} from '../model/document';
import type { Term } from '../model/term';
import { longestIncreasingSubsequence, mergeOrder, type OrderItem } from './alignSequence';
import type {
  BlockNode,
  ChangeKind,
  ChangeTree,
  ClauseNode,
  Decision,
  ItemProps,
  Span,
  SpanTerm,
  TextNode,
} from './changeTree';

/**
 * Our next draft as a pure function of the tree (issue 8): each change accepted takes b's side,
 * rejected keeps a's; nothing is re-planned or re-diffed. Accepting everything gives b's accepted
 * view, rejecting everything gives a — as our draft holds them: no origins, no clause or list labels
 * and no list numbering definitions (ours derive numbering), no front matter (ours write it from
 * title and parties), headers and footers only when a had its own. Where b's text of a term was
 * accepted the term keeps that text as its annotation (`setTermValue` drops it when the value is
 * typed anew). Clauses paired across differing ids keep a's id, so our stable clause ids survive a
 * counterparty's Word file. A term the draft still shows but whose own change was rejected away is
 * kept, so the draft always stays valid.
 */
export function applyDecisions(
  tree: ChangeTree,
  decisions: Readonly<Record<string, Decision>>,
  defaultDecision: Decision = 'reject',
): SlaDocument {
  const accepted = (id: string | undefined) =>
    id !== undefined && (decisions[id] ?? defaultDecision) === 'accept';
  const { a, b } = tree;

  const usedIds = new Set<string>();
  const uniqueId = (id: string) => {
    let candidate = id;
    for (let n = 2; usedIds.has(candidate); n++) candidate = `${id.slice(0, 60)}-${n}`;
    usedIds.add(candidate);
    return candidate;
  };
  for (const node of tree.clauses)
    if (node.a && node.b && node.status !== 'removed') usedIds.add(node.a.clause.id);

  const items: OrderItem<Clause | null>[] = tree.clauses.map((node) => clauseItem(node, accepted, uniqueId));
  const clauses = mergeOrder(items).filter((clause): clause is Clause => clause !== null);

  const takeTitle = accepted(tree.front.titleChangeId);
  const result: SlaDocument = {
    version: DOCUMENT_VERSION,
    title: takeTitle ? b.title : a.title,
    language: takeTitle ? b.language : a.language,
    parties: { ...(accepted(tree.front.partiesChangeId) ? b.parties : a.parties) },
    clauses,
    terms: [],
  };
  if (tree.partsInA) {
    const parts: PagePart[] = [];
    for (const part of tree.parts) {
      const keep =
        part.inA && part.inB ? true : part.inB ? accepted(part.changeId) : !accepted(part.changeId);
      if (keep)
        parts.push({
          kind: part.kind,
          variant: part.variant,
          section: part.section,
          blocks: rebuildBlocks(part.blocks, accepted),
        });
    }
    result.pageParts = parts;
  }
  result.terms = chooseTerms(a.terms, b.terms, tree.termChangeIds, accepted, defaultDecision, result);
  return result;
}

type Accepted = (id: string | undefined) => boolean;

function clauseItem(
  node: ClauseNode,
  accepted: Accepted,
  uniqueId: (id: string) => string,
): OrderItem<Clause | null> {
  if (node.a && node.b && node.status !== 'removed') {
    const takeHeading = accepted(node.headingChangeId);
    const from = takeHeading ? node.b.clause : node.a.clause;
    const clause: Clause = {
      id: node.a.clause.id,
      kind: from.kind,
      heading: from.heading,
      level: from.level,
      body: rebuildBlocks(node.blocks, accepted),
    };
    if (from.numbered === false) clause.numbered = false;
    return {
      item: clause,
      a: node.a.index,
      b: node.b.index,
      anchor: !node.moveChangeId,
      placeBy: accepted(node.moveChangeId) ? 'b' : 'a',
    };
  }
  if (node.a) {
    // Removed (or tracked as deleted whole in b): kept when the removal is rejected.
    const keep = !accepted(node.changeId);
    return {
      item: keep ? sideClause(node.a.clause, node, accepted, uniqueId) : null,
      a: node.a.index,
      b: null,
      anchor: false,
      placeBy: 'a',
    };
  }
  const keep = accepted(node.changeId);
  return {
    item: keep ? sideClause(node.b!.clause, node, accepted, uniqueId) : null,
    a: null,
    b: node.b!.index,
    anchor: false,
    placeBy: 'b',
  };
}

function sideClause(
  source: Clause,
  node: ClauseNode,
  accepted: Accepted,
  uniqueId: (id: string) => string,
): Clause {
  const clause: Clause = {
    id: uniqueId(source.id),
    kind: source.kind,
    heading: source.heading,
    level: source.level,
    body: rebuildBlocks(node.blocks, accepted),
  };
  if (source.numbered === false) clause.numbered = false;
  return clause;
}

/** A piece of the result: text with its attributes, a paragraph boundary, an object or a note. */
type Piece =
  | {
      kind: 'text';
      text: string;
      marks: Mark[] | undefined;
      term: (SpanTerm & { side: 'a' | 'b' }) | undefined;
    }
  | { kind: 'break'; props: ItemProps }
  | { kind: 'inline'; inline: Inline };

/** Which side's version of a span the draft keeps, or none. */
function sideOf(span: Span, accepted: Accepted): 'a' | 'b' | null {
  if (span.op === 'equal') return 'a';
  if (span.op === 'format') return accepted(span.changeId) ? 'b' : 'a';
  if (span.op === 'insert') return accepted(span.changeId) ? 'b' : null;
  return accepted(span.changeId) ? null : 'a';
}

/** The pieces a span leaves in the draft under the decisions. */
function pieceOf(span: Span, accepted: Accepted, node: TextNode, pieces: Piece[]): void {
  const side = sideOf(span, accepted);
  if (side === null) return;
  if (span.paragraphBreak) {
    const fromB = span.op === 'insert' || (span.op === 'equal' && accepted(node.levelChangeId));
    pieces.push({ kind: 'break', props: (fromB ? span.paragraphBreak.b : span.paragraphBreak.a) ?? {} });
    return;
  }
  if (span.object) {
    pieces.push({ kind: 'inline', inline: { ...span.object } });
    return;
  }
  if (span.note) {
    pieces.push({
      kind: 'inline',
      inline: { type: 'note', note: span.note.note, body: rebuildBlocks(span.note.blocks, accepted) },
    });
    return;
  }
  const marks = span.op === 'format' && side === 'a' ? span.marksBefore : span.marks;
  const term =
    (span.op === 'equal' || span.op === 'format') && side === 'a' && span.termA !== undefined
      ? span.termA
      : span.term;
  pieces.push({
    kind: 'text',
    text: span.text,
    marks: marks && marks.length > 0 ? marks : undefined,
    term: term ? { ...term, side: side === 'a' && span.op !== 'insert' ? 'a' : 'b' } : undefined,
  });
}

/** Inlines of a paragraph's pieces: texts merged, a term's pieces made one term inline. */
function piecesToInlines(pieces: readonly Piece[]): Inline[] {
  const out: Inline[] = [];
  let k = 0;
  while (k < pieces.length) {
    const piece = pieces[k]!;
    if (piece.kind === 'inline') {
      out.push(piece.inline);
      k++;
      continue;
    }
    if (piece.kind !== 'text') {
      k++;
      continue;
    }
    if (!piece.term) {
      const last = out[out.length - 1];
      if (last?.type === 'text' && sameMarkList(last.marks, piece.marks)) last.text += piece.text;
      else if (piece.text)
        out.push(
          piece.marks
            ? { type: 'text', text: piece.text, marks: [...piece.marks] }
            : { type: 'text', text: piece.text },
        );
      k++;
      continue;
    }
    // One term inline per reference: pieces of the same term, not a new slot of the same side.
    const group: Extract<Piece, { kind: 'text' }>[] = [piece];
    let m = k + 1;
    while (m < pieces.length) {
      const next = pieces[m]!;
      if (next.kind !== 'text' || !next.term || next.term.id !== piece.term.id) break;
      const prev = group[group.length - 1]!.term!;
      if (prev.side === next.term.side && prev.slot !== next.term.slot) break;
      group.push(next);
      m++;
    }
    const written = group.some((p) => p.term!.written);
    const uniform = group.every((p) => sameMarkList(p.marks, piece.marks));
    if (uniform) {
      const inline: Inline = { type: 'term', termId: piece.term.id };
      if (written) inline.text = group.map((p) => p.text).join('');
      if (piece.marks) inline.marks = [...piece.marks];
      out.push(inline);
    } else
      for (const p of group) {
        const inline: Inline = { type: 'term', termId: p.term!.id, text: p.text };
        if (p.marks) inline.marks = [...p.marks];
        if (p.text) out.push(inline);
      }
    k = m;
  }
  return out;
}

function sameMarkList(x: readonly Mark[] | undefined, y: readonly Mark[] | undefined): boolean {
  return (x ?? []).join() === (y ?? []).join();
}

/** The segments (paragraphs or items) a text node leaves under the decisions. */
function textSegments(node: TextNode, accepted: Accepted): { content: Inline[]; props: ItemProps }[] {
  if (node.a === null && !accepted(node.changeId)) return [];
  if (node.b === null && accepted(node.changeId)) return [];
  const pieces: Piece[] = [];
  for (const span of node.spans) pieceOf(span, accepted, node, pieces);
  const endProps =
    (node.b !== null && (node.a === null || accepted(node.levelChangeId)) ? node.item?.b : node.item?.a) ??
    {};
  const segments: { content: Inline[]; props: ItemProps }[] = [];
  let current: Piece[] = [];
  for (const piece of pieces) {
    if (piece.kind === 'break') {
      segments.push({ content: piecesToInlines(current), props: piece.props });
      current = [];
    } else current.push(piece);
  }
  segments.push({ content: piecesToInlines(current), props: endProps });
  const last = node.spans[node.spans.length - 1];
  if (last?.paragraphBreak) {
    // b's last paragraph had a tracked mark: kept, nothing follows it; removed, it stays only if not empty.
    const kept = sideOf(last, accepted) !== null;
    if (kept || segments[segments.length - 1]!.content.length === 0) segments.pop();
    if (kept && segments.length > 0) segments[segments.length - 1]!.props = endProps;
  }
  return segments;
}

/** Our blocks from the tree's nodes under the decisions. */
export function rebuildBlocks(nodes: readonly BlockNode[], accepted: Accepted): Block[] {
  const out: Block[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      for (const segment of textSegments(node, accepted))
        out.push({ type: 'paragraph', content: segment.content });
      continue;
    }
    const oneSided = node.a === null || node.b === null;
    if (oneSided && (node.a === null ? !accepted(node.changeId) : accepted(node.changeId))) continue;
    if (node.type === 'list') {
      const props =
        node.a === null
          ? node.listB!
          : node.b === null
            ? node.listA!
            : accepted(node.propsChangeId)
              ? node.listB!
              : node.listA!;
      const items: ListItem[] = [];
      for (const item of node.items)
        for (const segment of textSegments(item, accepted)) {
          const next: ListItem = { content: segment.content };
          if (segment.props.level) next.level = segment.props.level;
          items.push(next);
        }
      if (items.length > 0) out.push({ type: 'list', ordered: props.ordered, items } satisfies List);
      continue;
    }
    if (node.type === 'table') {
      const props =
        node.a === null
          ? node.tableB!
          : node.b === null
            ? node.tableA!
            : accepted(node.propsChangeId)
              ? node.tableB!
              : node.tableA!;
      const rows: TableRow[] = [];
      for (const row of node.rows) {
        if (row.status === 'inserted' && !oneSided && !accepted(row.changeId)) continue;
        if (row.status === 'removed' && !oneSided && accepted(row.changeId)) continue;
        const takeB =
          row.a === null ||
          (row.b !== null &&
            row.status !== 'removed' &&
            (row.structureChangeId ? accepted(row.structureChangeId) : true));
        const cells = row.cells
          .filter((cell) =>
            row.structureChangeId && row.status !== 'removed' && row.status !== 'inserted'
              ? takeB
                ? cell.b !== null
                : cell.a !== null
              : true,
          )
          .map((cell) => {
            const props = (takeB && cell.b !== null ? cell.propsB : cell.propsA) ?? cell.propsB ?? {};
            return { ...props, content: rebuildBlocks(cell.blocks, accepted) };
          });
        if (cells.length > 0) rows.push({ cells });
      }
      if (rows.length > 0) out.push({ type: 'table', role: props.role, headerRow: props.headerRow, rows });
      continue;
    }
    out.push({ type: 'box', blocks: rebuildBlocks(node.blocks, accepted) });
  }
  return out;
}

function chooseTerms(
  termsA: readonly Term[],
  termsB: readonly Term[],
  changeIds: Readonly<Record<string, string>>,
  accepted: Accepted,
  defaultDecision: Decision,
  result: SlaDocument,
): Term[] {
  const indexB = new Map(termsB.map((term, i) => [term.id, i]));
  const pairs = termsA.flatMap((term, i) => (indexB.has(term.id) ? [{ a: i, b: indexB.get(term.id)! }] : []));
  const anchors = new Set(longestIncreasingSubsequence(pairs.map((p) => p.b)));
  const items: OrderItem<Term | null>[] = pairs.map((p, k) => {
    const changeId = changeIds[termsA[p.a]!.id];
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
      item: accepted(changeIds[term.id]) ? null : term,
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
      item: accepted(changeIds[term.id]) ? term : null,
      a: null,
      b: j,
      anchor: false,
      placeBy: 'b',
    });
  });
  const terms = mergeOrder(items).filter((term): term is Term => term !== null);
  const present = new Set(terms.map((term) => term.id));
  for (const id of documentTermIds(result)) {
    if (present.has(id)) continue;
    const term = termsB.find((t) => t.id === id) ?? termsA.find((t) => t.id === id);
    if (term) {
      terms.push(term);
      present.add(id);
    }
  }
  return terms;
}

/** Decisions that set every change of one kind (the compare screen's "accept all wording"). */
export function decideAllOfKind(
  tree: Pick<ChangeTree, 'changes'>,
  kind: ChangeKind,
  decision: Decision,
  decisions: Readonly<Record<string, Decision>> = {},
): Record<string, Decision> {
  const next: Record<string, Decision> = { ...decisions };
  for (const change of tree.changes) if (change.kind === kind) next[change.id] = decision;
  return next;
}
