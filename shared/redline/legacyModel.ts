import {
  cellOf,
  DOCUMENT_VERSION,
  type Block as DocBlock,
  type Clause as DocClause,
  type Inline as DocInline,
  type SlaDocument as DocSlaDocument,
} from '../model/document';
import type { Mark, Parties, Language, ClauseKind, TableRole } from '../model/document';
import type { Term } from '../model/term';

/*
 * The shape the first redline engine (planRedline, applyDecisions) was written for: document
 * version 1, with text and term inlines only, list items and table cells as inline arrays. It is
 * kept only until the change tree (changeTree.ts) replaces that engine (issue 8); the engine's
 * entry points convert at their boundary, so nothing outside shared/redline sees this shape.
 */
export type Inline = { type: 'text'; text: string; marks?: Mark[] } | { type: 'term'; termId: string };
export type Block =
  | { type: 'paragraph'; content: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'table'; role: TableRole; headerRow: boolean; rows: Inline[][][] };
export interface Clause {
  id: string;
  kind: ClauseKind;
  heading: string;
  level: 1 | 2;
  body: Block[];
}
export interface SlaDocument {
  title: string;
  language: Language;
  parties: Parties;
  clauses: Clause[];
  terms: Term[];
}

function inlinesToLegacy(inlines: readonly DocInline[]): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    if (inline.type === 'term') out.push({ type: 'term', termId: inline.termId });
    else if (inline.type === 'text')
      out.push(
        inline.marks
          ? { type: 'text', text: inline.text, marks: inline.marks }
          : { type: 'text', text: inline.text },
      );
    else if (inline.type === 'object') out.push({ type: 'text', text: `[${inline.object}]` });
    else out.push({ type: 'text', text: `[${inline.note}]` });
  }
  return out;
}

function blockInlines(blocks: readonly DocBlock[]): Inline[] {
  const out: Inline[] = [];
  for (const block of blocksToLegacy(blocks)) {
    const pieces =
      block.type === 'paragraph' ? [block.content] : block.type === 'list' ? block.items : block.rows.flat();
    for (const piece of pieces) {
      if (piece.length === 0) continue;
      if (out.length > 0) out.push({ type: 'text', text: ' ' });
      out.push(...piece);
    }
  }
  return out;
}

function blocksToLegacy(blocks: readonly DocBlock[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    if (block.type === 'paragraph') out.push({ type: 'paragraph', content: inlinesToLegacy(block.content) });
    else if (block.type === 'list')
      out.push({
        type: 'list',
        ordered: block.ordered,
        items: block.items.map((item) => inlinesToLegacy(item.content)),
      });
    else if (block.type === 'table')
      out.push({
        type: 'table',
        role: block.role,
        headerRow: block.headerRow,
        rows: block.rows.map((row) => row.cells.map((cell) => blockInlines(cell.content))),
      });
    else out.push(...blocksToLegacy(block.blocks));
  }
  return out;
}

export function toLegacy(doc: DocSlaDocument): SlaDocument {
  return {
    title: doc.title,
    language: doc.language,
    parties: doc.parties,
    clauses: doc.clauses.map((clause) => ({
      id: clause.id,
      kind: clause.kind,
      heading: clause.heading,
      level: clause.level,
      body: blocksToLegacy(clause.body),
    })),
    terms: doc.terms,
  };
}

export function clauseFromLegacy(clause: Clause): DocClause {
  return {
    ...clause,
    body: clause.body.map((block): DocBlock => {
      if (block.type === 'paragraph') return block;
      if (block.type === 'list') return { ...block, items: block.items.map((content) => ({ content })) };
      return { ...block, rows: block.rows.map((row) => ({ cells: row.map((cell) => cellOf(cell)) })) };
    }),
  };
}

export function fromLegacy(doc: SlaDocument): DocSlaDocument {
  return { version: DOCUMENT_VERSION, ...doc, clauses: doc.clauses.map(clauseFromLegacy) };
}
