import type { Block, Clause, Inline, SlaDocument } from '../../model/document';
import { viewWithTerms } from './viewWithTerms';

function ourInlines(inlines: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    if (inline.type === 'term') {
      const { text: _text, ...reference } = inline;
      const last = out[out.length - 1];
      // One annotation split by origin or marks is one reference in our text.
      if (last?.type === 'term' && last.termId === reference.termId) continue;
      out.push(reference);
    } else if (inline.type === 'note') out.push({ ...inline, body: ourBlocks(inline.body) });
    else out.push(inline);
  }
  return out;
}

function ourBlocks(blocks: readonly Block[]): Block[] {
  return blocks.map((block): Block => {
    if (block.type === 'paragraph') return { type: 'paragraph', content: ourInlines(block.content) };
    if (block.type === 'list')
      return {
        type: 'list',
        ordered: block.ordered,
        items: block.items.map((item) => ({
          content: ourInlines(item.content),
          ...(item.level ? { level: item.level } : {}),
        })),
      };
    if (block.type === 'table')
      return {
        ...block,
        rows: block.rows.map((row) => ({
          cells: row.cells.map((cell) => ({ ...cell, content: ourBlocks(cell.content) })),
        })),
      };
    return { type: 'box', blocks: ourBlocks(block.blocks) };
  });
}

/**
 * A received document as ours (for continuing our draft from a file we sent outside the app):
 * their tracked changes accepted, terms shown from their values, clause and list numbers derived
 * again, their opening lines, headers and footers left to our export.
 */
export function ourDocumentFrom(received: SlaDocument): SlaDocument {
  const accepted = viewWithTerms(received, 'accepted');
  const clauses = accepted.clauses.map((clause): Clause => {
    const { label: _label, headingContent: _heading, ...rest } = clause;
    return { ...rest, body: ourBlocks(clause.body) };
  });
  const { front: _front, pageParts: _pageParts, ...rest } = accepted;
  return { ...rest, clauses };
}
