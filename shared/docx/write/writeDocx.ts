import {
  AlignmentType,
  BorderStyle,
  DeletedTextRun,
  Document,
  EndnoteReferenceRun,
  Footer,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  InsertedTextRun,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  Tab,
  TabStopType,
  TextRun,
  Textbox,
  VerticalMergeType,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { LOCALE_OF, termInlineText } from '../../format/formatTermValue';
import { frontMatterLines } from '../../format/frontMatter';
import type {
  Block,
  Clause,
  Inline,
  Language,
  ListLevel,
  Mark,
  NumberFormat,
  Origin,
  PagePart,
  Revision,
  SlaDocument,
} from '../../model/document';
import type { Term } from '../../model/term';
import type { ExportThread } from '../../comments/threadsForExport';
import { shownTextOf, type ShownText } from '../../comments/textAnchor';
import {
  anchorClauseThreads,
  aroundParagraph,
  planComments,
  withCommentMarks,
  type CommentPlan,
  type InlineRange,
} from './commentAnchors';
import { addDoneFlags } from './doneWithoutReplies';

/**
 * Writes any document of shape version 2 as a Word file (issue 8: "docx/write/ … both from the
 * document or the change tree"). Ours get the house style (automatic heading numbers, our header
 * and footer with deal, round and content hash); theirs are written as they were read (clause
 * labels, list numbering, opening lines, headers and footers). Origins become Word revisions:
 * `ins`/`moveTo` → `w:ins`, `del`/`moveFrom` → `w:del` (moves as delete + insert: Word's move markup
 * is a known source of "unreadable content"), `formatChange` → `w:rPrChange`, a paragraph's or list
 * item's `mark` → a revision of the paragraph mark, a row's origin → a revision of the row. So the
 * Word redline of a pair is this writer applied to the pair's redline document, and Accept All /
 * Reject All in Word give what `viewDocument(…, 'accepted' | 'original')` gives.
 *
 * Objects (images, charts …) are compared by hash but their content is not kept, so they are not
 * written; everything else of the model is.
 */
export interface WriteMeta {
  dealName: string;
  /** e.g. "Round 3" / "Runde 3" or "Draft". */
  roundLabel: string;
  /** Short content hash of the round, shown in the footer. */
  shortHash?: string;
  /** Full content hash, stored as a custom document property. */
  contentHash?: string;
  /** Our company; written as the document's author. */
  company?: string;
  createdAt?: string;
  /** Author and date of revisions whose origin names none. */
  revisionAuthor?: string;
  revisionDate?: string;
  /** Comment threads to write (shared/comments/threadsForExport), in order; none when absent. */
  comments?: readonly ExportThread[];
}

/** A4 with 2 cm margins: the text width tables are laid out on, in twips. */
export const TEXT_WIDTH = 9638;
const HEADINGS = 'sla-headings';
const BULLETS = 'sla-bullets';
const ORDERED = 'sla-ordered';
const TABLE_HEADER_STYLE = 'SlaTableHeader';
const PARTIES_STYLE = 'SlaParties';
/** The page's look on screen (renderer/src/styles): calm dark headings, generous spacing. */
const INK = '1F2933';
const MUTED = '5F6B7A';
const RULE = 'A0A8B3';
const HEADER_FILL = 'EEF1F4';

const PAGE_WORDS: Record<Language, { page: string; of: string }> = {
  en: { page: 'Page', of: 'of' },
  de: { page: 'Seite', of: 'von' },
};

/**
 * Characters XML 1.0 forbids (control characters pasted from elsewhere, lone surrogates) would make
 * Word refuse the whole file as unreadable; they carry no meaning in an agreement, so they go.
 */
const XML_UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching the control characters is the point here
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(XML_UNSAFE, '');
}

function markOptions(marks: readonly Mark[] | undefined) {
  const has = (mark: Mark) => marks?.includes(mark) || undefined;
  return {
    bold: has('bold'),
    italics: has('italic'),
    underline: marks?.includes('underline') ? {} : undefined,
    strike: has('strike'),
    superScript: has('superscript'),
    subScript: has('subscript'),
    vanish: has('hidden'),
  };
}

