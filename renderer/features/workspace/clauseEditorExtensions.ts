import { Extension, Mark, Node, mergeAttributes, type Extensions } from '@tiptap/core';
import { ReactNodeViewRenderer } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { CommentHighlights } from '../comments/commentHighlights';
import { BoxAtom, InlineAtom } from './DocumentAtoms';
import { TermChip } from './TermChip';
import { TableBlock } from './TableBlock';
import { BOX_NODE, INLINE_ATOM_NODE, TABLE_NODE, TERM_NODE } from './tiptapBlocks';

/**
 * A term reference inside running text. An atom: its value is edited in the term panel, never by
 * typing into the chip; it can be deleted like a single character.
 */
export const TermNode = Node.create({
  name: TERM_NODE,
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,
  addAttributes() {
    return {
      termId: {
        default: null,
        parseHTML: (element: HTMLElement) => element.getAttribute('data-term-id'),
        renderHTML: (attributes: { termId?: string | null }) => ({ 'data-term-id': attributes.termId }),
      },
      // The characters the term covers when it annotates text as the counterparty wrote it.
      text: { default: null, rendered: false },
      marks: { default: null, rendered: false },
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-term-id]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes, { 'data-type': TERM_NODE })];
  },
  renderText({ node }) {
    return `[${String(node.attrs.termId)}]`;
  },
  addNodeView() {
    return ReactNodeViewRenderer(TermChip, { as: 'span', className: 'ws-chip-host' });
  },
});

/** A table block (service levels, service credits …); shown read-only inside the clause. */
export const TableNode = Node.create({
  name: TABLE_NODE,
  group: 'block',
  atom: true,
  selectable: true,
  draggable: false,
  addAttributes() {
    return {
      role: { default: 'generic' },
      headerRow: { default: false },
      rows: {
        default: [],
        parseHTML: (element: HTMLElement) => {
          try {
            return JSON.parse(element.getAttribute('data-rows') ?? '[]') as unknown;
          } catch {
            return [];
          }
        },
        renderHTML: (attributes: { rows?: unknown }) => ({ 'data-rows': JSON.stringify(attributes.rows) }),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'div[data-sla-table]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-sla-table': '' })];
  },
  addNodeView() {
    return ReactNodeViewRenderer(TableBlock);
  },
});

/** A JSON attribute kept as it came from the block model (never parsed from pasted HTML). */
const jsonAttribute = (name: string) => ({ [name]: { default: null, rendered: false } });

/** A footnote or object inside running text, kept whole; its content is not edited here. */
export const InlineAtomNode = Node.create({
  name: INLINE_ATOM_NODE,
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,
  addAttributes: () => jsonAttribute('inline'),
  parseHTML: () => [],
  renderHTML: ({ HTMLAttributes }) => ['span', mergeAttributes(HTMLAttributes, { 'data-sla-inline': '' })],
  addNodeView() {
    return ReactNodeViewRenderer(InlineAtom, { as: 'span' });
  },
});

/** A text box of a received document, kept whole and shown read-only. */
export const BoxNode = Node.create({
  name: BOX_NODE,
  group: 'block',
  atom: true,
  selectable: true,
  draggable: false,
  addAttributes: () => jsonAttribute('block'),
  parseHTML: () => [],
  renderHTML: ({ HTMLAttributes }) => ['div', mergeAttributes(HTMLAttributes, { 'data-sla-box': '' })],
  addNodeView() {
    return ReactNodeViewRenderer(BoxAtom);
  },
});

/** Marks of the block model that TipTap's starter kit does not bring (shown, kept, not toggled by keys). */
const simpleMark = (name: string, tag: string, attributes: Record<string, string> = {}) =>
  Mark.create({
    name,
    parseHTML: () => [{ tag: Object.keys(attributes).length ? `${tag}[data-${name}]` : tag }],
    renderHTML: ({ HTMLAttributes }) => [tag, mergeAttributes(HTMLAttributes, attributes), 0],
  });

/** A list item remembers its nesting level (received documents); the editor shows lists flat. */
const ListItemLevel = Extension.create({
  name: 'listItemLevel',
  addGlobalAttributes: () => [
    { types: ['listItem'], attributes: { level: { default: 0, rendered: false } } },
  ],
});

/** Only what the block model can hold: paragraphs, lists, marks, terms, footnotes, objects, tables, boxes. */
export const clauseEditorExtensions: Extensions = [
  StarterKit.configure({
    heading: false,
    blockquote: false,
    codeBlock: false,
    code: false,
    strike: {},
    horizontalRule: false,
    link: false,
    hardBreak: false,
    // A trailing empty paragraph would be saved into every clause that ends with a table.
    trailingNode: false,
    dropcursor: false,
  }),
  ListItemLevel,
  simpleMark('superscript', 'sup'),
  simpleMark('subscript', 'sub'),
  simpleMark('hidden', 'span', { 'data-hidden': '', class: 'ws-mark-hidden' }),
  TermNode,
  TableNode,
  InlineAtomNode,
  BoxNode,
  CommentHighlights,
];
