import { formatTermValue } from '../format/formatTermValue';
import { inlinesOf, type Language, type SlaDocument } from '../model/document';
import type { Term } from '../model/term';

/** A piece of clause text, or the place where a term's value is shown. */
export type TextPart = string | { termId: string };

export interface ClauseText {
  clauseId: string;
  heading: string;
  /** The body in reading order; blocks (paragraphs, list items, table cells) end with a newline. */
  parts: TextPart[];
}

export interface TermText {
  termId: string;
  label: string;
  /** As the document shows it (`99,95 %` in German). */
  value: string;
  /** The bare value (`99.95`), so a typed number finds it however it is written. */
  raw: string;
}

export interface DocumentText {
  clauses: ClauseText[];
  terms: TermText[];
}

/**
 * The text of a document as the search indexes it: each clause's heading and wording, with term
 * values as references (the same wording with other values is then one text, indexed once), and
 * every term's label and value (formatted by `format`, e.g. a cached formatTermValue). The one place that walks a document's clauses for the search: when
 * the document model changes (table cells as block lists, text kept as written), adapt this function.
 */
export function documentText(
  doc: SlaDocument,
  format: (term: Term, language: Language) => string = formatTermValue,
): DocumentText {
  const clauses = doc.clauses.map((clause): ClauseText => {
    const parts: TextPart[] = [];
    for (const block of clause.body) {
      const rows = block.type === 'table' ? block.rows.flat() : block.type === 'list' ? block.items : null;
      // Each list item and table cell is its own block of text; a paragraph is one.
      const pieces = rows ?? [[...inlinesOf(block)]];
      for (const inlines of pieces) {
        for (const inline of inlines)
          parts.push(inline.type === 'text' ? inline.text : { termId: inline.termId });
        parts.push('\n');
      }
    }
    return { clauseId: clause.id, heading: clause.heading, parts };
  });
  const terms = doc.terms.map((term): TermText => ({
    termId: term.id,
    label: term.label,
    value: format(term, doc.language),
    raw: String(term.value),
  }));
  return { clauses, terms };
}
