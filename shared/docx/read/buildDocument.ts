import {
  DOCUMENT_VERSION,
  type Block,
  type Clause,
  type ClauseLabel,
  type FrontMatter,
  type Inline,
  type Language,
  type List,
  type ListItem,
  type PagePart,
  type Parties,
  type SlaDocument,
  type Table,
  type TableCell,
  type TableRow,
} from '../../model/document';
import { isRemovedIn } from '../../model/views';
import { DocxImportError } from '../DocxImportError';
import { detectLanguage, guessClauseKind, slugify, tableRoleOf } from './clauseHints';
import type { WarningList, WarningPlace } from './importWarnings';
import type { NumberedLabel, Numbering } from './readNumbering';
import { readParties } from './readParties';
import type { WordStyles } from './readStyles';
import { showsIn, viewText } from './viewText';
import type {
  WordBlock,
  WordInline,
  WordNotice,
  WordParagraph,
  WordPartContent,
  WordTable,
} from './wordBody';

/**
 * The second stage of reading a Word file (DESIGN §3): the Word body becomes an SLA document
 * exactly as written — clause labels as typed (`§ 3`) or as Word's numbering shows them, list labels
 * and levels, the title and parties line in `front`, text before the first heading as an unnumbered
 * clause, headers and footers, notes at their reference, text boxes after their paragraph. Every
 * inline keeps its origin. Terms are not looked for here (mapOntoReference, recogniseTermsInDocument).
 */

export interface BuildPagePart {
  kind: 'header' | 'footer';
  variant: 'default' | 'first' | 'even';
  section: number;
  content: WordPartContent;
}

export interface BuildInput {
  body: WordPartContent;
  styles: WordStyles;
  /** A fresh numbering (counters start anew) for the body, and one for each header, footer and note. */
  numbering: () => Numbering;
  notes: { footnote: ReadonlyMap<string, WordPartContent>; endnote: ReadonlyMap<string, WordPartContent> };
  pageParts: readonly BuildPagePart[];
  /** The title of the file's properties, used when the text has none. */
  fallbackTitle: string;
  /** Used when the text does not say (too little of it). */
  fallbackLanguage: Language;
  warnings: WarningList;
}

export interface BuiltDocument {
  doc: SlaDocument;
  /** Clause id of each top-level block of the body; '' for the title and parties lines. */
  clauseOfTop: string[];
}

const MAX_CLAUSES = 5_000;
const MAX_BLOCKS = 5_000;
const MAX_INLINES = 10_000;
const MAX_ITEMS = 1_000;
const MAX_ROWS = 500;
const MAX_CELLS = 50;
const MAX_CELL_BLOCKS = 1_000;
const MAX_PAGE_PARTS = 100;
/** The model caps one text inline at 200,000 characters; longer runs are split (same text, same marks). */
const MAX_INLINE_TEXT = 100_000;

/**
 * A clause number typed at the start of a heading: `3.`, `3.1`, `§ 3`, `Art. 4`, `IV.`. The rest is
 * the heading. Kept as written in the clause label.
 */
const TYPED_LABEL =
  /^(\s*(?:(?:§{1,2}|Art\.|Artikel|Article|Clause|Section|Ziffer|Ziff\.|Nr\.)\s*)?(?:\d{1,3}(?:\.\d{1,3}){0,3}[.)]?|[IVX]{1,6}\.))(?=\s|$)\s*/u;

/** `§ 3` → `3`, `3.1.` → `3.1`: the number inside a typed label. */
function numberInLabel(label: string): string {
  return /\d{1,3}(?:\.\d{1,3}){0,3}/.exec(label)?.[0] ?? '';
}

function styleHeadingLevel(paragraph: WordParagraph, styles: WordStyles): number | undefined {
  const style = styles.paragraph(paragraph.styleId);
  const name = style?.name ?? paragraph.styleId ?? '';
  const byName =
    /^(?:heading|überschrift|berschrift)\s*([1-9])$/i.exec(name) ??
    /^(?:Heading|berschrift|Überschrift)([1-9])$/.exec(paragraph.styleId ?? '');
  if (byName) return Number(byName[1]);
  const outline = paragraph.outlineLvl ?? style?.outlineLvl;
  return outline !== undefined && outline < 9 ? outline + 1 : undefined;
}

function isTitleStyle(paragraph: WordParagraph, styles: WordStyles): boolean {
  const style = styles.paragraph(paragraph.styleId);
  return /^(title|titel)$/i.test(style?.name ?? '') || /^(Title|Titel)$/.test(paragraph.styleId ?? '');
}

