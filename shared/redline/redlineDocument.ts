import {
  DOCUMENT_VERSION,
  type Block,
  type Clause,
  type FormatChange,
  type Inline,
  type ListItem,
  type Mark,
  type Origin,
  type PagePart,
  type Paragraph,
  type SlaDocument,
  type TableRow,
} from '../model/document';
import type { Term } from '../model/term';
import { viewInlines } from '../model/views';
import type { BlockNode, ChangeTree, ClauseNode, ItemProps, Span, SpanTerm, TextNode } from './changeTree';

/** Who made b, for changes b's file did not track itself (ours, or their silent edits). */
export interface RedlineMeta {
  author: string;
  date?: string;
  /** Who made one change, when it is known better than `author` (rounds stored before origins were kept). */
  revisionOf?: (changeId: string) => { author: string; date?: string } | undefined;
}

/** `pair`: both sides with origins; `a`/`b`: one side only, all of it deleted/inserted (a moved clause's copies). */
type Mode = 'pair' | 'a' | 'b';

type Piece =
  | {
      kind: 'text';
      text: string;
      marks: Mark[] | undefined;
      term: SpanTerm | undefined;
      origin: Origin | undefined;
      formatChange: FormatChange | undefined;
    }
  | { kind: 'break'; props: ItemProps; origin: Origin | undefined }
  | { kind: 'inline'; inline: Inline };

const isInsert = (origin: Origin | undefined) => origin?.type === 'ins' || origin?.type === 'moveTo';
const isDelete = (origin: Origin | undefined) => origin?.type === 'del' || origin?.type === 'moveFrom';

/**
 * The pair as ONE document whose origins are the changes (issue 8: a document with origins IS a
 * redline): inserted text is a tracked insertion (b's own revision where b's file tracked it, else
 * `meta`'s author and date), deleted text a tracked deletion, a formatting change `w:rPrChange`,
 * paragraph and list-item boundaries paragraph-mark origins, whole rows and boxes their own origins.
 * A moved clause is deleted where it stood and inserted where it stands (Word's move markup is a
 * known source of unreadable files). So `viewDocument(redlineDocument(t), 'accepted')` is b and
 * `'original'` is a — in their text, marks, paragraphs, rows, notes, objects, boxes, terms (as
 * annotations of the text each side shows) and headers/footers. What the model has no origin for
 * (a clause's level and kind, labels, list and table properties) is b's, and clause ids are b's
 * (a's for removed clauses): Word carries neither.
 */
export function redlineDocument(tree: ChangeTree, meta: RedlineMeta): SlaDocument {
  return new RedlineWriter(tree, meta).document();
}

class RedlineWriter {
  private readonly ids = new Set<string>();

  constructor(
    private readonly tree: ChangeTree,
    private readonly meta: RedlineMeta,
  ) {}

  private revision(type: 'ins' | 'del', changeId: string | undefined): Origin {
    const known = changeId ? this.meta.revisionOf?.(changeId) : undefined;
    const origin: Origin = { type, id: changeId ?? 'sla', author: known?.author ?? this.meta.author };
    const date = known ? known.date : this.meta.date;
    if (date) origin.date = date;
    return origin;
  }

  private formatRevision(span: Span): FormatChange {
    if (span.formatChange) return span.formatChange;
    const change: FormatChange = {
      id: span.changeId ?? 'sla',
      author: this.meta.author,
      marks: span.marksBefore ?? [],
    };
    if (this.meta.date) change.date = this.meta.date;
    return change;
  }

  private uniqueId(id: string, suffix: string): string {
    let candidate = id;
    for (let n = 1; this.ids.has(candidate); n++) candidate = `${id.slice(0, 50)}-${suffix}${n > 1 ? n : ''}`;
    this.ids.add(candidate);
    return candidate;
  }

