import { z } from 'zod';
import { Term } from './term';

/**
 * The SLA document: the one structure shared by templates, drafts and frozen rounds.
 * Rich text is our own small block model (not an editor's JSON) so the redline engine, DOCX
 * export/import and hashing do not depend on the editor.
 *
 * Two kinds of document share this shape (issue 8, "exactly as written"):
 * - **ours** (templates, drafts, our rounds): terms are references rendered from their typed value,
 *   clause numbers are derived from order and level;
 * - **theirs** (a round received as a Word file): the text is kept exactly as the counterparty wrote
 *   it, every run with its Word origin (a tracked insertion or deletion, with id, author and date),
 *   clause numbers and list labels as written. A term found in their text is an annotation: a term
 *   inline that carries the characters it covers (`text`), never a re-rendering.
 *
 * Persisted shape, with its own version (CONVENTIONS 7b): changing it needs a new version and a
 * migration step in `shared/model/migrateDocument.ts`.
 */
export const DOCUMENT_VERSION = 2;

export const Language = z.enum(['de', 'en']);
export type Language = z.infer<typeof Language>;

/** Run formatting we keep. `hidden` is Word's `w:vanish`: kept, shown and flagged, never taken as plain text. */
export const MARKS = ['bold', 'italic', 'underline', 'strike', 'superscript', 'subscript', 'hidden'] as const;
export const Mark = z.enum(MARKS);
export type Mark = z.infer<typeof Mark>;

/** A tracked revision of a Word file (ECMA-376 §17.13.5): its id, author and date as written. */
export const Revision = z.object({
  id: z.string().max(100),
  author: z.string().max(500),
  date: z.string().max(100).optional(),
});
export type Revision = z.infer<typeof Revision>;

/**
 * Where a piece of received text came from: a tracked insertion or deletion, or one side of a
 * tracked move. Text without an origin was in the file as plain text. Only received documents carry
 * origins; a deleted piece (`del`, `moveFrom`) is kept so that tracked and silent edits can be told
 * apart from the file itself, never by matching text afterwards.
 */
export const ORIGIN_TYPES = ['ins', 'del', 'moveFrom', 'moveTo'] as const;
export const Origin = Revision.extend({ type: z.enum(ORIGIN_TYPES) });
export type Origin = z.infer<typeof Origin>;

/** A tracked formatting change (`w:rPrChange`): the marks the text had before it. */
export const FormatChange = Revision.extend({ marks: z.array(Mark) });
export type FormatChange = z.infer<typeof FormatChange>;

export interface TextInline {
  type: 'text';
  /** May contain `\n` (a line break, `w:br`) and `\t` (a tab), as written. */
  text: string;
  marks?: Mark[];
  origin?: Origin;
  formatChange?: FormatChange;
}

/**
 * A reference to a term of the document. Without `text` it shows the term's formatted value (our
 * documents); with `text` it is an annotation of characters as written (their documents): `text` is
 * what is shown and exported, the term's typed value is what was read from it. Adjacent term inlines
 * of one term (split by origin or marks) form one annotation.
 */
export interface TermInline {
  type: 'term';
  termId: string;
  text?: string;
  marks?: Mark[];
  origin?: Origin;
  formatChange?: FormatChange;
}

/** A footnote or endnote, kept at its reference in the text. */
export interface NoteInline {
  type: 'note';
  note: 'footnote' | 'endnote';
  body: Block[];
  origin?: Origin;
}

export const OBJECT_KINDS = ['image', 'chart', 'diagram', 'shape', 'object', 'equation'] as const;
export type ObjectKind = (typeof OBJECT_KINDS)[number];

/**
 * Something that is not text (an image, chart, embedded object, equation …). It is compared by the
 * hash of its content (the part's bytes, or the element's XML for an equation) and its extent.
 */
export interface ObjectInline {
  type: 'object';
  object: ObjectKind;
  /** SHA-256 hex of the content; equal hash and extent = the same object. */
  hash: string;
  /** The file's own name or description of the object (`descr`, `name`), for people. */
  name?: string;
  /** Alternative text, or the text of an equation. */
  text?: string;
  /** Extent in EMU as written (`wp:extent`). */
  width?: number;
  height?: number;
  origin?: Origin;
}

export type Inline = TextInline | TermInline | NoteInline | ObjectInline;

/** A paragraph. `mark` is a tracked insertion or deletion of the paragraph mark (split or merge). */
export interface Paragraph {
  type: 'paragraph';
  content: Inline[];
  mark?: Origin;
}