/** Whether a paragraph is there under Accept All (its text, or its mark). */
function inAccepted(paragraph: WordParagraph): boolean {
  return !isRemovedIn('accepted', paragraph.mark) || showsIn(paragraph.inlines, 'accepted');
}

/** Numbering labels of every paragraph of the blocks, in document order (cells and text boxes included). */
function labelParagraphs(
  blocks: readonly WordBlock[],
  numbering: Numbering,
  styles: WordStyles,
  into: Map<WordParagraph, NumberedLabel>,
) {
  for (const block of blocks) {
    if (block.kind === 'table') {
      for (const row of block.rows)
        for (const cell of row.cells) labelParagraphs(cell.blocks, numbering, styles, into);
      continue;
    }
    const style = styles.paragraph(block.styleId);
    const numId = block.numId ?? style?.numId;
    if (numId !== undefined) {
      const label = numbering.next(numId, block.ilvl ?? style?.ilvl ?? 0, inAccepted(block));
      if (label) into.set(block, label);
    }
    for (const box of block.boxes) labelParagraphs(box.blocks, numbering, styles, into);
  }
}

/** Text of the paragraph for decisions (heading? title?): as accepted, else as before their edits. */
function decisionText(paragraph: WordParagraph): string {
  const accepted = viewText(paragraph.inlines, 'accepted').replace(/\s+/g, ' ').trim();
  return accepted || viewText(paragraph.inlines, 'original').replace(/\s+/g, ' ').trim();
}

/** Every piece of its visible text shows bold, styles included (a hint that it is a heading). */
const allBold = (paragraph: WordParagraph): boolean => paragraph.bold;

/**
 * The inlines without a typed label at their start. A character is dropped when it lies inside the
 * label in every view it is shown in, so a label changed by a tracked edit leaves neither number.
 */
function withoutLabel(
  inlines: readonly WordInline[],
  acceptedLength: number,
  originalLength: number,
): WordInline[] {
  const out: WordInline[] = [];
  let inAcceptedText = 0;
  let inOriginalText = 0;
  let cutting = true;
  for (const inline of inlines) {
    if (!cutting || inline.type !== 'text') {
      if (inline.type !== 'text' || inline.text) out.push(inline);
      if (inline.type !== 'text') cutting = false;
      continue;
    }
    const inA = !isRemovedIn('accepted', inline.origin);
    const inO = !isRemovedIn('original', inline.origin);
    let keepFrom = 0;
    for (let i = 0; i < inline.text.length; i++) {
      const dropA = !inA || inAcceptedText < acceptedLength;
      const dropO = !inO || inOriginalText < originalLength;
      if (!(dropA && dropO)) break;
      if (inA) inAcceptedText += 1;
      if (inO) inOriginalText += 1;
      keepFrom = i + 1;
    }
    if (keepFrom < inline.text.length) {
      cutting = false;
      out.push(keepFrom === 0 ? inline : { ...inline, text: inline.text.slice(keepFrom) });
    }
  }
  return out;
}

interface ParagraphInfo {
  paragraph: WordParagraph;
  text: string;
  headingLevel?: 1 | 2;
  title: boolean;
  label?: NumberedLabel;
  typed?: { accepted: string; original: string };
}

