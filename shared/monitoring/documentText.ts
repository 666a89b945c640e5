import type { Block, ClauseKind, Inline, SlaDocument } from '../model/document';
import type { Term } from '../model/term';
import { formatTermValue } from '../format/formatTermValue';

/**
 * The only place monitoring walks clause bodies. The document model is about to change (table cells
 * become lists of blocks, received text keeps its Word origin): adapt these functions and every
 * reader of agreement terms follows.
 */

export interface CellView {
  /** The cell as the reader sees it, term values written out. */
  text: string;
  /** Terms the cell shows, in order. */
  termIds: string[];
}

export interface TableView {
  headerRow: boolean;
  rows: CellView[][];
}

function render(inlines: readonly Inline[], terms: ReadonlyMap<string, Term>, doc: SlaDocument): CellView {
  let text = '';
  const termIds: string[] = [];
  for (const inline of inlines) {
    if (inline.type === 'text') text += inline.text;
    else {
      termIds.push(inline.termId);
      const term = terms.get(inline.termId);
      if (term) text += formatTermValue(term, doc.language);
    }
  }
  return { text: text.replace(/\s+/g, ' ').trim(), termIds };
}

function termsOf(doc: SlaDocument): Map<string, Term> {
  return new Map(doc.terms.map((term) => [term.id, term]));
}

/** Every table of the given role (service levels, service credits), cells rendered. */
export function tablesOf(
  doc: SlaDocument,
  role: 'service-levels' | 'service-credits' | 'generic',
): TableView[] {
  const terms = termsOf(doc);
  const out: TableView[] = [];
  for (const clause of doc.clauses)
    for (const block of clause.body)
      if (block.type === 'table' && block.role === role)
        out.push({
          headerRow: block.headerRow,
          rows: block.rows.map((row) => row.map((cell) => render(cell, terms, doc))),
        });
  return out;
}

function blockText(block: Block, terms: ReadonlyMap<string, Term>, doc: SlaDocument): string {
  if (block.type === 'paragraph') return render(block.content, terms, doc).text;
  if (block.type === 'list') return block.items.map((item) => render(item, terms, doc).text).join(' ');
  return block.rows.map((row) => row.map((cell) => render(cell, terms, doc).text).join(' ')).join(' ');
}

/** The plain text of the clauses of these kinds (all clauses when none are given), headings included. */
export function clausesText(doc: SlaDocument, kinds?: readonly ClauseKind[]): string {
  const terms = termsOf(doc);
  return doc.clauses
    .filter((clause) => !kinds || kinds.includes(clause.kind))
    .map((clause) => [clause.heading, ...clause.body.map((block) => blockText(block, terms, doc))].join(' '))
    .join('\n');
}

/** Ids of the terms the clauses of these kinds show. */
export function termIdsIn(doc: SlaDocument, kinds: readonly ClauseKind[]): Set<string> {
  const ids = new Set<string>();
  const visit = (inlines: readonly Inline[]) => {
    for (const inline of inlines) if (inline.type === 'term') ids.add(inline.termId);
  };
  for (const clause of doc.clauses) {
    if (!kinds.includes(clause.kind)) continue;
    for (const block of clause.body) {
      if (block.type === 'paragraph') visit(block.content);
      else if (block.type === 'list') block.items.forEach(visit);
      else block.rows.forEach((row) => row.forEach(visit));
    }
  }
  return ids;
}
