import {
  cellOf,
  DOCUMENT_VERSION,
  type Block,
  type Clause,
  type Inline,
  type Language,
  type Mark,
  type Origin,
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

/** A tracked revision of a Word file, for documents as the reader gives them (origins on text). */
export function revision(
  type: Origin['type'],
  id: string,
  author = 'Kunde AG',
  date = '2026-11-02T10:00:00Z',
): Origin {
  return { type, id, author, date };
}

/** Text tracked as inserted by `author`. */
export function ins(value: string, id = 'i1', author?: string, ...marks: Mark[]): Inline {
  const inline: Inline = { type: 'text', text: value, origin: revision('ins', id, author) };
  if (marks.length) inline.marks = marks;
  return inline;
}

/** Text tracked as deleted by `author`. */
export function del(value: string, id = 'd1', author?: string, ...marks: Mark[]): Inline {
  const inline: Inline = { type: 'text', text: value, origin: revision('del', id, author) };
  if (marks.length) inline.marks = marks;
  return inline;
}

/** A term annotation of text as written (their documents), optionally tracked. */
export function writtenTerm(termId: string, value: string, origin?: Origin): Inline {
  const inline: Inline = { type: 'term', termId, text: value };
  if (origin) inline.origin = origin;
  return inline;
}

/** A paragraph whose own mark is tracked (Word's tracked split, insertion or deletion of a paragraph). */
export function markedPara(mark: Origin, ...content: (string | Inline)[]): Block {
  return { ...para(...content), mark } as Block;
}