const LEVEL_FORMAT: Record<NumberFormat, (typeof LevelFormat)[keyof typeof LevelFormat]> = {
  decimal: LevelFormat.DECIMAL,
  lowerLetter: LevelFormat.LOWER_LETTER,
  upperLetter: LevelFormat.UPPER_LETTER,
  lowerRoman: LevelFormat.LOWER_ROMAN,
  upperRoman: LevelFormat.UPPER_ROMAN,
  bullet: LevelFormat.BULLET,
  none: LevelFormat.NONE,
};

const indent = (level: number) => ({ paragraph: { indent: { left: 720 + 360 * level, hanging: 360 } } });

/** Our lists: a), b) … then (i), (ii) …, then 1., 2. …; bullets • – ▪. */
const HOUSE_ORDERED: ListLevel[] = [
  { format: 'lowerLetter', pattern: '%1)', start: 1 },
  { format: 'lowerRoman', pattern: '(%2)', start: 1 },
  { format: 'decimal', pattern: '%3.', start: 1 },
];
const HOUSE_BULLETS: ListLevel[] = [
  { format: 'bullet', pattern: '•', start: 1 },
  { format: 'bullet', pattern: '–', start: 1 },
  { format: 'bullet', pattern: '▪', start: 1 },
];

function levelsConfig(levels: readonly ListLevel[]) {
  return Array.from({ length: 9 }, (_, level) => {
    const own = levels[level] ?? levels[levels.length - 1] ?? HOUSE_ORDERED[0]!;
    return {
      level,
      format: LEVEL_FORMAT[own.format],
      // A pattern written for another level points at that level's counter; re-aim it at this one.
      text: own.format === 'bullet' ? own.pattern || '•' : own.pattern.replace(/%\d/g, `%${level + 1}`),
      start: own.start,
      alignment: AlignmentType.LEFT,
      style: indent(level),
    };
  });
}

/**
 * The numbering pattern a clause label was written with: `§ 3` → `§ %1`, `3.` → `%1.`, `3.1` →
 * `%1.%2`, `Article 3` → `Article %1`. Used for labels Word numbered automatically.
 */
export function headingPattern(label: string, level: 1 | 2): string {
  let counter = 0;
  const pattern = label.replace(/\d+/g, () => `%${Math.min(++counter, level)}`);
  return counter > 0 ? pattern : level === 1 ? '%1.' : '%1.%2';
}

type Revisions = { id: number; author: string; date: string };

class Writer {
  private revisionId = 1;
  private listInstance = 0;
  private readonly terms: Map<string, Term>;
  readonly numbering: { reference: string; levels: ReturnType<typeof levelsConfig> }[] = [];
  private listReferences = 0;
  readonly comments: CommentPlan;
  /** Paragraph content (by identity) → the comment ranges inside it. */
  private readonly commentRanges = new Map<readonly Inline[], InlineRange[]>();
  /** Comments whose range is the next paragraph written, whole. */
  private pendingComments: number[];

  constructor(
    private readonly doc: SlaDocument,
    private readonly meta: WriteMeta,
  ) {
    this.terms = new Map(doc.terms.map((term) => [term.id, term]));
    this.shownText = shownTextOf(this.terms, doc.language);
    this.comments = planComments(
      meta.comments ?? [],
      new Set(doc.clauses.map((clause) => clause.id)),
      xmlSafe,
    );
    this.pendingComments = this.comments.atStart.flatMap((thread) => thread.ids);
  }

  /** The text an inline shows on the page, as comment anchors count it (the screen's one rule). */
  private readonly shownText: ShownText;

  /** Word wants every w:ins / w:del / w:rPrChange id unique within the document. */
  revision(revision: Revision): Revisions {
    return {
      id: this.revisionId++,
      author: xmlSafe(revision.author || this.meta.revisionAuthor || 'SLA Workbench'),
      date: revision.date || this.meta.revisionDate || this.meta.createdAt || new Date().toISOString(),
    };
  }

  private textRuns(text: string, options: IRunOptions, origin: Origin | undefined): ParagraphChild[] {
    const lines = xmlSafe(text.replace(/\r\n?/g, '\n')).split('\n');
    const out: ParagraphChild[] = [];
    lines.forEach((line, index) => {
      const parts = line.split('\t');
      const runOptions: IRunOptions = {
        ...options,
        ...(index > 0 ? { break: 1 } : {}),
        children: parts.flatMap((part, k) => (k > 0 ? [new Tab(), part] : [part])).filter((c) => c !== ''),
      };
      if (!origin) out.push(new TextRun(runOptions));
      else {
        const rev = this.revision(origin);
        out.push(
          origin.type === 'del' || origin.type === 'moveFrom'
            ? new DeletedTextRun({ ...runOptions, ...rev })
            : new InsertedTextRun({ ...runOptions, ...rev }),
        );
      }
    });
    return out;
  }