export const NUMBER_FORMATS = [
  'decimal',
  'lowerLetter',
  'upperLetter',
  'lowerRoman',
  'upperRoman',
  'bullet',
  'none',
] as const;
export type NumberFormat = (typeof NUMBER_FORMATS)[number];

/** How one level of a numbered list counts, as Word's numbering defines it (`w:lvl`). */
export interface ListLevel {
  format: NumberFormat;
  /** Word's level text with `%1`…`%9` for the counters, e.g. `%1)` or `(%1)`; the bullet character for bullets. */
  pattern: string;
  start: number;
}

export interface ListItem {
  content: Inline[];
  /** Nesting level, 0 = top. */
  level?: number;
  /** The label as written or as Word's automatic numbering showed it (`a)`, `iv.`, `•`): received documents. */
  label?: string;
  mark?: Origin;
}

export interface List {
  type: 'list';
  ordered: boolean;
  items: ListItem[];
  /** Per level (index = level): received documents keep their numbering; ours use the house style. */
  levels?: ListLevel[];
}

/**
 * `service-levels`: header row, then one row per priority: [priority, response time, resolution time].
 * `service-credits`: header row, then one row per band: [availability below, credit]. Other tables are
 * `generic`. A cell holds blocks (usually one paragraph), so a cell can reference a term (`p1_response`).
 */
export const TableRole = z.enum(['service-levels', 'service-credits', 'generic']);
export type TableRole = z.infer<typeof TableRole>;

export interface TableCell {
  content: Block[];
  /** Columns this cell spans (`w:gridSpan`), when more than one. */
  colSpan?: number;
  /** Vertical merge (`w:vMerge`): `continue` cells belong to the cell above and are empty. */
  rowMerge?: 'restart' | 'continue';
}

export interface TableRow {
  cells: TableCell[];
  /** A tracked insertion or deletion of the whole row. */
  origin?: Origin;
}

export interface Table {
  type: 'table';
  role: TableRole;
  headerRow: boolean;
  rows: TableRow[];
}

/** A text box (`w:txbxContent`) or frame, kept after the paragraph it is anchored in. */
export interface Box {
  type: 'box';
  blocks: Block[];
  origin?: Origin;
}

export type Block = Paragraph | List | Table | Box;

const MAX_TEXT = 200_000;
const marks = z.array(Mark).optional();

export const TextInline: z.ZodType<TextInline> = z.object({
  type: z.literal('text'),
  text: z.string().min(1).max(MAX_TEXT),
  marks,
  origin: Origin.optional(),
  formatChange: FormatChange.optional(),
});
export const TermInline: z.ZodType<TermInline> = z.object({
  type: z.literal('term'),
  termId: z.string(),
  text: z.string().min(1).max(MAX_TEXT).optional(),
  marks,
  origin: Origin.optional(),
  formatChange: FormatChange.optional(),
});
export const NoteInline: z.ZodType<NoteInline> = z.object({
  type: z.literal('note'),
  note: z.enum(['footnote', 'endnote']),
  get body() {
    return z.array(Block).max(5_000);
  },
  origin: Origin.optional(),
});
export const ObjectInline: z.ZodType<ObjectInline> = z.object({
  type: z.literal('object'),
  object: z.enum(OBJECT_KINDS),
  hash: z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 hex digest'),
  name: z.string().max(500).optional(),
  text: z.string().max(MAX_TEXT).optional(),
  width: z.number().int().min(0).optional(),
  height: z.number().int().min(0).optional(),
  origin: Origin.optional(),
});
export const Inline: z.ZodType<Inline> = z.union([TextInline, TermInline, NoteInline, ObjectInline]);

const inlines = () => z.array(Inline).max(10_000);

export const Paragraph: z.ZodType<Paragraph> = z.object({
  type: z.literal('paragraph'),
  get content() {
    return inlines();
  },
  mark: Origin.optional(),
});
export const ListLevel: z.ZodType<ListLevel> = z.object({
  format: z.enum(NUMBER_FORMATS),
  pattern: z.string().max(100),
  start: z.number().int().min(0).max(100_000),
});
export const ListItem: z.ZodType<ListItem> = z.object({
  get content() {
    return inlines();
  },
  level: z.number().int().min(0).max(8).optional(),
  label: z.string().max(100).optional(),
  mark: Origin.optional(),
});
export const List: z.ZodType<List> = z.object({
  type: z.literal('list'),
  ordered: z.boolean(),
  items: z.array(ListItem).max(1_000),
  levels: z.array(ListLevel).max(9).optional(),
});
export const TableCell: z.ZodType<TableCell> = z.object({
  get content() {
    return z.array(Block).max(1_000);
  },
  colSpan: z.number().int().min(2).max(63).optional(),
  rowMerge: z.enum(['restart', 'continue']).optional(),
});
export const TableRow: z.ZodType<TableRow> = z.object({
  cells: z.array(TableCell).min(1).max(50),
  origin: Origin.optional(),
});
export const Table: z.ZodType<Table> = z.object({
  type: z.literal('table'),
  role: TableRole,
  headerRow: z.boolean(),
  rows: z.array(TableRow).max(500),
});
export const Box: z.ZodType<Box> = z.object({
  type: z.literal('box'),
  get blocks() {
    return z.array(Block).max(5_000);
  },
  origin: Origin.optional(),
});
export const Block: z.ZodType<Block> = z.union([Paragraph, List, Table, Box]);

