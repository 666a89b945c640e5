import {
  AlignmentType,
  BorderStyle,
  DeletedTextRun,
  Document,
  Footer,
  Header,
  HeadingLevel,
  InsertedTextRun,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import type {
  Block as DocBlock,
  Inline as DocInline,
  Language,
  Mark,
  Origin,
  SlaDocument as DocSlaDocument,
} from '../model/document';
import { toLegacy, type Block, type Clause, type Inline, type SlaDocument } from '../redline/legacyModel';
import { numberClauses } from '../model/numbering';
import type { Term } from '../model/term';
import { viewDocument } from '../model/views';
import { formatTermValue, LOCALE_OF } from '../format/formatTermValue';
import { partiesLine } from '../format/partiesLine';
import type { ChangeTree } from '../redline/changeTree';
import { redlineDocument } from '../redline/redlineDocument';

export interface ExportMeta {
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
}

export interface RedlineExportMeta extends ExportMeta {
  authorA: string;
  authorB: string;
  dateA: string;
  dateB: string;
}

interface Labels {
  page: string;
  of: string;
  redline: string;
}

/** Fixed wording in the document's language (the parties line is `partiesLine`, read back by the import). */
const LABELS: Record<Language, Labels> = {
  en: {
    page: 'Page',
    of: 'of',
    redline: 'Changes',
  },
  de: {
    page: 'Seite',
    of: 'von',
    redline: 'Änderungen',
  },
};

/** A4 with 2 cm margins: the text width tables are laid out on, in twips. */
const TEXT_WIDTH = 9638;
const BULLETS = 'sla-bullets';
const ORDERED = 'sla-ordered';

type Revision = { id: number; author: string; date: string };

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

/** A line break inside a text becomes a Word line break (w:br), which the import reads back as `\n`. */
function splitLines<T>(text: string, make: (line: string, lineBreak: { break?: number }) => T): T[] {
  return xmlSafe(text.replace(/\r\n?/g, '\n'))
    .split('\n')
    .map((line, index) => make(line, index > 0 ? { break: 1 } : {}));
}

function markOptions(marks: readonly Mark[] | undefined) {
  return {
    bold: marks?.includes('bold') || undefined,
    italics: marks?.includes('italic') || undefined,
    underline: marks?.includes('underline') ? {} : undefined,
    strike: marks?.includes('strike') || undefined,
    superScript: marks?.includes('superscript') || undefined,
    subScript: marks?.includes('subscript') || undefined,
    vanish: marks?.includes('hidden') || undefined,
  };
}

class DocxWriter {
  private listInstance = 0;
  private revisionId = 1;
  readonly labels: Labels;
  private readonly terms: Map<string, Term>;

  constructor(private readonly doc: SlaDocument) {
    this.labels = LABELS[doc.language];
    this.terms = new Map(doc.terms.map((term) => [term.id, term]));
  }

  /** Word wants every w:ins / w:del id unique within the document. */
  revision(author: string, date: string): Revision {
    return { id: this.revisionId++, author, date };
  }

  nextListInstance(): number {
    return ++this.listInstance;
  }

  inlineRuns(inlines: readonly Inline[]): TextRun[] {
    const runs: TextRun[] = [];
    for (const inline of inlines) {
      if (inline.type === 'text') {
        const marks = markOptions(inline.marks);
        runs.push(
          ...splitLines(inline.text, (text, lineBreak) => new TextRun({ text, ...lineBreak, ...marks })),
        );
      } else {
        const term = this.terms.get(inline.termId);
        if (term) runs.push(new TextRun(xmlSafe(formatTermValue(term, this.doc.language))));
      }
    }
    return runs;
  }

  plainText(inlines: readonly Inline[]): string {
    return inlines
      .map((inline) => {
        if (inline.type === 'text') return inline.text;
        const term = this.terms.get(inline.termId);
        return term ? formatTermValue(term, this.doc.language) : '';
      })
      .join('');
  }

  headingText(number: string, heading: string, level: 1 | 2): string {
    const prefix = level === 1 ? `${number}.` : number;
    return heading ? `${prefix} ${heading}` : prefix;
  }

  cleanClause(clause: Clause, number: string): (Paragraph | Table)[] {
    const out: (Paragraph | Table)[] = [
      new Paragraph({
        heading: clause.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
        keepNext: true,
        children: [new TextRun(xmlSafe(this.headingText(number, clause.heading, clause.level)))],
      }),
    ];
    for (const block of clause.body) out.push(...this.cleanBlock(block));
    return out;
  }

  cleanBlock(block: Block): (Paragraph | Table)[] {
    if (block.type === 'paragraph') return [new Paragraph({ children: this.inlineRuns(block.content) })];
    if (block.type === 'list') {
      const instance = this.nextListInstance();
      return block.items.map(
        (item) =>
          new Paragraph({
            numbering: { reference: block.ordered ? ORDERED : BULLETS, level: 0, instance },
            children: this.inlineRuns(item),
          }),
      );
    }
    const header = block.headerRow;
    return [
      table(
        block.rows.map((row, r) =>
          tableRow(
            row.map((cell) => [cellParagraph(this.inlineRuns(cell), header && r === 0)]),
            { header: header && r === 0 },
          ),
        ),
      ),
    ];
  }
}

/** Header cells are bold through a paragraph style, so the cell text itself carries no extra marks. */
const TABLE_HEADER_STYLE = 'SlaTableHeader';

function cellParagraph(children: ParagraphChild[], header: boolean): Paragraph {
  return new Paragraph({ ...(header ? { style: TABLE_HEADER_STYLE } : {}), children });
}

function table(rows: TableRow[]): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
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

function tableRow(
  cells: Paragraph[][],
  options: { header?: boolean; insertion?: Revision; deletion?: Revision },
): TableRow {
  const width = Math.floor(TEXT_WIDTH / Math.max(1, cells.length));
  return new TableRow({
    // Header rows repeat on every page, as lawyers expect of a long service-level table.
    tableHeader: options.header || undefined,
    cantSplit: true,
    ...(options.insertion ? { insertion: options.insertion } : {}),
    ...(options.deletion ? { deletion: options.deletion } : {}),
    children: cells.map(
      (children) =>
        new TableCell({
          width: { size: width, type: WidthType.DXA },
          margins: { top: 40, bottom: 40, left: 80, right: 80 },
          children: children.length > 0 ? children : [new Paragraph({})],
        }),
    ),
  });
}

function numberingConfig() {
  return {
    config: [
      {
        reference: BULLETS,
        levels: [
          {
            level: 0,
            format: LevelFormat.BULLET,
            text: '•',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 720, hanging: 360 } } },
          },
        ],
      },
      {
        reference: ORDERED,
        levels: [
          {
            level: 0,
            format: LevelFormat.LOWER_LETTER,
            text: '%1)',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 720, hanging: 360 } } },
          },
        ],
      },
    ],
  };
}