export function buildDocument(input: BuildInput): BuiltDocument {
  const { styles, warnings } = input;
  const bodyLabels = new Map<WordParagraph, NumberedLabel>();
  labelParagraphs(input.body.blocks, input.numbering(), styles, bodyLabels);

  const language = detectLanguage(
    input.body.blocks
      .slice(0, 2_000)
      .map((block) => (block.kind === 'paragraph' ? viewText(block.inlines, 'accepted') : ''))
      .join(' '),
    input.fallbackLanguage,
  );

  /** Word inlines to model inlines: notes get their blocks, long texts are split. */
  const convertInlines = (inlines: readonly WordInline[], depth: number): Inline[] => {
    const out: Inline[] = [];
    for (const inline of inlines) {
      if (inline.type === 'noteRef') {
        const note = input.notes[inline.note].get(inline.id);
        // Notes inside notes do not exist in Word; the depth bound keeps a crafted file finite.
        if (!note || depth > 2) continue;
        const converted: Inline = {
          type: 'note',
          note: inline.note,
          body: convertBlocks(note.blocks, input.numbering(), depth + 1),
        };
        if (inline.origin) converted.origin = inline.origin;
        out.push(converted);
      } else if (inline.type === 'text' && inline.text.length > MAX_INLINE_TEXT) {
        for (let i = 0; i < inline.text.length; i += MAX_INLINE_TEXT)
          out.push({ ...inline, text: inline.text.slice(i, i + MAX_INLINE_TEXT) });
      } else out.push(inline);
    }
    return out;
  };

  /** Whether a paragraph holds anything beyond whitespace (text, an object, a note). */
  const hasContent = (paragraph: WordParagraph) =>
    paragraph.inlines.some((inline) => inline.type !== 'text' || inline.text.trim() !== '');

  /** Paragraphs become paragraphs or list items; consecutive items of one list form one list. */
  class BlockSink {
    private list: { key: string; bullet: boolean; block: List } | null = null;
    constructor(
      readonly blocks: Block[],
      private readonly labels: ReadonlyMap<WordParagraph, NumberedLabel>,
      private readonly numbering: Numbering,
      private readonly depth: number,
      private readonly onFull: () => void,
    ) {}

    private push(block: Block) {
      if (this.blocks.length >= MAX_BLOCKS) {
        this.onFull();
        return;
      }
      this.blocks.push(block);
    }

    flush() {
      this.list = null;
    }

    paragraph(paragraph: WordParagraph) {
      if (hasContent(paragraph)) {
        const content = convertInlines(paragraph.inlines, this.depth);
        const label = this.labels.get(paragraph);
        if (label && (label.text !== '' || label.bullet)) this.item(paragraph, label, content);
        else {
          this.flush();
          for (let i = 0; i < content.length; i += MAX_INLINES) {
            const block: Block = { type: 'paragraph', content: content.slice(i, i + MAX_INLINES) };
            if (paragraph.mark && i + MAX_INLINES >= content.length) block.mark = paragraph.mark;
            this.push(block);
          }
        }
      }
      for (const box of paragraph.boxes) {
        this.flush();
        const block: Block = {
          type: 'box',
          blocks: convertBlocks(box.blocks, this.numbering, this.depth, this.labels),
        };
        if (box.origin) block.origin = box.origin;
        this.push(block);
      }
    }

    private item(paragraph: WordParagraph, label: NumberedLabel, content: Inline[]) {
      const key = `${label.list}:${label.bullet}`;
      if (!this.list || this.list.key !== key || this.list.block.items.length >= MAX_ITEMS) {
        const block: List = { type: 'list', ordered: !label.bullet, items: [], levels: label.levels };
        this.list = { key, bullet: label.bullet, block };
        this.push(block);
      }
      const item: ListItem = { content: content.slice(0, MAX_INLINES), label: label.text };
      if (label.level > 0) item.level = label.level;
      if (paragraph.mark) item.mark = paragraph.mark;
      this.list.block.items.push(item);
    }

    table(table: WordTable, place: () => WarningPlace) {
      this.flush();
      this.push(convertTable(table, this.numbering, this.depth, this.labels, place));
    }
  }

  function convertBlocks(
    blocks: readonly WordBlock[],
    numbering: Numbering,
    depth: number,
    labels?: ReadonlyMap<WordParagraph, NumberedLabel>,
  ): Block[] {
    let own = labels;
    if (!own) {
      const fresh = new Map<WordParagraph, NumberedLabel>();
      labelParagraphs(blocks, numbering, styles, fresh);
      own = fresh;
    }
    const out: Block[] = [];
    const sink = new BlockSink(out, own, numbering, depth, () => {});
    for (const block of blocks) {
      if (block.kind === 'paragraph') sink.paragraph(block);
      else sink.table(block, () => ({ where: 'document' }));
    }
    return out;
  }

  function convertTable(
    table: WordTable,
    numbering: Numbering,
    depth: number,
    labels: ReadonlyMap<WordParagraph, NumberedLabel>,
    place: () => WarningPlace,
  ): Table {
    const tooBig = table.rows.length > MAX_ROWS || table.rows.some((row) => row.cells.length > MAX_CELLS);
    if (tooBig) warnings.at('table-truncated', place(), { rows: MAX_ROWS, columns: MAX_CELLS });
    const rows: TableRow[] = table.rows.slice(0, MAX_ROWS).map((row) => {
      const out: TableRow = {
        cells: row.cells.slice(0, MAX_CELLS).map((cell) => {
          const converted: TableCell = {
            content: convertBlocks(cell.blocks, numbering, depth, labels).slice(0, MAX_CELL_BLOCKS),
          };
          if (cell.colSpan) converted.colSpan = cell.colSpan;
          if (cell.rowMerge) converted.rowMerge = cell.rowMerge;
          return converted;
        }),
      };
      if (row.origin) out.origin = row.origin;
      return out;
    });
    const first = table.rows[0];
    const cellText = (cell: TableCell) =>
      cell.content
        .map((block) => (block.type === 'paragraph' ? viewText(block.content, 'accepted') : ''))
        .join(' ')
        .trim();
    const headerTexts = (rows[0]?.cells ?? []).map(cellText);
    const role = tableRoleOf(headerTexts);
    const firstRowBold =
      !!first &&
      first.cells.some((cell) =>
        cell.blocks.some((block) => block.kind === 'paragraph' && hasContent(block)),
      ) &&
      first.cells.every((cell) =>
        cell.blocks.every((block) => block.kind !== 'paragraph' || !hasContent(block) || allBold(block)),
      );
    return { type: 'table', role, headerRow: !!first?.header || firstRowBold || role !== 'generic', rows };
  }

  // --- Clauses of the body -------------------------------------------------------------------

  const infos: (ParagraphInfo | null)[] = input.body.blocks.map((block) => {
    if (block.kind !== 'paragraph') return null;
    const text = decisionText(block);
    const info: ParagraphInfo = { paragraph: block, text, title: isTitleStyle(block, styles) };
    const label = bodyLabels.get(block);
    if (label) info.label = label;
    const styled = styleHeadingLevel(block, styles);
    const typed = TYPED_LABEL.exec(text);
    if (styled !== undefined && text) info.headingLevel = styled >= 2 ? 2 : 1;
    else if (!info.title && text && text.length <= 150 && allBold(block)) {
      // Direct formatting: a short bold line with a number (typed or Word's) is a heading.
      if (typed && typed[0].length < text.length) info.headingLevel = 1;
      else if (label && !label.bullet && label.text && label.level <= 1 && !/[.:;,]$/.test(text))
        info.headingLevel = label.level === 0 ? 1 : 2;
    }
    return info;
  });
  const paragraphs = infos.filter((info): info is ParagraphInfo => info !== null);
  // Files without heading styles or bold headings: short numbered lines are the headings.
  if (!paragraphs.some((p) => p.headingLevel !== undefined))
    for (const p of paragraphs) {
      const typed = TYPED_LABEL.exec(p.text);
      if (
        !p.title &&
        p.text.length <= 80 &&
        typed &&
        /\d/.test(typed[1]!) &&
        typed[0].length < p.text.length &&
        !/[.:;,]$/.test(p.text)
      )
        p.headingLevel = 1;
    }

  let title = '';
  let parties: Parties = { provider: '', customer: '' };
  const front: FrontMatter = {};
  const clauses: Clause[] = [];
  const clauseOfTop: string[] = [];
  const usedIds = new Set<string>();
  let sawHeading = false;
  let partyAttempts = 0;
  let sink: BlockSink | null = null;

  const uniqueId = (base: string) => {
    const clean = base.slice(0, 60) || 'clause';
    let id = clean;
    for (let n = 2; usedIds.has(id); n++) id = `${clean.slice(0, 56)}-${n}`;
    usedIds.add(id);
    return id;
  };
  const current = (): Clause => clauses[clauses.length - 1]!;
  const placeOfClause = (clause: Clause | undefined): WarningPlace => ({
    where: 'clause',
    clause: clause ? `${clause.label?.text ?? ''} ${clause.heading}`.trim() : '',
  });
  const startClause = (clause: Clause) => {
    if (clauses.length >= MAX_CLAUSES)
      throw new DocxImportError(
        'too-many-elements',
        `The Word file was refused: it has more than ${MAX_CLAUSES.toLocaleString('en')} clauses; an agreement has far fewer.`,
        { params: { what: 'clauses', limit: MAX_CLAUSES, part: 'word/document.xml' } },
      );
    clauses.push(clause);
    let warned = false;
    sink = new BlockSink(clause.body, bodyLabels, input.numbering(), 0, () => {
      if (warned) return;
      warned = true;
      warnings.at('clause-truncated', placeOfClause(clause), { limit: MAX_BLOCKS });
    });
  };
  const ensureClause = (): BlockSink => {
    if (!sink)
      startClause({
        id: uniqueId('preamble'),
        kind: 'other',
        heading: '',
        level: 1,
        numbered: false,
        body: [],
      });
    return sink!;
  };

  input.body.blocks.forEach((block, top) => {
    const info = infos[top];
    if (block.kind === 'table' || !info) {
      ensureClause().table(block as WordTable, () => placeOfClause(current()));
      clauseOfTop[top] = current().id;
      return;
    }
    const p = info;
    const partyLike = !sawHeading && p.text.length <= 800 && partyAttempts < 10;
    if (
      !sawHeading &&
      !title &&
      !front.title &&
      clauses.length === 0 &&
      p.text &&
      p.headingLevel === undefined &&
      (p.title || (p.text.length <= 200 && !/[.:;]$/.test(p.text) && !(partyLike && readParties(p.text))))
    ) {
      title = p.text.slice(0, 500);
      front.title = convertInlines(p.paragraph.inlines, 0).slice(0, MAX_INLINES);
      clauseOfTop[top] = '';
      return;
    }
    if (!sawHeading && p.headingLevel === undefined && partyLike && !front.parties && clauses.length === 0) {
      partyAttempts += 1;
      const read = readParties(p.text);
      if (read) {
        parties = read;
        front.parties = convertInlines(p.paragraph.inlines, 0).slice(0, MAX_INLINES);
        clauseOfTop[top] = '';
        return;
      }
    }
    if (p.headingLevel !== undefined && p.text) {
      sawHeading = true;
      let label: ClauseLabel | undefined;
      let level: 1 | 2 = p.headingLevel;
      let content = p.paragraph.inlines;
      const typedAccepted = TYPED_LABEL.exec(viewText(p.paragraph.inlines, 'accepted'));
      const typedOriginal = TYPED_LABEL.exec(viewText(p.paragraph.inlines, 'original'));
      const autoLabel = p.label && !p.label.bullet && p.label.text ? p.label : undefined;
      if (autoLabel) {
        label = { text: autoLabel.text, auto: true };
        level = autoLabel.level >= 1 ? 2 : p.headingLevel;
      } else if (typedAccepted || typedOriginal) {
        const written = (typedAccepted ?? typedOriginal)![1]!.trim();
        label = { text: written.slice(0, 100), auto: false };
        content = withoutLabel(
          p.paragraph.inlines,
          typedAccepted?.[0].length ?? 0,
          typedOriginal?.[0].length ?? 0,
        );
        const number = numberInLabel(written);
        if (number) level = number.includes('.') ? 2 : 1;
      }
      const headingContent = convertInlines(content, 0).slice(0, MAX_INLINES);
      const heading = (viewText(headingContent, 'accepted') || viewText(headingContent, 'original'))
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 500);
      const slug = slugify(heading);
      const number = label ? numberInLabel(label.text) : '';
      const id = uniqueId(
        slug || (number ? `clause-${number.replace(/\./g, '-')}` : `clause-${clauses.length + 1}`),
      );
      const clause: Clause = { id, kind: guessClauseKind(heading), heading, level, body: [], headingContent };
      if (label) clause.label = label;
      startClause(clause);
      clauseOfTop[top] = id;
      // Text boxes anchored in the heading belong to the clause's text.
      if (p.paragraph.boxes.length > 0) sink!.paragraph({ ...p.paragraph, inlines: [] });
      return;
    }
    ensureClause().paragraph(p.paragraph);
    clauseOfTop[top] = current().id;
  });

  // What the reader met in the body, named at the clause it is in.
  const clauseById = new Map(clauses.map((clause) => [clause.id, clause]));
  const placeOfTop = (top: number): WarningPlace => {
    const id = clauseOfTop[top];
    if (id === '') return { where: 'front' };
    return placeOfClause(id === undefined ? undefined : clauseById.get(id));
  };
  const noticeAt = (notices: readonly WordNotice[], place: (notice: WordNotice) => WarningPlace) => {
    for (const notice of notices) warnings.at(notice.code, place(notice), notice.params);
  };
  noticeAt(input.body.notices, (notice) => placeOfTop(notice.top));
  for (const kind of ['footnote', 'endnote'] as const)
    for (const note of input.notes[kind].values()) noticeAt(note.notices, () => ({ where: kind }));

  const pageParts: PagePart[] = [];
  for (const part of input.pageParts) {
    if (pageParts.length >= MAX_PAGE_PARTS) break;
    noticeAt(part.content.notices, () => ({ where: part.kind }));
    pageParts.push({
      kind: part.kind,
      variant: part.variant,
      section: part.section,
      blocks: convertBlocks(part.content.blocks, input.numbering(), 0).slice(0, 1_000),
    });
  }

  const doc: SlaDocument = {
    version: DOCUMENT_VERSION,
    title: title || input.fallbackTitle.slice(0, 500),
    language,
    parties,
    clauses,
    terms: [],
  };
  if (front.title || front.parties) doc.front = front;
  if (pageParts.length > 0) doc.pageParts = pageParts;
  return { doc, clauseOfTop };
}