  /** A paragraph's runs, with the comment ranges that fall into it. */
  inlineRuns(inlines: readonly Inline[]): ParagraphChild[] {
    const whole = this.pendingComments;
    this.pendingComments = [];
    const ranges = this.commentRanges.get(inlines);
    const runs = ranges
      ? withCommentMarks(inlines, ranges, this.shownText, (pieces) => this.plainRuns(pieces))
      : this.plainRuns(inlines);
    return aroundParagraph(runs, whole);
  }

  private plainRuns(inlines: readonly Inline[]): ParagraphChild[] {
    const runs: ParagraphChild[] = [];
    for (const inline of inlines) {
      if (inline.type === 'object') continue;
      if (inline.type === 'note') {
        const content = { children: this.noteParagraphs(inline.body) };
        runs.push(
          inline.note === 'footnote' ? new FootnoteReferenceRun(content) : new EndnoteReferenceRun(content),
        );
        continue;
      }
      const text =
        inline.type === 'text'
          ? inline.text
          : (termInlineText(inline, this.terms.get(inline.termId), this.doc.language) ?? '');
      if (!text) continue;
      const options: IRunOptions = { ...markOptions(inline.marks) };
      const change = inline.formatChange;
      const withRevision: IRunOptions = change
        ? { ...options, revision: { ...markOptions(change.marks), ...this.revision(change) } }
        : options;
      runs.push(...this.textRuns(text, withRevision, inline.origin));
    }
    return runs;
  }

  private noteParagraphs(blocks: readonly Block[]): Paragraph[] {
    // Notes hold paragraphs in Word's note parts; a table in a note is written as its cells' text.
    return this.blocks(blocks).flatMap((child) => (child instanceof Paragraph ? [child] : []));
  }

  private markRevision(mark: Origin | undefined) {
    if (!mark) return {};
    const rev = this.revision(mark);
    return { run: mark.type === 'del' || mark.type === 'moveFrom' ? { deletion: rev } : { insertion: rev } };
  }

  private listReference(ordered: boolean, levels: readonly ListLevel[] | undefined): string {
    if (!levels || levels.length === 0) return ordered ? ORDERED : BULLETS;
    const reference = `sla-list-${++this.listReferences}`;
    this.numbering.push({ reference, levels: levelsConfig(levels) });
    return reference;
  }

  blocks(blocks: readonly Block[], options: { headerRow?: boolean } = {}): (Paragraph | Table)[] {
    const out: (Paragraph | Table)[] = [];
    for (const block of blocks) {
      if (block.type === 'paragraph')
        out.push(
          new Paragraph({
            ...(options.headerRow ? { style: TABLE_HEADER_STYLE } : {}),
            ...this.markRevision(block.mark),
            children: this.inlineRuns(block.content),
          }),
        );
      else if (block.type === 'list') {
        const reference = this.listReference(block.ordered, block.levels);
        const instance = ++this.listInstance;
        for (const item of block.items)
          out.push(
            new Paragraph({
              numbering: { reference, level: item.level ?? 0, instance },
              ...this.markRevision(item.mark),
              children: this.inlineRuns(item.content),
            }),
          );
      } else if (block.type === 'table') out.push(this.table(block));
      else
        out.push(
          new Paragraph({
            children: [
              new Textbox({
                style: { width: '100%' },
                children: this.noteParagraphs(block.blocks),
              }) as unknown as ParagraphChild,
            ],
          }),
        );
    }
    return out;
  }

