import { formatTermValue } from '../format/formatTermValue';
import type { Block, Inline, Language, SlaDocument } from '../model/document';
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
    const pending: Block[] = [];
    // Each paragraph, list item and table cell paragraph is its own block of text; notes follow
    // the block they are in. Text a received file deleted (tracked) is not what it says.
    const run = (inlines: readonly Inline[]) => {
      for (const inline of inlines) {
        if (inline.origin?.type === 'del' || inline.origin?.type === 'moveFrom') continue;
        if (inline.type === 'text') parts.push(inline.text);
        else if (inline.type === 'term') parts.push(inline.text ?? { termId: inline.termId });
        else if (inline.type === 'note') pending.push(...inline.body);
      }
      parts.push('\n');
    };
    const walk = (blocks: readonly Block[]) => {
      for (const block of blocks) {
        if (block.type === 'paragraph') run(block.content);
        else if (block.type === 'list') for (const item of block.items) run(item.content);
        else if (block.type === 'table')
          for (const row of block.rows) for (const cell of row.cells) walk(cell.content);
        else walk(block.blocks);
      }
    };
    walk(clause.body);
    // Notes in the order they were met; a note's own notes join the queue.
    while (pending.length > 0) walk(pending.splice(0));
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
