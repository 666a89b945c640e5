import type { Block, Inline, Origin, Revision, SlaDocument } from '../../model/document';

/**
 * One tracked edit of a received document as its file records it: adjacent tracked pieces of one
 * paragraph (a deletion followed by an insertion is one replacement), with their own revisions'
 * authors and dates. Read from the origins in the document, never by comparing texts.
 */
export interface TrackedEdit {
  /** Clause id; '' for the opening lines, headers and footers. */
  clauseId: string;
  where: 'body' | 'front' | 'header' | 'footer';
  /** Deleted (or moved away) text and inserted (or moved here) text, as written. */
  before: string;
  after: string;
  /** Only the formatting changed (`w:rPrChange`). */
  formatting: boolean;
  revisions: (Revision & { type: Origin['type'] | 'format' })[];
}

function editsOfInlines(
  inlines: readonly Inline[],
  clauseId: string,
  where: TrackedEdit['where'],
  out: TrackedEdit[],
) {
  let current: TrackedEdit | null = null;
  const note = (edit: TrackedEdit, revision: TrackedEdit['revisions'][number]) => {
    if (
      !edit.revisions.some(
        (r) => r.type === revision.type && r.id === revision.id && r.author === revision.author,
      )
    )
      edit.revisions.push(revision);
  };
  for (const inline of inlines) {
    if (inline.type === 'note') {
      current = null;
      editsOfBlocks(inline.body, clauseId, where, out);
      continue;
    }
    const origin = inline.origin;
    const formatChange = inline.type !== 'object' ? inline.formatChange : undefined;
    if (!origin && !formatChange) {
      current = null;
      continue;
    }
    current ??= (() => {
      const edit: TrackedEdit = { clauseId, where, before: '', after: '', formatting: true, revisions: [] };
      out.push(edit);
      return edit;
    })();
    const text = inline.type === 'text' || inline.type === 'term' ? (inline.text ?? '') : '';
    if (origin) {
      current.formatting = false;
      if (origin.type === 'del' || origin.type === 'moveFrom') current.before += text;
      else current.after += text;
      note(current, { ...origin });
    }
    if (formatChange) {
      if (!origin) {
        current.before += text;
        current.after += text;
      }
      const { marks: _marks, ...revision } = formatChange;
      note(current, { ...revision, type: 'format' });
    }
  }
}

function editsOfBlocks(
  blocks: readonly Block[],
  clauseId: string,
  where: TrackedEdit['where'],
  out: TrackedEdit[],
) {
  for (const block of blocks) {
    if (block.type === 'paragraph') editsOfInlines(block.content, clauseId, where, out);
    else if (block.type === 'list')
      for (const item of block.items) editsOfInlines(item.content, clauseId, where, out);
    else if (block.type === 'table')
      for (const row of block.rows)
        for (const cell of row.cells) editsOfBlocks(cell.content, clauseId, where, out);
    else editsOfBlocks(block.blocks, clauseId, where, out);
  }
}

/** Every tracked edit of the document in reading order: opening lines, clauses, headers and footers. */
export function trackedEditsOf(doc: SlaDocument): TrackedEdit[] {
  const out: TrackedEdit[] = [];
  for (const line of [doc.front?.title, doc.front?.parties]) if (line) editsOfInlines(line, '', 'front', out);
  for (const clause of doc.clauses) {
    if (clause.headingContent) editsOfInlines(clause.headingContent, clause.id, 'body', out);
    editsOfBlocks(clause.body, clause.id, 'body', out);
  }
  for (const part of doc.pageParts ?? []) editsOfBlocks(part.blocks, '', part.kind, out);
  return out;
}