  private table(block: Extract<Block, { type: 'table' }>): Table {
    const border = { style: BorderStyle.SINGLE, size: 4, color: RULE };
    const columns = Math.max(
      1,
      ...block.rows.map((row) => row.cells.reduce((sum, cell) => sum + (cell.colSpan ?? 1), 0)),
    );
    const width = Math.floor(TEXT_WIDTH / columns);
    const rows = block.rows.map((row, r) => {
      const header = block.headerRow && r === 0;
      const rowRevision = row.origin ? this.revision(row.origin) : undefined;
      const removed = row.origin?.type === 'del' || row.origin?.type === 'moveFrom';
      return new TableRow({
        // Header rows repeat on every page, as lawyers expect of a long service-level table.
        tableHeader: header || undefined,
        cantSplit: true,
        ...(rowRevision ? (removed ? { deletion: rowRevision } : { insertion: rowRevision }) : {}),
        children: row.cells.map((cell) => {
          const children = this.blocks(cell.content, { headerRow: header });
          return new TableCell({
            width: { size: width * (cell.colSpan ?? 1), type: WidthType.DXA },
            margins: { top: 60, bottom: 60, left: 100, right: 100 },
            ...(cell.colSpan ? { columnSpan: cell.colSpan } : {}),
            ...(cell.rowMerge
              ? {
                  verticalMerge:
                    cell.rowMerge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE,
                }
              : {}),
            ...(header ? { shading: { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' } } : {}),
            // A Word cell must end with a paragraph.
            children:
              children.length > 0 && children[children.length - 1] instanceof Paragraph
                ? children
                : [...children, new Paragraph({})],
          });
        }),
      });
    });
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: {
        top: border,
        bottom: border,
        left: border,
        right: border,
        insideHorizontal: border,
        insideVertical: border,
      },
      rows,
    });
  }

  clause(clause: Clause): (Paragraph | Table)[] {
    const out: (Paragraph | Table)[] = [];
    const anchors = anchorClauseThreads(clause, this.comments.byClause.get(clause.id) ?? [], this.shownText);
    for (const [inlines, ranges] of anchors.ranges) this.commentRanges.set(inlines, ranges);
    // Threads whose text is gone sit on the heading, or on the clause's first paragraph without one.
    this.pendingComments.push(...anchors.heading);
    const content =
      clause.headingContent ?? (clause.heading ? [{ type: 'text' as const, text: clause.heading }] : []);
    // Ours and Word-numbered labels of theirs: Word's automatic numbering, so an inserted clause
    // renumbers the rest without a revision. Typed labels of theirs: the label's own text.
    const label = clause.label;
    const automatic = clause.numbered !== false && (!label || (label.auto && label.text !== ''));
    const typed = label && !label.auto && label.text ? label.text : '';
    if (automatic || typed || content.length > 0)
      out.push(
        new Paragraph({
          heading: clause.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          keepNext: true,
          ...(automatic ? { numbering: { reference: HEADINGS, level: clause.level - 1 } } : {}),
          children: [...(typed ? [new TextRun(xmlSafe(`${typed} `))] : []), ...this.inlineRuns(content)],
        }),
      );
    out.push(...this.blocks(clause.body));
    return out;
  }

  headingLevels() {
    // Patterns from the first automatic label of each level, so a received file keeps "§ %1".
    const first = (level: 1 | 2) =>
      this.doc.clauses.find((clause) => clause.level === level && clause.label?.auto && clause.label.text);
    return [1, 2].map((n, index) => {
      const level = n as 1 | 2;
      const label = first(level)?.label?.text;
      return {
        level: index,
        format: LevelFormat.DECIMAL,
        text: label ? headingPattern(label, level) : level === 1 ? '%1.' : '%1.%2',
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: 0, hanging: 0 } } },
      };
    });
  }

  pagePart(part: PagePart | undefined) {
    return part ? this.blocks(part.blocks) : undefined;
  }
}

function houseFrame(doc: SlaDocument, meta: WriteMeta) {
  const words = PAGE_WORDS[doc.language];
  const footerLeft = [meta.roundLabel, meta.shortHash].filter(Boolean).join(' · ');
  const small = { size: 18, color: MUTED };
  return {
    headers: {
      default: new Header({
        children: [new Paragraph({ children: [new TextRun({ text: xmlSafe(meta.dealName), ...small })] })],
      }),
    },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
            children: [
              new TextRun({ text: xmlSafe(footerLeft), ...small }),
              new TextRun({
                ...small,
                children: [
                  '\t',
                  `${words.page} `,
                  PageNumber.CURRENT,
                  ` ${words.of} `,
                  PageNumber.TOTAL_PAGES,
                ],
              }),
            ],
          }),
        ],
      }),
    },
  };
}