  document(): SlaDocument {
    const { tree } = this;
    const { b } = tree;
    for (const node of tree.clauses) if (node.b && node.status !== 'removed') this.ids.add(node.b.clause.id);
    const clauses: Clause[] = [];
    // A moved clause's deleted copy goes after the clause that preceded it in a.
    const movedAfter = new Map<ClauseNode, ClauseNode[]>();
    const movedFirst: ClauseNode[] = [];
    for (const node of tree.clauses) {
      if (!node.moveChangeId || !node.a) continue;
      let before: ClauseNode | undefined;
      for (const other of tree.clauses)
        if (other !== node && other.a && !other.moveChangeId && other.a.index < node.a.index)
          if (!before || other.a.index > before.a!.index) before = other;
      if (before) movedAfter.set(before, [...(movedAfter.get(before) ?? []), node]);
      else movedFirst.push(node);
    }
    for (const node of movedFirst) clauses.push(this.clause(node, 'a'));
    for (const node of tree.clauses) {
      clauses.push(this.clause(node, node.moveChangeId ? 'b' : 'pair'));
      for (const moved of movedAfter.get(node) ?? []) clauses.push(this.clause(moved, 'a'));
    }
    const termIds = new Set(b.terms.map((term) => term.id));
    const terms: Term[] = [...b.terms, ...tree.a.terms.filter((term) => !termIds.has(term.id))];
    const doc: SlaDocument = {
      version: DOCUMENT_VERSION,
      title: b.title,
      language: b.language,
      parties: { ...b.parties },
      clauses,
      terms,
    };
    const title = this.inlines(tree.front.title.spans, 'pair');
    const parties = this.inlines(tree.front.parties.spans, 'pair');
    if (title.length > 0 || parties.length > 0) {
      doc.front = {};
      if (title.length > 0) doc.front.title = title;
      if (parties.length > 0) doc.front.parties = parties;
    }
    if (tree.parts.length > 0)
      doc.pageParts = tree.parts.map((part): PagePart => ({
        kind: part.kind,
        variant: part.variant,
        section: part.section,
        blocks: this.blocks(part.blocks, part.inA && part.inB ? 'pair' : part.inB ? 'b' : 'a'),
      }));
    return doc;
  }

  private clause(node: ClauseNode, mode: Mode): Clause {
    const inB = node.b !== null && node.status !== 'removed';
    const source = mode === 'a' || !inB ? node.a!.clause : node.b!.clause;
    const headingContent = this.inlines(node.heading, mode);
    const clause: Clause = {
      id:
        mode === 'a' && node.moveChangeId
          ? this.uniqueId(`${source.id}-moved`, 'm')
          : inB && mode !== 'a'
            ? source.id
            : this.uniqueId(source.id, 'r'),
      kind: source.kind,
      heading: plainText(viewInlines(headingContent, 'accepted')),
      level: source.level,
      body: this.blocks(node.blocks, mode),
      headingContent,
    };
    if (source.numbered === false) clause.numbered = false;
    if (source.label) clause.label = { ...source.label };
    return clause;
  }

  /** The pieces a span leaves in `mode`. */
  private pieces(span: Span, mode: Mode, out: Piece[]): void {
    let origin: Origin | undefined;
    let side: 'a' | 'b';
    if (mode === 'pair') {
      if (span.op === 'insert') {
        origin = isInsert(span.origin) ? span.origin : this.revision('ins', span.changeId);
        side = 'b';
      } else if (span.op === 'delete') {
        origin = isDelete(span.origin) ? span.origin : this.revision('del', span.changeId);
        side = 'a';
      } else side = 'b';
    } else if (mode === 'a') {
      if (span.op === 'insert') return;
      origin =
        span.op === 'delete' && isDelete(span.origin) ? span.origin : this.revision('del', span.changeId);
      side = 'a';
    } else {
      if (span.op === 'delete') return;
      origin =
        span.op === 'insert' && isInsert(span.origin) ? span.origin : this.revision('ins', span.changeId);
      side = 'b';
    }
    if (span.paragraphBreak) {
      out.push({
        kind: 'break',
        props: (side === 'a' ? span.paragraphBreak.a : span.paragraphBreak.b) ?? {},
        origin,
      });
      return;
    }
    if (span.object) {
      const inline: Inline = { ...span.object };
      if (origin) inline.origin = origin;
      out.push({ kind: 'inline', inline });
      return;
    }
    if (span.note) {
      const inline: Inline = {
        type: 'note',
        note: span.note.note,
        body: this.blocks(span.note.blocks, span.op === 'equal' || span.op === 'format' ? mode : 'pair'),
      };
      if (origin) inline.origin = origin;
      out.push({ kind: 'inline', inline });
      return;
    }
    const fromA = side === 'a';
    const marks = span.op === 'format' && fromA ? span.marksBefore : span.marks;
    const term =
      (span.op === 'equal' || span.op === 'format') && fromA && span.termA !== undefined
        ? span.termA
        : span.term;
    out.push({
      kind: 'text',
      text: span.text,
      marks: marks && marks.length > 0 ? marks : undefined,
      term: term ?? undefined,
      origin,
      formatChange: span.op === 'format' && mode === 'pair' ? this.formatRevision(span) : undefined,
    });
  }

