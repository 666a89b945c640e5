import type { JSONContent } from '@tiptap/core';
import type { Block, Inline, ListItem, Mark, TableRole } from '../../../shared/model';
import { MARKS } from '../../../shared/model';

/**
 * Converters between our block model (what is stored, hashed, diffed and exported) and the
 * ProseMirror JSON the TipTap editor works on. The block model is the source of truth; the
 * editor's JSON never reaches the database.
 *
 * Node names used in the editor schema (see clauseEditorExtensions.ts):
 * `doc`, `paragraph`, `text` (+ marks `bold`/`italic`/`underline`/`strike`/`superscript`/`subscript`/
 * `hidden`), `bulletList`, `orderedList`, `listItem` (with the item's `level`), and our own `term`
 * (inline atom, with the characters it covers when it annotates text as written), `slaInline`
 * (footnotes and objects kept whole, inline atom), `slaTable` and `slaBox` (block atoms).
 */
export const TERM_NODE = 'term';
export const TABLE_NODE = 'slaTable';
export const INLINE_ATOM_NODE = 'slaInline';
export const BOX_NODE = 'slaBox';

const MARK_SET = new Set<string>(MARKS);

function sortMarks(marks: readonly Mark[]): Mark[] {
  return MARKS.filter((mark) => marks.includes(mark));
}

/** Plain JSON copy: ProseMirror attrs must not share objects with the stored document. */
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function inlineToTiptap(inline: Inline): JSONContent {
  if (inline.type === 'term') {
    const attrs: Record<string, unknown> = { termId: inline.termId };
    if (inline.text !== undefined) attrs.text = inline.text;
    if (inline.marks?.length) attrs.marks = [...inline.marks];
    return { type: TERM_NODE, attrs };
  }
  if (inline.type === 'note' || inline.type === 'object')
    return { type: INLINE_ATOM_NODE, attrs: { inline: copy(inline) } };
  const node: JSONContent = { type: 'text', text: inline.text };
  if (inline.marks && inline.marks.length > 0)
    node.marks = sortMarks(inline.marks).map((mark) => ({ type: mark }));
  return node;
}

function paragraphOf(inlines: readonly Inline[]): JSONContent {
  const node: JSONContent = { type: 'paragraph' };
  if (inlines.length > 0) node.content = inlines.map(inlineToTiptap);
  return node;
}

function blockToTiptap(block: Block): JSONContent {
  switch (block.type) {
    case 'paragraph':
      return paragraphOf(block.content);
    case 'list':
      return {
        type: block.ordered ? 'orderedList' : 'bulletList',
        content: block.items.map((item) => ({
          type: 'listItem',
          attrs: { level: item.level ?? 0 },
          content: [paragraphOf(item.content)],
        })),
      };
    case 'table':
      return {
        type: TABLE_NODE,
        attrs: { role: block.role, headerRow: block.headerRow, rows: copy(block.rows) },
      };
    case 'box':
      return { type: BOX_NODE, attrs: { block: copy(block) } };
  }
}

/**
 * A clause body as the editor's document. ProseMirror needs at least one block, so an empty
 * body becomes one empty paragraph (and comes back as an empty body).
 */
export function blocksToTiptap(blocks: readonly Block[]): JSONContent {
  const content = blocks.map(blockToTiptap);
  return { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] };
}

function marksOf(node: JSONContent): Mark[] {
  const marks = (node.marks ?? []).map((mark) => mark.type).filter((type) => MARK_SET.has(type));
  return sortMarks(marks as Mark[]);
}

function sameMarks(a: readonly Mark[] | undefined, b: readonly Mark[] | undefined): boolean {
  const x = a ?? [];
  const y = b ?? [];
  return x.length === y.length && x.every((mark, i) => mark === y[i]);
}