function frame(meta: ExportMeta, labels: Labels, roundLabel: string) {
  const footerLeft = [roundLabel, meta.shortHash].filter(Boolean).join(' · ');
  return {
    properties: {
      page: {
        size: { width: 11906, height: 16838 },
        margin: { top: 1134, bottom: 1134, left: 1134, right: 1134, header: 567, footer: 567 },
      },
    },
    headers: {
      default: new Header({
        children: [
          new Paragraph({
            children: [new TextRun({ text: xmlSafe(meta.dealName), size: 18, color: '555555' })],
          }),
        ],
      }),
    },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
            children: [
              new TextRun({ text: xmlSafe(footerLeft), size: 18, color: '555555' }),
              new TextRun({
                size: 18,
                color: '555555',
                children: [
                  '\t',
                  `${labels.page} `,
                  PageNumber.CURRENT,
                  ` ${labels.of} `,
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

function documentOptions(
  doc: Pick<DocSlaDocument, 'title' | 'language'>,
  meta: ExportMeta,
  description: string,
) {
  const custom = [
    { name: 'SLA Workbench deal', value: meta.dealName || '-' },
    { name: 'SLA Workbench round', value: meta.roundLabel || '-' },
  ];
  if (meta.contentHash || meta.shortHash)
    custom.push({ name: 'SLA Workbench content hash', value: (meta.contentHash ?? meta.shortHash)! });
  if (meta.createdAt) custom.push({ name: 'SLA Workbench exported at', value: meta.createdAt });
  return {
    title: doc.title,
    subject: meta.dealName,
    creator: meta.company || 'SLA Workbench',
    lastModifiedBy: meta.company || 'SLA Workbench',
    description,
    customProperties: custom,
    numbering: numberingConfig(),
    styles: {
      default: {
        document: { run: { language: { value: LOCALE_OF[doc.language] }, font: 'Calibri', size: 22 } },
      },
      paragraphStyles: [
        {
          id: TABLE_HEADER_STYLE,
          name: 'Table Header',
          basedOn: 'Normal',
          quickFormat: true,
          run: { bold: true },
        },
      ],
    },
  };
}

async function pack(document: Document): Promise<Uint8Array> {
  return Packer.pack(document, 'uint8array');
}

function preamble(doc: SlaDocument): Paragraph[] {
  const out = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(xmlSafe(doc.title))] })];
  const line = partiesLine(doc.parties, doc.language);
  if (line) out.push(new Paragraph({ children: [new TextRun(xmlSafe(line))] }));
  return out;
}

/** A clean Word document of a round or the draft, as the counterparty and their lawyer will see it. */
export async function exportCleanDocx(stored: DocSlaDocument, meta: ExportMeta): Promise<Uint8Array> {
  const doc = toLegacy(stored);
  const writer = new DocxWriter(doc);
  const numbers = numberClauses(doc.clauses);
  const children: (Paragraph | Table)[] = [...preamble(doc)];
  doc.clauses.forEach((clause, i) => children.push(...writer.cleanClause(clause, numbers[i]!)));
  const document = new Document({
    ...documentOptions(doc, meta, `${meta.dealName} — ${meta.roundLabel}`),
    sections: [{ ...frame(meta, writer.labels, meta.roundLabel), children }],
  });
  return pack(document);
}

/**
 * b against a as real Word tracked changes, from the pair's change tree: Word's Review pane lists
 * them, "Accept All" yields b and "Reject All" yields a. The tree becomes one document whose origins
 * are the changes (`redlineDocument`); revisions their file tracked keep their author and date,
 * everything else is credited to whoever made round b. Formatting changes are `w:rPrChange`, moves a
 * delete and an insert (Word's move markup is a known source of "unreadable content").
 */
export async function exportRedlineDocx(tree: ChangeTree, meta: RedlineExportMeta): Promise<Uint8Array> {
  const doc = redlineDocument(tree, { author: meta.authorB, date: meta.dateB });
  return writeRedlineDocument(doc, meta);
}

/** Word ids of revisions: unique in the file, whatever the origins' own ids were. */
type WordRevision = { id: number; author: string; date: string };

/**
 * Writes a document with origins (a redline document) as Word tracked changes. Until the Word writer
 * writes every part of a document with origins (footnotes, text boxes, headers and footers of theirs,
 * objects), those are written as the text they show.
 */
async function writeRedlineDocument(doc: DocSlaDocument, meta: RedlineExportMeta): Promise<Uint8Array> {
  const labels = LABELS[doc.language];
  let nextId = 1;
  let listInstance = 0;
  const revision = (origin: { author: string; date?: string }): WordRevision => ({
    id: nextId++,
    author: origin.author,
    date: origin.date ?? meta.dateB,
  });
  const inserted = (origin: Origin | undefined) => origin?.type === 'ins' || origin?.type === 'moveTo';
  const deleted = (origin: Origin | undefined) => origin?.type === 'del' || origin?.type === 'moveFrom';
  const markRun = (origin: Origin | undefined): IParagraphOptions['run'] =>
    inserted(origin)
      ? { insertion: revision(origin!) }
      : deleted(origin)
        ? { deletion: revision(origin!) }
        : undefined;

  const textRuns = (
    text: string,
    marks: readonly Mark[] | undefined,
    origin: Origin | undefined,
    formatChange?: { author: string; date?: string; marks: Mark[] },
  ): ParagraphChild[] =>
    splitLines(text, (line, lineBreak) => {
      const options = { text: line, ...lineBreak, ...markOptions(marks) };
      if (inserted(origin)) return new InsertedTextRun({ ...options, ...revision(origin!) });
      if (deleted(origin)) return new DeletedTextRun({ ...options, ...revision(origin!) });
      if (formatChange)
        return new TextRun({
          ...options,
          revision: { ...revision(formatChange), ...markOptions(formatChange.marks) },
        });
      return new TextRun(options);
    });

  const runs = (inlines: readonly DocInline[]): ParagraphChild[] =>
    inlines.flatMap((inline): ParagraphChild[] => {
      if (inline.type === 'text')
        return textRuns(inline.text, inline.marks, inline.origin, inline.formatChange);
      if (inline.type === 'term') {
        const term = doc.terms.find((t) => t.id === inline.termId);
        const text = inline.text ?? (term ? formatTermValue(term, doc.language) : '');
        return textRuns(text, inline.marks, inline.origin, inline.formatChange);
      }
      if (inline.type === 'object')
        return textRuns(
          inline.name ? `[${inline.object}: ${inline.name}]` : `[${inline.object}]`,
          undefined,
          inline.origin,
        );
      // Notes are written at their reference as their text until the writer writes footnotes.
      const text = inline.body
        .flatMap((block) => (block.type === 'paragraph' ? [block] : []))
        .map((p) => p.content);
      return [
        ...textRuns(' [', undefined, inline.origin),
        ...text.flatMap((content, k) => [
          ...(k > 0 ? textRuns(' ', undefined, inline.origin) : []),
          ...runs(content),
        ]),
        ...textRuns(']', undefined, inline.origin),
      ];
    });

  const blocks = (list: readonly DocBlock[], header = false): (Paragraph | Table)[] =>
    list.flatMap((block): (Paragraph | Table)[] => {
      if (block.type === 'paragraph') {
        const run = markRun(block.mark);
        const options: IParagraphOptions = { children: runs(block.content), ...(run ? { run } : {}) };
        return [header ? new Paragraph({ ...options, style: TABLE_HEADER_STYLE }) : new Paragraph(options)];
      }
      if (block.type === 'list') {
        const instance = ++listInstance;
        return block.items.map((item) => {
          const run = markRun(item.mark);
          return new Paragraph({
            numbering: { reference: block.ordered ? ORDERED : BULLETS, level: 0, instance },
            children: runs(item.content),
            ...(run ? { run } : {}),
          });
        });
      }
      if (block.type === 'table') {
        if (block.rows.length === 0) return [];
        return [
          table(
            block.rows.map((row, r) => {
              const head = block.headerRow && r === 0;
              const cells = row.cells.map((cell) => {
                const content = blocks(cell.content, head).filter(
                  (p): p is Paragraph => p instanceof Paragraph,
                );
                return content.length > 0 ? content : [cellParagraph([], head)];
              });
              return tableRow(cells, {
                header: head,
                ...(inserted(row.origin) ? { insertion: revision(row.origin!) } : {}),
                ...(deleted(row.origin) ? { deletion: revision(row.origin!) } : {}),
              });
            }),
          ),
        ];
      }
      return blocks(block.blocks);
    });

  // Clause numbers are written as text: each side's number, where they differ a deletion and an insertion.
  const numbersIn = (view: 'original' | 'accepted') => {
    const shown = viewDocument(doc, view).clauses;
    const numbers = numberClauses(shown);
    return new Map(shown.map((clause, i) => [clause.id, numbers[i]!]));
  };
  const numbersA = numbersIn('original');
  const numbersB = numbersIn('accepted');
  const children: (Paragraph | Table)[] = [];
  const title = doc.front?.title ?? [{ type: 'text' as const, text: doc.title }];
  children.push(new Paragraph({ heading: HeadingLevel.TITLE, children: runs(title) }));
  const line = partiesLine(doc.parties, doc.language);
  const parties = doc.front?.parties ?? (line ? [{ type: 'text' as const, text: line }] : []);
  if (parties.length > 0) children.push(new Paragraph({ children: runs(parties) }));
  for (const clause of doc.clauses) {
    const numberA = numbersA.get(clause.id);
    const numberB = numbersB.get(clause.id);
    const prefix = (n: string) => (n ? `${clause.level === 1 ? `${n}.` : n} ` : '');
    const number: ParagraphChild[] = [];
    if (numberA !== undefined && numberB !== undefined && numberA === numberB)
      number.push(...textRuns(prefix(numberB), undefined, undefined));
    else {
      if (numberA !== undefined)
        number.push(...textRuns(prefix(numberA), undefined, { type: 'del', id: '', author: meta.authorB }));
      if (numberB !== undefined)
        number.push(...textRuns(prefix(numberB), undefined, { type: 'ins', id: '', author: meta.authorB }));
    }
    // A clause in one view only: its heading paragraph itself is inserted or deleted.
    const run =
      numberA === undefined
        ? markRun({ type: 'ins', id: '', author: meta.authorB })
        : numberB === undefined
          ? markRun({ type: 'del', id: '', author: meta.authorB })
          : undefined;
    children.push(
      new Paragraph({
        heading: clause.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
        keepNext: true,
        children: [...number, ...runs(clause.headingContent ?? [{ type: 'text', text: clause.heading }])],
        ...(run ? { run } : {}),
      }),
    );
    children.push(...blocks(clause.body));
  }

  const roundLabel = `${labels.redline}: ${meta.roundLabel}`;
  const document = new Document({
    ...documentOptions(
      doc,
      meta,
      `${meta.dealName} — ${roundLabel} (${meta.authorA} ${meta.dateA} → ${meta.authorB} ${meta.dateB})`,
    ),
    sections: [{ ...frame(meta, labels, roundLabel), children }],
  });
  return pack(document);
}