  private inlines(spans: readonly Span[], mode: Mode): Inline[] {
    const pieces: Piece[] = [];
    for (const span of spans) this.pieces(span, mode, pieces);
    return piecesToInlines(pieces);
  }

  /** Paragraphs (or list items) of a text node, with their marks. */
  private segments(node: TextNode, mode: Mode): { content: Inline[]; mark?: Origin; props: ItemProps }[] {
    let effective = mode;
    if (mode === 'pair' && node.a === null) effective = 'b';
    if (mode === 'pair' && node.b === null) effective = 'a';
    if ((effective === 'a' && node.a === null) || (effective === 'b' && node.b === null)) return [];
    const pieces: Piece[] = [];
    let trailingKept = false;
    node.spans.forEach((span, k) => {
      const before = pieces.length;
      this.pieces(span, effective, pieces);
      // b's last paragraph had a tracked mark: it ends the node, nothing follows it.
      if (k === node.spans.length - 1 && span.paragraphBreak && pieces.length > before) trailingKept = true;
    });
    const out: { content: Inline[]; mark?: Origin; props: ItemProps }[] = [];
    let current: Piece[] = [];
    for (const piece of pieces) {
      if (piece.kind === 'break') {
        const segment: { content: Inline[]; mark?: Origin; props: ItemProps } = {
          content: piecesToInlines(current),
          props: piece.props,
        };
        if (piece.origin) segment.mark = piece.origin;
        out.push(segment);
        current = [];
      } else current.push(piece);
    }
    const endProps = (effective === 'a' ? node.item?.a : (node.item?.b ?? node.item?.a)) ?? {};
    if (trailingKept && out.length > 0) out[out.length - 1]!.props = endProps;
    if (!trailingKept) {
      const segment: { content: Inline[]; mark?: Origin; props: ItemProps } = {
        content: piecesToInlines(current),
        props: endProps,
      };
      const changeId = node.changeId ?? node.spans.find((span) => span.changeId)?.changeId;
      if (effective === 'a') segment.mark = this.revision('del', changeId);
      else if (effective === 'b') segment.mark = this.revision('ins', changeId);
      out.push(segment);
    }
    return out;
  }