/**
 * What a clause is about. The legal checklist, playbook and monitoring look clauses up by kind;
 * `other` for anything else. Persisted: changing a name needs a migration.
 */
export const CLAUSE_KINDS = [
  'parties-scope',
  'definitions',
  'service-hours',
  'availability',
  'maintenance',
  'exclusions',
  'priorities',
  'service-credits',
  'incentives',
  'reporting',
  'chronic-failure',
  'review-change',
  'liability',
  'force-majeure',
  'data-protection',
  'term-termination',
  'other',
] as const;
export const ClauseKind = z.enum(CLAUSE_KINDS);
export type ClauseKind = z.infer<typeof ClauseKind>;

export const ClauseId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'invalid clause id');

/** A clause number as the counterparty's file shows it: typed (`§ 3`, `3.`) or Word's automatic numbering. */
export const ClauseLabel = z.object({
  text: z.string().max(100),
  auto: z.boolean(),
});
export type ClauseLabel = z.infer<typeof ClauseLabel>;

export interface Clause {
  /** Stable across rounds and copies; the redline aligns by it first. */
  id: string;
  kind: ClauseKind;
  /** The heading's plain text (for theirs: with tracked changes accepted, without the number). */
  heading: string;
  /** 1 = numbered "3", 2 = numbered "3.1" under the previous level-1 clause. Numbers are derived. */
  level: 1 | 2;
  body: Block[];
  /** `false` for text before the first heading (a preamble): shown without a number, never counted. */
  numbered?: boolean;
  /** Received documents: the number as written. Ours derive numbers and never store one. */
  label?: ClauseLabel;
  /** Received documents: the heading as written, with marks and origins; `heading` is its accepted text. */
  headingContent?: Inline[];
}

export const Clause: z.ZodType<Clause> = z.object({
  id: ClauseId,
  kind: ClauseKind,
  heading: z.string().max(500),
  level: z.union([z.literal(1), z.literal(2)]),
  body: z.array(Block).max(5_000),
  numbered: z.boolean().optional(),
  label: ClauseLabel.optional(),
  headingContent: inlines().optional(),
});

export const Parties = z.object({
  provider: z.string().max(300),
  customer: z.string().max(300),
});
export type Parties = z.infer<typeof Parties>;

/** Headers and footers of a received file, per section (`w:sectPr`) and kind (`w:hdr` types). */
export interface PagePart {
  kind: 'header' | 'footer';
  variant: 'default' | 'first' | 'even';
  /** 0-based section index of the body. */
  section: number;
  blocks: Block[];
}
export const PagePart: z.ZodType<PagePart> = z.object({
  kind: z.enum(['header', 'footer']),
  variant: z.enum(['default', 'first', 'even']),
  section: z.number().int().min(0).max(1_000),
  get blocks() {
    return z.array(Block).max(1_000);
  },
});

/**
 * The opening lines as written in a received file (title and parties line), so they are shown and
 * exported as the counterparty wrote them; `title` and `parties` are what was read from them. Ours
 * leave it out and the lines are generated from `title` and `parties`.
 */
export interface FrontMatter {
  title?: Inline[];
  parties?: Inline[];
}
export const FrontMatter: z.ZodType<FrontMatter> = z.object({
  title: inlines().optional(),
  parties: inlines().optional(),
});

/** Visits every inline of the blocks, depth first in document order (cells, notes and boxes included). */
export function forEachInline(blocks: readonly Block[], visit: (inline: Inline) => void): void {
  for (const block of blocks) {
    if (block.type === 'paragraph') visitInlines(block.content, visit);
    else if (block.type === 'list') for (const item of block.items) visitInlines(item.content, visit);
    else if (block.type === 'table')
      for (const row of block.rows) for (const cell of row.cells) forEachInline(cell.content, visit);
    else forEachInline(block.blocks, visit);
  }
}

