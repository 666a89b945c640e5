import { Node, mergeAttributes, type Extensions } from '@tiptap/core';
import { ReactNodeViewRenderer } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { TermChip } from './TermChip';
import { TableBlock } from './TableBlock';
import { TABLE_NODE, TERM_NODE } from './tiptapBlocks';

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

/** Only what the block model can hold: paragraphs, lists, bold/italic/underline, terms and tables. */
export const clauseEditorExtensions: Extensions = [
  StarterKit.configure({
    heading: false,
    blockquote: false,
    codeBlock: false,
    code: false,
    strike: false,
    horizontalRule: false,
    link: false,
    hardBreak: false,
    // A trailing empty paragraph would be saved into every clause that ends with a table.
    trailingNode: false,
    dropcursor: false,
  }),
  TermNode,
  TableNode,
];
