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
import { termInlineText } from '../format/formatTermValue';

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

export interface ComparableOptions {
  /** Compare clause ids (Word carries none: a redline document's views keep b's). */
  ids?: boolean;
  /** Compare what the model has no origin for: clause level/kind/numbering, list and table properties, item levels. */
  structure?: boolean;
  /** Compare headers and footers. */
  parts?: boolean;
}

/**
 * A document reduced to what a reader sees, for "accept all gives b, reject all gives a" checks:
 * text as shown (a term's characters, written or rendered, annotating its term), marks, paragraphs,
 * items, rows, cells, notes, objects and boxes; adjacent texts (and pieces of one annotation) merged.
 * Dropped are what is derived or not the text: origins, clause and list labels, numbering
 * definitions, the heading as written (its text is `heading`), and the front matter lines.
 */
export function comparable(doc: SlaDocument, options: ComparableOptions = {}): unknown {
  const { ids = true, structure = true, parts = true } = options;
  const terms = new Map(doc.terms.map((term) => [term.id, term]));
  const inlines = (list: readonly Inline[]): unknown[] => {
    const out: Record<string, unknown>[] = [];
    for (const inline of list) {
      const marks = 'marks' in inline && inline.marks?.length ? [...inline.marks].sort().join(',') : '';
      const last = out[out.length - 1];
      if (inline.type === 'text' || inline.type === 'term') {
        const text =
          inline.type === 'text'
            ? inline.text
            : (termInlineText(inline, terms.get(inline.termId), doc.language) ?? '');
        const termId = inline.type === 'term' ? inline.termId : undefined;
        if (!text) continue;
        if (last && last.kind === 'text' && last.marks === marks && last.termId === termId) last.text += text;
        else out.push({ kind: 'text', text, marks, termId });
      } else if (inline.type === 'object')
        out.push({
          kind: 'object',
          object: inline.object,
          hash: inline.hash,
          width: inline.width,
          height: inline.height,
        });
      else out.push({ kind: 'note', note: inline.note, body: blocks(inline.body) });
    }
    return out;
  };
  const blocks = (list: readonly Block[]): unknown[] =>
    list.map((block) => {
      if (block.type === 'paragraph') return { p: inlines(block.content) };
      if (block.type === 'list')
        return {
          list: block.items.map((item) =>
            structure ? { level: item.level ?? 0, content: inlines(item.content) } : inlines(item.content),
          ),
          ...(structure ? { ordered: block.ordered } : {}),
        };
      if (block.type === 'table')
        return {
          table: block.rows.map((row) =>
            row.cells.map((cell) => ({
              span: cell.colSpan ?? 1,
              merge: cell.rowMerge ?? '',
              content: blocks(cell.content),
            })),
          ),
          ...(structure ? { role: block.role, headerRow: block.headerRow } : {}),
        };
      return { box: blocks(block.blocks) };
    });
  return {
    clauses: doc.clauses.map((clause) => ({
      ...(ids ? { id: clause.id } : {}),
      heading: clause.heading,
      ...(structure ? { kind: clause.kind, level: clause.level, numbered: clause.numbered ?? true } : {}),
      body: blocks(clause.body),
    })),
    ...(parts
      ? {
          parts: (doc.pageParts ?? [])
            .filter((part) => part.blocks.length > 0)
            .map((part) => ({
              kind: part.kind,
              variant: part.variant,
              section: part.section,
              blocks: blocks(part.blocks),
            })),
        }
      : {}),
  };
}
