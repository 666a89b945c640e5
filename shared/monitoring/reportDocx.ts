import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { xmlSafe } from '../docx/exportDocx';
import { formatPercent, LOCALE_OF } from '../format/formatTermValue';
import type { MonthlyReport } from './monthlyReport';
import { reportLines } from './reportLines';

/**
 * The monthly report as a Word file in the agreement's language, written with `docx` from the one
 * report structure ({@link reportLines} lays it out for Word and the printed page alike).
 */

const TEXT_WIDTH = 9638;

function cell(
  text: string,
  options: { bold?: boolean; width?: number; shade?: boolean; size?: number } = {},
): TableCell {
  return new TableCell({
    width: options.width ? { size: options.width, type: WidthType.DXA } : undefined,
    shading: options.shade ? { fill: 'EEF1F5' } : undefined,
    children: [
      new Paragraph({
        children: [new TextRun({ text: xmlSafe(text), bold: options.bold, size: options.size })],
      }),
    ],
  });
}

function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  widths?: readonly number[],
  size?: number,
): Table {
  const width = (index: number) => widths?.[index];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    borders: {
      top: { style: BorderStyle.SINGLE, size: 4, color: 'B8C0CC' },
      bottom: { style: BorderStyle.SINGLE, size: 4, color: 'B8C0CC' },
      left: { style: BorderStyle.SINGLE, size: 4, color: 'B8C0CC' },
      right: { style: BorderStyle.SINGLE, size: 4, color: 'B8C0CC' },
      insideHorizontal: { style: BorderStyle.SINGLE, size: 2, color: 'D5DAE1' },
      insideVertical: { style: BorderStyle.SINGLE, size: 2, color: 'D5DAE1' },
    },
    rows: [
      new TableRow({
        tableHeader: true,
        children: header.map((text, i) => cell(text, { bold: true, shade: true, width: width(i), size })),
      }),
      ...rows.map(
        (row) => new TableRow({ children: row.map((text, i) => cell(text, { width: width(i), size })) }),
      ),
    ],
  });
}

function heading(text: string): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.HEADING_1,
    spacing: { before: 240 },
    children: [new TextRun(xmlSafe(text))],
  });
}

function paragraph(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun(xmlSafe(text))] });
}

export async function monthlyReportDocx(report: MonthlyReport): Promise<Uint8Array> {
  const lines = reportLines(report);
  const language = report.terms.language;
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [new TextRun({ text: xmlSafe(lines.title), size: 40 })],
    }),
    ...lines.intro.map(paragraph),
    heading(lines.words.availabilitySection),
    table(['', ''], lines.facts, [4200, TEXT_WIDTH - 4200]),
    heading(lines.words.incidentsSection),
    lines.incidents.length === 0
      ? paragraph(lines.words.noIncidents)
      : table(lines.incidentHeader, lines.incidents, [1300, 2300, 1800, 1000, 1619, 1619], 17),
  ];
  if (lines.priorities.length > 0) {
    children.push(
      heading(lines.words.prioritySection),
      table(lines.priorityHeader, lines.priorities, undefined, 17),
    );
  }
  children.push(heading(lines.words.creditsSection), ...lines.credits.map(paragraph));
  children.push(
    heading(lines.words.notesSection),
    ...(lines.notes.length ? lines.notes : [lines.words.noNotes]).map(paragraph),
  );

  const document = new Document({
    title: lines.title,
    subject: report.title,
    creator: report.parties.provider || 'SLA Workbench',
    description: `${lines.title} — ${report.parties.customer}`,
    customProperties: [
      { name: 'SLA Workbench report month', value: report.month },
      {
        name: 'SLA Workbench availability',
        value: formatPercent(report.measurement.availabilityPercent ?? 0, 'en'),
      },
    ],
    styles: {
      default: { document: { run: { language: { value: LOCALE_OF[language] }, font: 'Calibri', size: 21 } } },
    },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    text: xmlSafe(`${report.parties.customer} · ${lines.title}`),
                    size: 16,
                    color: '6B7480',
                  }),
                ],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                children: [
                  new TextRun({
                    text: xmlSafe(`${lines.generated} · ${lines.words.page} `),
                    size: 16,
                    color: '6B7480',
                  }),
                  new TextRun({ children: [PageNumber.CURRENT], size: 16, color: '6B7480' }),
                  new TextRun({ text: ` ${lines.words.of} `, size: 16, color: '6B7480' }),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16, color: '6B7480' }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.pack(document, 'uint8array');
}
