import {
  cellOf,
  type Inline,
  type List,
  type Paragraph,
  type Table,
  type TableRole,
} from '../model/document';
import type { TermKey } from './termSpecs';

/**
 * Clause prose with term references, written as tagged templates so a sentence reads like the contract:
 * p`… at least ${'availability'} of the service hours …`. Each interpolation is a term id, never a literal
 * value, which keeps every negotiable number a term.
 */
export function inlines(strings: TemplateStringsArray, ...termIds: readonly TermKey[]): Inline[] {
  const out: Inline[] = [];
  strings.forEach((text, index) => {
    if (text) out.push({ type: 'text', text });
    const termId = termIds[index];
    if (termId !== undefined) out.push({ type: 'term', termId });
  });
  return out;
}

export function p(strings: TemplateStringsArray, ...termIds: readonly TermKey[]): Paragraph {
  return { type: 'paragraph', content: inlines(strings, ...termIds) };
}

/** A paragraph of plain text without terms (for sentences kept in constants). */
export function paragraph(value: string): Paragraph {
  return { type: 'paragraph', content: text(value) };
}

export function text(value: string): Inline[] {
  return [{ type: 'text', text: value }];
}

export function term(termId: TermKey): Inline[] {
  return [{ type: 'term', termId }];
}

export function bullets(...items: Inline[][]): List {
  return { type: 'list', ordered: false, items: items.map((content) => ({ content })) };
}

/** One table cell as the templates write it: inline text and term references. */
export type Cell = Inline[];

/**
 * The one place built-in templates make a table (service levels, credits, any overview): a header row
 * of plain words, then rows of cells, each cell one paragraph of the given inlines (document shape
 * version 2: cells hold blocks). Only this function and `tableCells` know the cell shape.
 */
export function table(role: TableRole, header: readonly string[], rows: readonly (readonly Cell[])[]): Table {
  const row = (cells: readonly (readonly Inline[])[]) => ({ cells: cells.map((cell) => cellOf([...cell])) });
  return { type: 'table', role, headerRow: true, rows: [row(header.map(text)), ...rows.map(row)] };
}

/** The cells of a table as inlines, row by row (header first): how tests and checks read a template table. */
export function tableCells(block: Table): Cell[][] {
  return block.rows.map((row) =>
    row.cells.map((cell) => cell.content.flatMap((b) => (b.type === 'paragraph' ? b.content : []))),
  );
}