  private blocks(nodes: readonly BlockNode[], mode: Mode): Block[] {
    const out: Block[] = [];
    for (const node of nodes) {
      let effective = mode;
      if (mode === 'pair' && node.a === null) effective = 'b';
      if (mode === 'pair' && node.b === null) effective = 'a';
      if ((effective === 'a' && node.a === null) || (effective === 'b' && node.b === null)) continue;
      if (node.type === 'text') {
        for (const segment of this.segments(node, effective)) {
          const paragraph: Paragraph = { type: 'paragraph', content: segment.content };
          if (segment.mark) paragraph.mark = segment.mark;
          out.push(paragraph);
        }
        continue;
      }
      if (node.type === 'list') {
        const props = (effective === 'a' ? node.listA : (node.listB ?? node.listA))!;
        const items: ListItem[] = [];
        for (const item of node.items)
          for (const segment of this.segments(item, effective)) {
            const next: ListItem = { content: segment.content };
            if (segment.props.level !== undefined) next.level = segment.props.level;
            if (segment.props.label !== undefined) next.label = segment.props.label;
            if (segment.mark) next.mark = segment.mark;
            items.push(next);
          }
        const list: Block = { type: 'list', ordered: props.ordered, items };
        if (props.levels) list.levels = props.levels;
        out.push(list);
        continue;
      }
      if (node.type === 'table') {
        const props = (effective === 'a' ? node.tableA : (node.tableB ?? node.tableA))!;
        const rows: TableRow[] = [];
        for (const row of node.rows) {
          const rowMode: Mode =
            effective !== 'pair'
              ? effective
              : row.a === null
                ? 'b'
                : row.b === null || row.status === 'removed'
                  ? 'a'
                  : 'pair';
          if (rowMode === 'b' && (row.b === null || row.status === 'removed')) continue;
          if (rowMode === 'a' && row.a === null) continue;
          const cellsOf = (side: Mode) =>
            row.cells
              .filter((cell) => (side === 'a' ? cell.a !== null : side === 'b' ? cell.b !== null : true))
              .map((cell) => ({
                ...((side === 'a' ? cell.propsA : (cell.propsB ?? cell.propsA)) ?? {}),
                content: this.blocks(cell.blocks, side === 'pair' ? 'pair' : side),
              }));
          const changeId = row.changeId ?? row.structureChangeId;
          if (rowMode === 'pair' && row.structureChangeId) {
            rows.push({ cells: cellsOf('a'), origin: this.revision('del', changeId) });
            rows.push({ cells: cellsOf('b'), origin: this.revision('ins', changeId) });
            continue;
          }
          const next: TableRow = { cells: cellsOf(rowMode) };
          if (rowMode === 'a')
            next.origin = isDelete(row.origin) ? row.origin! : this.revision('del', changeId);
          if (rowMode === 'b')
            next.origin = isInsert(row.origin) ? row.origin! : this.revision('ins', changeId);
          rows.push(next);
        }
        out.push({ type: 'table', role: props.role, headerRow: props.headerRow, rows });
        continue;
      }
      const box: Block = { type: 'box', blocks: this.blocks(node.blocks, effective) };
      if (effective === 'a')
        box.origin = isDelete(node.origin) ? node.origin! : this.revision('del', node.changeId);
      if (effective === 'b')
        box.origin = isInsert(node.origin) ? node.origin! : this.revision('ins', node.changeId);
      out.push(box);
    }
    return out;
  }
}

function plainText(inlines: readonly Inline[]): string {
  let out = '';
  for (const inline of inlines)
    if (inline.type === 'text' || (inline.type === 'term' && inline.text)) out += inline.text;
  return out.trim();
}

const sameOriginOf = (x: Origin | undefined, y: Origin | undefined) =>
  x === y || (!!x && !!y && x.type === y.type && x.id === y.id && x.author === y.author && x.date === y.date);

/** Inlines of pieces: texts with the same attributes merged, every term inline with its text as shown. */
function piecesToInlines(pieces: readonly Piece[]): Inline[] {
  const out: Inline[] = [];
  let lastTerm: SpanTerm | undefined;
  for (const piece of pieces) {
    if (piece.kind === 'break') continue;
    if (piece.kind === 'inline') {
      out.push(piece.inline);
      lastTerm = undefined;
      continue;
    }
    const last = out[out.length - 1];
    const joins =
      last !== undefined &&
      last.type === (piece.term ? 'term' : 'text') &&
      (last.type === 'text' || last.type === 'term') &&
      (last.marks ?? []).join() === (piece.marks ?? []).join() &&
      sameOriginOf(last.origin, piece.origin) &&
      last.formatChange === piece.formatChange &&
      (!piece.term ||
        (last.type === 'term' && last.termId === piece.term.id && lastTerm?.slot === piece.term.slot));
    if (joins && (last.type === 'text' || last.text !== undefined)) {
      (last as { text: string }).text += piece.text;
      continue;
    }
    if (!piece.text && !piece.term) continue;
    const inline: Inline = piece.term
      ? { type: 'term', termId: piece.term.id, text: piece.text }
      : { type: 'text', text: piece.text };
    if (piece.marks) inline.marks = [...piece.marks];
    if (piece.origin) inline.origin = piece.origin;
    if (piece.formatChange) inline.formatChange = piece.formatChange;
    if (inline.type === 'term' && !inline.text) delete inline.text;
    out.push(inline);
    lastTerm = piece.term;
  }
  return out;
}