/** Appends text, merging with the previous text run when the marks match (as ProseMirror does). */
function pushText(out: Inline[], text: string, marks: Mark[]): void {
  if (text.length === 0) return;
  const last = out[out.length - 1];
  if (last && last.type === 'text' && sameMarks(last.marks, marks)) {
    last.text += text;
    return;
  }
  out.push(marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text });
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Inline content of a node, flattening anything our model has no place for into plain text. */
function collectInlines(nodes: readonly JSONContent[] | undefined, out: Inline[]): Inline[] {
  for (const node of nodes ?? []) {
    if (node.type === 'text') pushText(out, node.text ?? '', marksOf(node));
    else if (node.type === TERM_NODE) {
      const termId = node.attrs?.termId;
      if (typeof termId !== 'string' || termId.length === 0) continue;
      const term: Inline = { type: 'term', termId };
      const text = node.attrs?.text;
      if (typeof text === 'string' && text.length > 0) term.text = text;
      const marks = node.attrs?.marks;
      if (Array.isArray(marks)) {
        const known = sortMarks(marks.filter((mark): mark is Mark => MARK_SET.has(mark)));
        if (known.length > 0) term.marks = known;
      }
      out.push(term);
    } else if (node.type === INLINE_ATOM_NODE) {
      const inline = node.attrs?.inline;
      // Kept whole from the stored document; the schema check on save refuses anything malformed.
      if (isRecord(inline) && (inline.type === 'note' || inline.type === 'object'))
        out.push(copy(inline) as unknown as Inline);
    }
    // Our editor has no line break of its own; a pasted one reads as a space.
    else if (node.type === 'hardBreak') pushText(out, ' ', []);
    else collectInlines(node.content, out);
  }
  return out;
}

function isTableRows(value: unknown): value is Extract<Block, { type: 'table' }>['rows'] {
  return Array.isArray(value) && value.every((row) => isRecord(row) && Array.isArray(row.cells));
}

const TABLE_ROLES = new Set<TableRole>(['service-levels', 'service-credits', 'generic']);

/** Items of a list node; a nested list becomes following items one level deeper. */
function listItems(list: JSONContent, out: ListItem[], depth: number): ListItem[] {
  for (const item of list.content ?? []) {
    const inlines: Inline[] = [];
    const nested: JSONContent[] = [];
    for (const child of item.content ?? []) {
      if (child.type === 'bulletList' || child.type === 'orderedList') nested.push(child);
      else {
        if (inlines.length > 0) pushText(inlines, ' ', []);
        collectInlines(child.content, inlines);
      }
    }
    const stored = Number(item.attrs?.level ?? 0);
    const level = Math.min(8, Math.max(depth, Number.isInteger(stored) ? stored : 0));
    out.push(level > 0 ? { content: inlines, level } : { content: inlines });
    for (const sub of nested) listItems(sub, out, depth + 1);
  }
  return out;
}

function tiptapToBlock(node: JSONContent, out: Block[]): void {
  switch (node.type) {
    case 'bulletList':
    case 'orderedList':
      out.push({ type: 'list', ordered: node.type === 'orderedList', items: listItems(node, [], 0) });
      return;
    case TABLE_NODE: {
      const { role, headerRow, rows } = node.attrs ?? {};
      if (!isTableRows(rows)) return;
      out.push({
        type: 'table',
        role: TABLE_ROLES.has(role) ? role : 'generic',
        headerRow: headerRow === true,
        rows: copy(rows),
      });
      return;
    }
    case BOX_NODE: {
      const block = node.attrs?.block;
      if (isRecord(block) && block.type === 'box' && Array.isArray(block.blocks))
        out.push(copy(block) as unknown as Block);
      return;
    }
    case 'blockquote':
      for (const child of node.content ?? []) tiptapToBlock(child, out);
      return;
    default:
      // paragraph, and anything paragraph-like pasted in (headings, code) keeps its words
      out.push({ type: 'paragraph', content: collectInlines(node.content, []) });
  }
}

/** The editor's document as a clause body; see {@link blocksToTiptap} for the empty case. */
export function tiptapToBlocks(doc: JSONContent): Block[] {
  const out: Block[] = [];
  for (const node of doc.content ?? []) tiptapToBlock(node, out);
  const only = out[0];
  if (out.length === 1 && only?.type === 'paragraph' && only.content.length === 0) return [];
  return out;
}
