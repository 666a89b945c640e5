import { escapeXml, makeDocx, paragraphXml } from '../../docx/testing/makeDocx';

/**
 * Invented customer SLAs as Word files, built in the test (never read from outside the repository):
 * one German, one English, each with prose, a priority table and a cell whose value is split over
 * two runs with different formatting, as Word often writes it.
 */
export interface CustomerPaper {
  language: 'de' | 'en';
  paragraphs: (
    string | { heading: string } | { table: string[][] } | { runs: { text: string; bold?: boolean }[] }
  )[];
}

const run = (text: string, bold = false) =>
  `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;

function tableXml(rows: string[][]): string {
  const cell = (text: string) => `<w:tc><w:p>${run(text)}</w:p></w:tc>`;
  return `<w:tbl>${rows.map((row) => `<w:tr>${row.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`;
}

export function customerPaperXml(paper: CustomerPaper): string {
  return paper.paragraphs
    .map((part) =>
      typeof part === 'string'
        ? paragraphXml(part)
        : 'heading' in part
          ? paragraphXml(part.heading, 'Heading1')
          : 'table' in part
            ? tableXml(part.table)
            : `<w:p>${part.runs.map((piece) => run(piece.text, piece.bold)).join('')}</w:p>`,
    )
    .join('');
}

export function customerDocx(paper: CustomerPaper): Promise<Uint8Array> {
  return makeDocx({ body: customerPaperXml(paper) });
}

/** A hosting customer's SLA in German: 99,95 % is asked for, response times in a table. */
export const GERMAN_PAPER: CustomerPaper = {
  language: 'de',
  paragraphs: [
    { heading: '1. Verfügbarkeit' },
    {
      runs: [
        { text: 'Der Auftragnehmer gewährleistet eine Verfügbarkeit von ' },
        { text: '99,95', bold: true },
        { text: ' % im Kalendermonat.' },
      ],
    },
    { heading: '2. Reaktionszeiten' },
    'Der Auftragnehmer reagiert auf Störungen innerhalb der folgenden Zeiten:',
    {
      table: [
        ['Störungsklasse', 'Reaktionszeit', 'Wiederherstellung'],
        ['Klasse A (kritisch)', '30 Minuten', '4 Std.'],
        ['Klasse B (hoch)', '2 Std.', '1 Werktag'],
      ],
    },
    { heading: '3. Haftung' },
    'Die Haftung des Auftragnehmers ist je Vertragsjahr auf 1.000.000 € begrenzt.',
  ],
};

/** A SaaS customer's SLA in English, with number words and a severity table. */
export const ENGLISH_PAPER: CustomerPaper = {
  language: 'en',
  paragraphs: [
    { heading: '1. Service Availability' },
    'The Supplier shall ensure that the Service is available 99.99% of the time in each calendar month.',
    { heading: '2. Incident Response' },
    {
      table: [
        ['Severity', 'Response time', 'Resolution time'],
        ['Severity 1 (Critical)', 'thirty (30) minutes', '4 hours'],
        ['Severity 2 (High)', '2 hours', '1 business day'],
      ],
    },
    { heading: '3. Limitation of Liability' },
    'The Supplier’s aggregate liability shall not exceed EUR 500,000 per contract year.',
  ],
};
