import {
  cellOf,
  DOCUMENT_VERSION,
  mapInlineRuns,
  type Block,
  type Clause,
  type Inline,
  type Language,
  type SlaDocument,
  type TableCell,
} from '../../shared/model/document';
import { numberClauses } from '../../shared/model/numbering';
import type { Term } from '../../shared/model/term';

/**
 * Deterministic, seeded SLA documents for benchmarks and property tests: clauses of paragraphs,
 * lists and tables with term references, and edits of a chosen share of words, clause moves and
 * structural changes. Same seed, same document.
 */
export function seededRandom(seed: number): () => number {
  // mulberry32: small, fast, good enough for test data.
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const WORDS: Record<Language, string[]> = {
  en: (
    'the provider shall ensure that service availability is measured monthly at the agreed ' +
    'interface excluding planned maintenance announced in writing customer must report any ' +
    'incident promptly via the service desk response time begins when ticket is recorded ' +
    'credits are calculated on monthly fee and capped at agreed percentage neither party is ' +
    'liable for events beyond reasonable control including outages of public networks data ' +
    'processed on behalf of customer remains confidential and is deleted after termination ' +
    'reports summarise incidents changes and measured values for each calendar quarter both ' +
    'parties review this agreement annually and may adjust service levels by written amendment'
  ).split(' '),
  de: (
    'der Anbieter stellt sicher dass die Verfügbarkeit des Dienstes monatlich an der vereinbarten ' +
    'Schnittstelle gemessen wird ausgenommen angekündigte Wartungsfenster der Kunde meldet ' +
    'Störungen unverzüglich über den Service Desk die Reaktionszeit beginnt mit Erfassung des ' +
    'Tickets Gutschriften werden auf die Monatsgebühr berechnet und sind begrenzt keine Partei ' +
    'haftet für Ereignisse höherer Gewalt einschließlich Ausfällen öffentlicher Netze personenbezogene ' +
    'Daten werden vertraulich behandelt und nach Vertragsende gelöscht Berichte fassen Störungen ' +
    'Änderungen und Messwerte je Quartal zusammen beide Parteien prüfen diese Vereinbarung jährlich'
  ).split(' '),
};

const HEADINGS = [
  'Scope',
  'Definitions',
  'Service hours',
  'Availability',
  'Maintenance',
  'Exclusions',
  'Priorities',
  'Service credits',
  'Reporting',
  'Liability',
  'Data protection',
  'Termination',
];

export function benchTerms(): Term[] {
  return [
    { id: 'availability', label: 'Availability', favours: 'higher', kind: 'percent', value: 99.9 },
    { id: 'p1_response', label: 'P1 response', favours: 'lower', kind: 'duration', value: 1, unit: 'hours' },
    { id: 'p2_response', label: 'P2 response', favours: 'lower', kind: 'duration', value: 4, unit: 'hours' },
    {
      id: 'p1_resolution',
      label: 'P1 resolution',
      favours: 'lower',
      kind: 'duration',
      value: 8,
      unit: 'business-hours',
    },
    { id: 'credit_cap', label: 'Credit cap', favours: 'higher', kind: 'percent', value: 20 },
    {
      id: 'monthly_fee',
      label: 'Monthly fee',
      favours: 'lower',
      kind: 'money',
      value: 2500,
      currency: 'EUR',
    },
    {
      id: 'notice_days',
      label: 'Maintenance notice',
      favours: 'higher',
      kind: 'duration',
      value: 5,
      unit: 'business-days',
    },
    { id: 'reports_per_year', label: 'Reports per year', favours: 'higher', kind: 'count', value: 4 },
  ];
}

export interface GenerateOptions {
  seed: number;
  clauses: number;
  /** Average words per clause; 100 × 400 clauses ≈ 40,000 words ≈ 100 pages. */
  wordsPerClause: number;
  language?: Language;
}

export function generateSla({
  seed,
  clauses: count,
  wordsPerClause,
  language = 'en',
}: GenerateOptions): SlaDocument {
  const random = seededRandom(seed);
  const words = WORDS[language];
  const terms = benchTerms();
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const sentence = (length: number) => {
    const out: string[] = [];
    for (let i = 0; i < length; i++) out.push(pick(words));
    const first = out[0]!;
    out[0] = first[0]!.toUpperCase() + first.slice(1);
    return `${out.join(' ')}${random() < 0.2 ? ',' : '.'}`;
  };
  const paragraph = (length: number): Block => {
    const content: Inline[] = [];
    let left = length;
    let text = '';
    while (left > 0) {
      const n = Math.min(left, 8 + Math.floor(random() * 12));
      text += `${text ? ' ' : ''}${sentence(n)}`;
      left -= n;
      if (random() < 0.15) {
        content.push({ type: 'text', text: `${text} ` }, { type: 'term', termId: pick(terms).id });
        text = '';
      }
    }
    if (text) content.push({ type: 'text', text: random() < 0.1 ? text : ` ${text}`.trimStart() });
    return { type: 'paragraph', content };
  };
  const clauses: Clause[] = [];
  for (let i = 0; i < count; i++) {
    const body: Block[] = [];
    let left = Math.max(10, Math.round(wordsPerClause * (0.6 + random() * 0.8)));
    const kind = random();
    if (kind < 0.1) {
      body.push({
        type: 'table',
        role: 'generic',
        headerRow: true,
        rows: [
          {
            cells: [
              cellOf([{ type: 'text', text: 'Priority' }]),
              cellOf([{ type: 'text', text: 'Response' }]),
              cellOf([{ type: 'text', text: 'Resolution' }]),
            ],
          },
          ...[1, 2, 3].map((p) => ({
            cells: [
              cellOf([{ type: 'text', text: `P${p}` }]),
              cellOf([{ type: 'term', termId: p === 1 ? 'p1_response' : 'p2_response' }]),
              cellOf([{ type: 'text', text: `${p * 4} hours` }]),
            ],
          })),
        ],
      });
      left -= 20;
    } else if (kind < 0.25) {
      const items = 3 + Math.floor(random() * 3);
      body.push({
        type: 'list',
        ordered: random() < 0.5,
        items: Array.from({ length: items }, () => ({
          content: [{ type: 'text' as const, text: sentence(6) }],
        })),
      });
      left -= items * 6;
    }
    while (left > 0) {
      const n = Math.min(left, 30 + Math.floor(random() * 50));
      body.push(paragraph(n));
      left -= n;
    }
    clauses.push({
      id: `c${i + 1}`,
      kind: 'other',
      heading: `${pick(HEADINGS)} ${i + 1}`,
      level: i % 5 === 0 ? 1 : 2,
      body,
    });
  }
  return {
    version: DOCUMENT_VERSION,
    title: 'Service Level Agreement',
    language,
    parties: { provider: 'Beispiel IT GmbH', customer: 'Muster AG' },
    clauses,
    terms,
  };
}

export interface MutateOptions {
  seed: number;
  /** Share of words replaced, deleted or followed by an inserted word (0..1). */
  wordChangeRate: number;
  moveClauses?: number;
  insertClauses?: number;
  removeClauses?: number;
  /** Also change headings, terms, table cells, list items, paragraphs and marks (property tests). */
  structural?: boolean;
}

/** A copy of the document edited as a counterparty might: words, moves, structure. */
export function mutateSla(doc: SlaDocument, options: MutateOptions): SlaDocument {
  const random = seededRandom(options.seed);
  const words = WORDS[doc.language];
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const next = JSON.parse(JSON.stringify(doc)) as SlaDocument;

  const editText = (text: string): string =>
    text
      .split(/(\s+)/)
      .map((piece) => {
        if (!piece.trim() || random() >= options.wordChangeRate) return piece;
        const roll = random();
        if (roll < 0.6) return pick(words);
        if (roll < 0.8) return '';
        return `${piece} ${pick(words)}`;
      })
      .join('');
  const editInlines = (inlines: Inline[]): Inline[] =>
    inlines.flatMap((inline): Inline[] => {
      if (inline.type !== 'text') return [inline];
      const text = editText(inline.text);
      if (!text) return [];
      if (options.structural && random() < 0.05) return [{ type: 'text', text, marks: ['bold'] }];
      return [{ ...inline, text }];
    });

  for (const clause of next.clauses) {
    clause.body = mapInlineRuns(clause.body, editInlines);
    if (!options.structural) continue;
    const roll = random();
    if (roll < 0.08) clause.heading = `${clause.heading} ${pick(words)}`;
    else if (roll < 0.14)
      clause.body.splice(Math.floor(random() * (clause.body.length + 1)), 0, {
        type: 'paragraph',
        content: [{ type: 'text', text: `${pick(words)} ${pick(words)}.` }],
      });
    else if (roll < 0.18 && clause.body.length > 1)
      clause.body.splice(Math.floor(random() * clause.body.length), 1);
    else if (roll < 0.22) clause.level = clause.level === 1 ? 2 : 1;
    for (const block of clause.body) {
      if (block.type === 'list' && random() < 0.3)
        block.items.splice(Math.floor(random() * (block.items.length + 1)), 0, {
          content: [{ type: 'text', text: pick(words) }],
        });
      if (block.type === 'table' && random() < 0.5) {
        const row = block.rows[1 + Math.floor(random() * (block.rows.length - 1))];
        if (row)
          row.cells[row.cells.length - 1] = cellOf([
            { type: 'text', text: `${Math.floor(random() * 48)} hours` },
          ]);
        if (random() < 0.3)
          block.rows.push({
            cells: [
              cellOf([{ type: 'text', text: 'P4' }]),
              cellOf([{ type: 'text', text: '2 days' }]),
              cellOf([]),
            ],
          });
      }
    }
  }

  for (let k = 0; k < (options.removeClauses ?? 0) && next.clauses.length > 1; k++)
    next.clauses.splice(Math.floor(random() * next.clauses.length), 1);
  for (let k = 0; k < (options.insertClauses ?? 0); k++)
    next.clauses.splice(Math.floor(random() * (next.clauses.length + 1)), 0, {
      id: `new${options.seed}-${k}`,
      kind: 'other',
      heading: `Additional provision ${k + 1}`,
      level: 2,
      body: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: `${pick(words)} ${pick(words)} ${pick(words)}.` }],
        },
      ],
    });
  for (let k = 0; k < (options.moveClauses ?? 0) && next.clauses.length > 1; k++) {
    const [moved] = next.clauses.splice(Math.floor(random() * next.clauses.length), 1);
    next.clauses.splice(Math.floor(random() * (next.clauses.length + 1)), 0, moved!);
  }
  if (options.structural)
    next.terms = next.terms.map((term) => {
      if (random() >= 0.3) return term;
      if (term.kind === 'percent')
        return { ...term, value: Math.min(100, term.value + (random() < 0.5 ? -0.5 : 0.05)) };
      if (term.kind === 'duration') return { ...term, value: term.value + 1 };
      if (term.kind === 'money' || term.kind === 'count') return { ...term, value: term.value + 1 };
      return term;
    });
  return next;
}

/** The document as one plain text with clause numbers, as a naive whole-document diff sees it. */
export function plainTextOf(doc: SlaDocument): string {
  const numbers = numberClauses(doc.clauses);
  const termText = new Map(doc.terms.map((t) => [t.id, String(t.value)]));
  const inlines = (list: Inline[]) =>
    list
      .map((i) => (i.type === 'text' ? i.text : i.type === 'term' ? (termText.get(i.termId) ?? '') : ''))
      .join('');
  const cell = (c: TableCell) =>
    c.content.map((b) => (b.type === 'paragraph' ? inlines(b.content) : '')).join(' ');
  return doc.clauses
    .map((clause, index) =>
      [
        `${numbers[index]} ${clause.heading}`,
        ...clause.body.map((block) =>
          block.type === 'paragraph'
            ? inlines(block.content)
            : block.type === 'list'
              ? block.items.map((item) => inlines(item.content)).join('\n')
              : block.type === 'table'
                ? block.rows.map((row) => row.cells.map(cell).join(' | ')).join('\n')
                : '',
        ),
      ].join('\n'),
    )
    .join('\n\n');
}
