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

export function text(value: string): Inline[] {
  return [{ type: 'text', text: value }];
}

export function term(termId: TermKey): Inline[] {
  return [{ type: 'term', termId }];
}

export function bullets(...items: Inline[][]): List {
  return { type: 'list', ordered: false, items: items.map((content) => ({ content })) };
}

/** A table whose first row is its header; each cell one paragraph of the given inlines. */
export function table(role: TableRole, header: readonly string[], rows: Inline[][][]): Table {
  const row = (cells: readonly Inline[][]) => ({ cells: cells.map((cell) => cellOf([...cell])) });
  return { type: 'table', role, headerRow: true, rows: [row(header.map(text)), ...rows.map(row)] };
}
