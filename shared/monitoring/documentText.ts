import { forEachInline, type Block, type ClauseKind, type SlaDocument } from '../model/document';
import type { Term } from '../model/term';
import { termInlineText } from '../format/formatTermValue';
import { viewDocument } from '../model/views';

/**
 * The only place monitoring walks clause bodies. A signed agreement is read as agreed: a received
 * round's tracked changes are taken as accepted, and a term shows as the counterparty wrote it.
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

function render(blocks: readonly Block[], terms: ReadonlyMap<string, Term>, doc: SlaDocument): CellView {
  let text = '';
  const termIds: string[] = [];
  forEachInline(blocks, (inline) => {
    if (inline.type === 'text') text += inline.text;
    else if (inline.type === 'term') {
      termIds.push(inline.termId);
      text += termInlineText(inline, terms.get(inline.termId), doc.language) ?? '';
    } else text += ' ';
  });
  return { text: text.replace(/\s+/g, ' ').trim(), termIds };
}

function termsOf(doc: SlaDocument): Map<string, Term> {
  return new Map(doc.terms.map((term) => [term.id, term]));
}

/** Every table of the given role (service levels, service credits), cells rendered. */
export function tablesOf(
  document: SlaDocument,
  role: 'service-levels' | 'service-credits' | 'generic',
): TableView[] {
  const doc = viewDocument(document, 'accepted');
  const terms = termsOf(doc);
  const out: TableView[] = [];
  const visit = (blocks: readonly Block[]) => {
    for (const block of blocks) {
      if (block.type === 'box') visit(block.blocks);
      else if (block.type === 'table' && block.role === role)
        out.push({
          headerRow: block.headerRow,
          rows: block.rows.map((row) => row.cells.map((cell) => render(cell.content, terms, doc))),
        });
    }
  };
  for (const clause of doc.clauses) visit(clause.body);
  return out;
}

/** The plain text of the clauses of these kinds (all clauses when none are given), headings included. */
export function clausesText(document: SlaDocument, kinds?: readonly ClauseKind[]): string {
  const doc = viewDocument(document, 'accepted');
  const terms = termsOf(doc);
  return doc.clauses
    .filter((clause) => !kinds || kinds.includes(clause.kind))
    .map((clause) =>
      [clause.heading, ...clause.body.map((block) => render([block], terms, doc).text)].join(' '),
    )
    .join('\n');
}

/** Ids of the terms the clauses of these kinds show. */
export function termIdsIn(document: SlaDocument, kinds: readonly ClauseKind[]): Set<string> {
  const doc = viewDocument(document, 'accepted');
  const ids = new Set<string>();
  for (const clause of doc.clauses) {
    if (!kinds.includes(clause.kind)) continue;
    forEachInline(clause.body, (inline) => {
      if (inline.type === 'term') ids.add(inline.termId);
    });
  }
  return ids;
}
