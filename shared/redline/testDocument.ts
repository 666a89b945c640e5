import {
  cellOf,
  DOCUMENT_VERSION,
  type Block,
  type Clause,
  type Inline,
  type Language,
  type Mark,
  type SlaDocument,
} from '../model/document';
import type { Term } from '../model/term';

/**
 * Small builders for tests of the redline engine, round hashing and their consumers (DOCX export,
 * compare screen). Pure, so tests in every process folder can use them.
 */
export function text(value: string, ...marks: Mark[]): Inline {
  return marks.length ? { type: 'text', text: value, marks } : { type: 'text', text: value };
}

export function termRef(termId: string): Inline {
  return { type: 'term', termId };
}

/** A paragraph from strings and inlines: `para('Availability is ', termRef('availability'), '.')`. */
export function para(...content: (string | Inline)[]): Block {
  return {
    type: 'paragraph',
    content: content.filter((c) => c !== '').map((c) => (typeof c === 'string' ? text(c) : c)),
  };
}

export function list(ordered: boolean, ...items: (string | Inline[])[]): Block {
  return {
    type: 'list',
    ordered,
    items: items.map((item) => ({
      content: typeof item === 'string' ? (item ? [text(item)] : []) : item,
    })),
  };
}

export function table(
  rows: (string | Inline)[][],
  role: 'service-levels' | 'service-credits' | 'generic' = 'generic',
): Block {
  return {
    type: 'table',
    role,
    headerRow: true,
    rows: rows.map((row) => ({
      cells: row.map((cell) => cellOf(typeof cell === 'string' ? (cell ? [text(cell)] : []) : [cell])),
    })),
  };
}

export function clause(id: string, heading: string, body: Block[], level: 1 | 2 = 1): Clause {
  return { id, kind: 'other', heading, level, body };
}

export function testDocument(clauses: Clause[], terms: Term[] = [], language: Language = 'en'): SlaDocument {
  return {
    version: DOCUMENT_VERSION,
    title: 'Service Level Agreement',
    language,
    parties: { provider: 'Beispiel IT GmbH', customer: 'Kunde AG' },
    clauses,
    terms,
  };
}

export const availabilityTerm = (value: number): Term => ({
  id: 'availability',
  label: 'Availability',
  favours: 'higher',
  kind: 'percent',
  value,
});

export const responseTerm = (
  value: number,
  unit: 'minutes' | 'hours' | 'business-hours' = 'hours',
): Term => ({
  id: 'p1_response',
  label: 'P1 response time',
  favours: 'lower',
  kind: 'duration',
  value,
  unit,
});