function writtenFrame(parts: readonly PagePart[], writer: Writer) {
  const of = (kind: PagePart['kind'], variant: PagePart['variant']) =>
    parts.find((part) => part.section === 0 && part.kind === kind && part.variant === variant);
  const make = <T>(kind: PagePart['kind'], wrap: (children: (Paragraph | Table)[]) => T) => {
    const out: Partial<Record<PagePart['variant'], T>> = {};
    for (const variant of ['default', 'first', 'even'] as const) {
      const children = writer.pagePart(of(kind, variant));
      if (children) out[variant] = wrap(children);
    }
    return out;
  };
  return {
    headers: make('header', (children) => new Header({ children })),
    footers: make('footer', (children) => new Footer({ children })),
    titlePage: parts.some((part) => part.section === 0 && part.variant === 'first'),
  };
}

function styles(language: Language) {
  return {
    default: {
      document: {
        run: { language: { value: LOCALE_OF[language] }, font: 'Calibri', size: 22, color: INK },
        paragraph: { spacing: { after: 120, line: 288 } },
      },
      title: {
        run: { font: 'Calibri', size: 40, bold: true, color: INK },
        paragraph: { spacing: { after: 240 } },
      },
      heading1: {
        run: { font: 'Calibri', size: 28, bold: true, color: INK },
        paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
      },
      heading2: {
        run: { font: 'Calibri', size: 24, bold: true, color: INK },
        paragraph: { spacing: { before: 240, after: 80 }, keepNext: true },
      },
    },
    paragraphStyles: [
      {
        id: TABLE_HEADER_STYLE,
        name: 'Table Header',
        basedOn: 'Normal',
        quickFormat: true,
        run: { bold: true },
        paragraph: { spacing: { after: 0 } },
      },
      {
        id: PARTIES_STYLE,
        name: 'Parties',
        basedOn: 'Normal',
        run: { color: MUTED },
        paragraph: { spacing: { after: 360 } },
      },
    ],
  };
}

/** The Word file of a document: ours in the house style, theirs as they wrote it. */
export async function writeDocx(doc: SlaDocument, meta: WriteMeta): Promise<Uint8Array> {
  const writer = new Writer(doc, meta);
  const front = frontMatterLines(doc);
  const children: (Paragraph | Table)[] = [];
  if (front.title.length > 0)
    children.push(new Paragraph({ heading: HeadingLevel.TITLE, children: writer.inlineRuns(front.title) }));
  if (front.parties)
    children.push(new Paragraph({ style: PARTIES_STYLE, children: writer.inlineRuns(front.parties) }));
  for (const clause of doc.clauses) children.push(...writer.clause(clause));

  const frame =
    doc.pageParts && doc.pageParts.length > 0 ? writtenFrame(doc.pageParts, writer) : houseFrame(doc, meta);
  const custom = [
    { name: 'SLA Workbench deal', value: meta.dealName || '-' },
    { name: 'SLA Workbench round', value: meta.roundLabel || '-' },
  ];
  if (meta.contentHash || meta.shortHash)
    custom.push({ name: 'SLA Workbench content hash', value: (meta.contentHash ?? meta.shortHash)! });
  if (meta.createdAt) custom.push({ name: 'SLA Workbench exported at', value: meta.createdAt });
  const comments = writer.comments.comments;

  const document = new Document({
    title: doc.title,
    subject: meta.dealName,
    creator: meta.company || 'SLA Workbench',
    lastModifiedBy: meta.company || 'SLA Workbench',
    description: `${meta.dealName} — ${meta.roundLabel}`,
    customProperties: custom,
    ...(comments.length > 0 ? { comments: { children: comments } } : {}),
    styles: styles(doc.language),
    numbering: {
      config: [
        { reference: HEADINGS, levels: writer.headingLevels() },
        { reference: ORDERED, levels: levelsConfig(HOUSE_ORDERED) },
        { reference: BULLETS, levels: levelsConfig(HOUSE_BULLETS) },
        ...writer.numbering,
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1134, right: 1134, header: 567, footer: 567 },
          },
          ...('titlePage' in frame && frame.titlePage ? { titlePage: true } : {}),
        },
        headers: frame.headers,
        footers: frame.footers,
        children,
      },
    ],
  });
  return addDoneFlags(await Packer.pack(document, 'uint8array'), comments);
}
