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
import type { Language, Mark, SlaDocument as DocSlaDocument } from '../model/document';
import { toLegacy, type Block, type Inline, type SlaDocument } from '../redline/legacyModel';
import type { Term } from '../model/term';
import { formatTermValue, LOCALE_OF } from '../format/formatTermValue';
import type { BlockDiff, ClauseDiff, DiffPart, Redline } from '../redline/types';
import { writeDocx } from './write/writeDocx';

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
  parties: (provider: string, customer: string) => string;
  page: string;
  of: string;
  redline: string;
}

/** Fixed wording in the document's language; the import reads both back (see PARTY_LINE). */
const LABELS: Record<Language, Labels> = {
  en: {
    parties: (provider, customer) => `Between ${provider} (“Provider”) and ${customer} (“Customer”).`,
    page: 'Page',
    of: 'of',
    redline: 'Changes',
  },
  de: {
    parties: (provider, customer) => `Zwischen ${provider} („Anbieter“) und ${customer} („Kunde“).`,
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

function frame(doc: SlaDocument, meta: ExportMeta, labels: Labels, roundLabel: string) {
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

function documentOptions(doc: SlaDocument, meta: ExportMeta, description: string) {
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

/**
 * A clean Word document of a round or the draft, as the counterparty and their lawyer will see it:
 * the one document writer (shared/docx/write), ours in the house style, theirs as written.
 */
export async function exportCleanDocx(stored: DocSlaDocument, meta: ExportMeta): Promise<Uint8Array> {
  return writeDocx(stored, meta);
}

/**
 * Round b against round a as real Word tracked changes: Word's Review pane lists them, "Accept All"
 * yields b and "Reject All" yields a. All marks are authored by the side that made round b. Moves
 * are written as delete + insert (Word's move markup is a known source of "unreadable content").
 */
export async function exportRedlineDocx(
  storedA: DocSlaDocument,
  storedB: DocSlaDocument,
  redline: Redline,
  meta: RedlineExportMeta,
): Promise<Uint8Array> {
  const a = toLegacy(storedA);
  const b = toLegacy(storedB);
  const writer = new DocxWriter(b);
  const writerA = new DocxWriter(a);
  const rev = () => writer.revision(meta.authorB, meta.dateB);
  const children: (Paragraph | Table)[] = [];

  // Title and parties: replaced whole when they differ.
  const line = (before: string, after: string, options: IParagraphOptions = {}) => {
    if (before === after) return new Paragraph({ ...options, children: [new TextRun(xmlSafe(after))] });
    const runs: ParagraphChild[] = [];
    if (before) runs.push(new DeletedTextRun({ text: xmlSafe(before), ...rev() }));
    if (after) runs.push(new InsertedTextRun({ text: xmlSafe(after), ...rev() }));
    return new Paragraph({ ...options, children: runs });
  };
  children.push(line(a.title, b.title, { heading: HeadingLevel.TITLE }));
  const partiesText = (doc: SlaDocument) =>
    doc.parties.provider || doc.parties.customer
      ? LABELS[doc.language].parties(doc.parties.provider, doc.parties.customer)
      : '';
  if (partiesText(a) || partiesText(b)) children.push(line(partiesText(a), partiesText(b)));

  const partRuns = (parts: readonly DiffPart[], forced?: 'insert' | 'delete'): ParagraphChild[] =>
    parts
      .filter((part) => part.text.length > 0)
      .map((part) => ({ text: part.text, op: forced ?? part.op }))
      .flatMap((part) =>
        splitLines(part.text, (text, lineBreak) =>
          part.op === 'equal'
            ? new TextRun({ text, ...lineBreak })
            : part.op === 'insert'
              ? new InsertedTextRun({ text, ...lineBreak, ...rev() })
              : new DeletedTextRun({ text, ...lineBreak, ...rev() }),
        ),
      );
  const markFor = (op: 'insert' | 'delete' | 'equal'): IParagraphOptions['run'] =>
    op === 'insert' ? { insertion: rev() } : op === 'delete' ? { deletion: rev() } : undefined;

  const headingParagraph = (diff: ClauseDiff, op: 'insert' | 'delete' | 'equal', parts: DiffPart[]) => {
    const side = diff.b ?? diff.a!;
    const level = side.clause.level;
    const numberParts: DiffPart[] = [];
    const numberText = (n: string) => (level === 1 ? `${n}.` : n);
    const sep = side.clause.heading || diff.a?.clause.heading ? ' ' : '';
    if (op !== 'equal') numberParts.push({ text: `${numberText(side.number)}${sep}`, op });
    else if (diff.a && diff.b && diff.a.number !== diff.b.number)
      numberParts.push(
        { text: `${numberText(diff.a.number)}${sep}`, op: 'delete' },
        { text: `${numberText(diff.b.number)}${sep}`, op: 'insert' },
      );
    else numberParts.push({ text: `${numberText(side.number)}${sep}`, op: 'equal' });
    const run = markFor(op);
    return new Paragraph({
      heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
      keepNext: true,
      ...(run ? { run } : {}),
      children: partRuns([...numberParts, ...parts]),
    });
  };

  const blockOf = (diff: ClauseDiff, blockDiff: BlockDiff): Block | undefined =>
    (blockDiff.blockB !== null ? diff.b?.clause.body[blockDiff.blockB] : undefined) ??
    (blockDiff.blockA !== null ? diff.a?.clause.body[blockDiff.blockA] : undefined);

  const bodyOf = (diff: ClauseDiff, forced?: 'insert' | 'delete'): (Paragraph | Table)[] => {
    const out: (Paragraph | Table)[] = [];
    let listKey = '';
    let instance = 0;
    for (const blockDiff of diff.blocks) {
      const op: 'insert' | 'delete' | 'equal' =
        forced ?? (blockDiff.blockA === null ? 'insert' : blockDiff.blockB === null ? 'delete' : 'equal');
      if (blockDiff.type === 'table') {
        const block = blockOf(diff, blockDiff);
        const header = block?.type === 'table' && block.headerRow;
        out.push(
          table(
            blockDiff.rows.map((row, r) => {
              const rowOp =
                forced ??
                (row.status === 'inserted' ? 'insert' : row.status === 'removed' ? 'delete' : 'equal');
              return tableRow(
                row.cells.map((cell) => [cellParagraph(partRuns(cell, forced), header && r === 0)]),
                {
                  header: header && r === 0,
                  ...(rowOp === 'insert'
                    ? { insertion: rev() }
                    : rowOp === 'delete'
                      ? { deletion: rev() }
                      : {}),
                },
              );
            }),
          ),
        );
        listKey = '';
        continue;
      }
      const run = markFor(op);
      if (blockDiff.item !== undefined) {
        const block = blockOf(diff, blockDiff);
        const ordered = block?.type === 'list' && block.ordered;
        const key = `${blockDiff.blockA}:${blockDiff.blockB}`;
        if (key !== listKey) {
          listKey = key;
          instance = writer.nextListInstance();
        }
        out.push(
          new Paragraph({
            numbering: { reference: ordered ? ORDERED : BULLETS, level: 0, instance },
            ...(run ? { run } : {}),
            children: partRuns(blockDiff.parts, forced),
          }),
        );
        continue;
      }
      listKey = '';
      out.push(new Paragraph({ ...(run ? { run } : {}), children: partRuns(blockDiff.parts, forced) }));
    }
    return out;
  };

  const wholeClause = (diff: ClauseDiff, op: 'insert' | 'delete'): (Paragraph | Table)[] => {
    const side = op === 'insert' ? diff.b! : diff.a!;
    const headingParts: DiffPart[] = side.clause.heading ? [{ text: side.clause.heading, op }] : [];
    return [
      headingParagraph(
        { ...diff, a: op === 'delete' ? side : null, b: op === 'insert' ? side : null },
        op,
        headingParts,
      ),
      ...bodyOf(diff, op),
    ];
  };

  // A moved clause is deleted where it stood in a and inserted where it stands in b.
  const movedAfter = new Map<string, ClauseDiff[]>();
  const movedAtStart: ClauseDiff[] = [];
  for (const diff of redline.clauses) {
    if (diff.status !== 'moved' || !diff.a) continue;
    const before = redline.clauses
      .filter(
        (other) => other !== diff && other.a && other.status !== 'moved' && other.a.index < diff.a!.index,
      )
      .sort((x, y) => y.a!.index - x.a!.index)[0];
    if (before) movedAfter.set(before.key, [...(movedAfter.get(before.key) ?? []), diff]);
    else movedAtStart.push(diff);
  }
  const removedCopy = (diff: ClauseDiff): (Paragraph | Table)[] => {
    const clause = diff.a!.clause;
    const asRemoved: ClauseDiff = {
      ...diff,
      b: null,
      heading: [],
      blocks: clause.body.flatMap((block, index) => wholeBlockDiffs(block, index, writerA)),
    };
    return wholeClause(asRemoved, 'delete');
  };
  const insertedCopy = (diff: ClauseDiff): (Paragraph | Table)[] => {
    const clause = diff.b!.clause;
    return wholeClause(
      {
        ...diff,
        a: null,
        blocks: clause.body.flatMap((block, index) => wholeBlockDiffs(block, index, writer, 'b')),
      },
      'insert',
    );
  };

  for (const diff of movedAtStart) children.push(...removedCopy(diff));
  for (const diff of redline.clauses) {
    if (diff.status === 'inserted') children.push(...wholeClause(diff, 'insert'));
    else if (diff.status === 'removed') children.push(...wholeClause(diff, 'delete'));
    else if (diff.status === 'moved') children.push(...insertedCopy(diff));
    else children.push(headingParagraph(diff, 'equal', diff.heading), ...bodyOf(diff));
    for (const moved of movedAfter.get(diff.key) ?? []) children.push(...removedCopy(moved));
  }

  const roundLabel = `${writer.labels.redline}: ${meta.roundLabel}`;
  const document = new Document({
    ...documentOptions(
      b,
      meta,
      `${meta.dealName} — ${roundLabel} (${meta.authorA} ${meta.dateA} → ${meta.authorB} ${meta.dateB})`,
    ),
    sections: [{ ...frame(b, meta, writer.labels, roundLabel), children }],
  });
  return pack(document);
}

/** The block as plain DiffParts of one side, for clauses written whole (moved copies). */
function wholeBlockDiffs(
  block: Block,
  index: number,
  writer: DocxWriter,
  side: 'a' | 'b' = 'a',
): BlockDiff[] {
  const text = (inlines: readonly Inline[]): DiffPart[] => [{ text: writer.plainText(inlines), op: 'equal' }];
  const blockA = side === 'a' ? index : null;
  const blockB = side === 'b' ? index : null;
  if (block.type === 'paragraph') return [{ type: 'text', blockA, blockB, parts: text(block.content) }];
  if (block.type === 'list')
    return block.items.map((item, k) => ({ type: 'text', blockA, blockB, item: k, parts: text(item) }));
  return [
    {
      type: 'table',
      blockA,
      blockB,
      rows: block.rows.map((row) => ({
        status: side === 'a' ? 'removed' : 'inserted',
        cells: row.map(text),
      })),
    },
  ];
}