function visitInlines(inlines: readonly Inline[], visit: (inline: Inline) => void): void {
  for (const inline of inlines) {
    visit(inline);
    if (inline.type === 'note') forEachInline(inline.body, visit);
  }
}

/** Every inline of a clause: heading as written, then body. */
export function forEachClauseInline(clause: Clause, visit: (inline: Inline) => void): void {
  if (clause.headingContent) visitInlines(clause.headingContent, visit);
  forEachInline(clause.body, visit);
}

/** Every term id referenced from the clauses, in document order, without repeats. */
export function referencedTermIds(clauses: readonly Clause[]): string[] {
  const seen = new Set<string>();
  for (const clause of clauses)
    forEachClauseInline(clause, (inline) => {
      if (inline.type === 'term') seen.add(inline.termId);
    });
  return [...seen];
}

/** Term ids referenced anywhere in the document: clauses, front matter, headers and footers. */
export function documentTermIds(doc: Pick<SlaDocument, 'clauses' | 'front' | 'pageParts'>): string[] {
  const seen = new Set(referencedTermIds(doc.clauses));
  const note = (inline: Inline) => {
    if (inline.type === 'term') seen.add(inline.termId);
  };
  for (const line of [doc.front?.title, doc.front?.parties]) if (line) visitInlines(line, note);
  for (const part of doc.pageParts ?? []) forEachInline(part.blocks, note);
  return [...seen];
}

/** A one-paragraph table cell, the common case (templates, our tables). */
export function cellOf(content: Inline[]): TableCell {
  return { content: [{ type: 'paragraph', content }] };
}

export interface SlaDocument {
  version: typeof DOCUMENT_VERSION;
  title: string;
  language: Language;
  parties: Parties;
  front?: FrontMatter;
  clauses: Clause[];
  /** Ordered as shown in the term panel; ids unique; every reference in the document resolves. */
  terms: Term[];
  /** Received documents: headers and footers as written. Ours generate them on export. */
  pageParts?: PagePart[];
}

export const SlaDocument: z.ZodType<SlaDocument> = z
  .object({
    version: z.literal(DOCUMENT_VERSION),
    title: z.string().max(500),
    language: Language,
    parties: Parties,
    front: FrontMatter.optional(),
    clauses: z.array(Clause).max(5_000),
    terms: z.array(Term).max(5_000),
    pageParts: z.array(PagePart).max(100).optional(),
  })
  .superRefine((doc, ctx) => {
    const termIds = new Set<string>();
    doc.terms.forEach((term, index) => {
      if (termIds.has(term.id))
        ctx.addIssue({ code: 'custom', message: `duplicate term id ${term.id}`, path: ['terms', index] });
      termIds.add(term.id);
    });
    const clauseIds = new Set<string>();
    doc.clauses.forEach((clause, index) => {
      if (clauseIds.has(clause.id))
        ctx.addIssue({
          code: 'custom',
          message: `duplicate clause id ${clause.id}`,
          path: ['clauses', index],
        });
      clauseIds.add(clause.id);
    });
    for (const id of documentTermIds(doc))
      if (!termIds.has(id))
        ctx.addIssue({ code: 'custom', message: `clause references unknown term ${id}`, path: ['clauses'] });
  });

/** Plain text of inlines as stored (their text; terms without text show nothing here). */
export function storedText(inlines: readonly Inline[]): string {
  let out = '';
  for (const inline of inlines)
    if (inline.type === 'text' || (inline.type === 'term' && inline.text)) out += inline.text;
  return out;
}

/**
 * The blocks with every run of inlines passed through `map` (paragraphs, list items, cells, boxes
 * and note bodies alike), leaving everything else as it is. For edits that must reach all text.
 */
export function mapInlineRuns(blocks: readonly Block[], map: (inlines: Inline[]) => Inline[]): Block[] {
  const run = (inlines: Inline[]): Inline[] =>
    map(inlines).map((inline) =>
      inline.type === 'note' ? { ...inline, body: mapInlineRuns(inline.body, map) } : inline,
    );
  return blocks.map((block): Block => {
    if (block.type === 'paragraph') return { ...block, content: run(block.content) };
    if (block.type === 'list')
      return { ...block, items: block.items.map((item) => ({ ...item, content: run(item.content) })) };
    if (block.type === 'table')
      return {
        ...block,
        rows: block.rows.map((row) => ({
          ...row,
          cells: row.cells.map((cell) => ({ ...cell, content: mapInlineRuns(cell.content, map) })),
        })),
      };
    return { ...block, blocks: mapInlineRuns(block.blocks, map) };
  });
}
