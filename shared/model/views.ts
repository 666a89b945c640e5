import type { Block, Clause, Inline, ListItem, Origin, Paragraph, SlaDocument, TableRow } from './document';

/**
 * A received document keeps the counterparty's tracked changes in place (every inline with its
 * origin). Two views are derived from it, as Word's "Accept All" and "Reject All" would show it:
 * `accepted` (what they propose) and `original` (the text before their tracked edits). Views carry no
 * origins. A document without origins (ours) is its own view in both modes.
 */
export type View = 'accepted' | 'original';

export function isRemovedIn(view: View, origin: Origin | undefined): boolean {
  if (!origin) return false;
  const deleted = origin.type === 'del' || origin.type === 'moveFrom';
  return view === 'accepted' ? deleted : !deleted;
}

/** Whether anything of the document came from a tracked revision. */
export function hasOrigins(doc: SlaDocument): boolean {
  let found = false;
  const check = (blocks: readonly Block[]) => {
    for (const block of blocks) {
      if (found) return;
      if (block.type === 'paragraph') {
        if (block.mark || inlinesHaveOrigins(block.content)) found = true;
      } else if (block.type === 'list') {
        if (block.items.some((item) => item.mark || inlinesHaveOrigins(item.content))) found = true;
      } else if (block.type === 'table') {
        for (const row of block.rows) {
          if (row.origin) found = true;
          for (const cell of row.cells) check(cell.content);
        }
      } else if (block.origin) found = true;
      else check(block.blocks);
    }
  };
  const inlinesHaveOrigins = (inlines: readonly Inline[]): boolean =>
    inlines.some(
      (inline) =>
        inline.origin !== undefined ||
        ('formatChange' in inline && inline.formatChange !== undefined) ||
        (inline.type === 'note' && (check(inline.body), found)),
    );
  for (const clause of doc.clauses) {
    if (clause.headingContent && inlinesHaveOrigins(clause.headingContent)) return true;
    check(clause.body);
    if (found) return true;
  }
  for (const line of [doc.front?.title, doc.front?.parties])
    if (line && inlinesHaveOrigins(line)) return true;
  for (const part of doc.pageParts ?? []) check(part.blocks);
  return found;
}

/** The inlines of one view: removed pieces dropped, origins gone, formatting as before/after. */
export function viewInlines(inlines: readonly Inline[], view: View): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    if (isRemovedIn(view, inline.origin)) continue;
    if (inline.type === 'note') {
      out.push({ type: 'note', note: inline.note, body: viewBlocks(inline.body, view) });
      continue;
    }
    if (inline.type === 'object') {
      const { origin: _origin, ...rest } = inline;
      out.push(rest);
      continue;
    }
    const { origin: _origin, formatChange, ...rest } = inline;
    const marks = view === 'original' && formatChange ? formatChange.marks : rest.marks;
    const next = { ...rest } as typeof rest;
    if (marks && marks.length > 0) next.marks = [...marks];
    else delete next.marks;
    const last = out[out.length - 1];
    // Pieces split only by their origin join again, as the view shows them as one run.
    if (
      next.type === 'text' &&
      last?.type === 'text' &&
      (last.marks ?? []).join() === (next.marks ?? []).join()
    )
      last.text += next.text;
    else out.push(next);
  }
  return out;
}

function joinable(origin: Origin | undefined, view: View): boolean {
  return isRemovedIn(view, origin);
}

/**
 * Blocks of one view. A paragraph (or list item) whose mark is removed in the view joins the one
 * after it, as in Word: that is how a tracked paragraph split disappears under Reject All and a
 * tracked deletion of whole paragraphs disappears under Accept All.
 */
export function viewBlocks(blocks: readonly Block[], view: View): Block[] {
  const out: Block[] = [];
  let carried: Inline[] = [];
  for (const [index, block] of blocks.entries()) {
    if (block.type === 'paragraph') {
      const content = [...carried, ...viewInlines(block.content, view)];
      carried = [];
      const next = blocks[index + 1];
      if (joinable(block.mark, view) && next?.type === 'paragraph') {
        carried = content;
        continue;
      }
      if (joinable(block.mark, view) && content.length === 0) continue;
      out.push({ type: 'paragraph', content: mergeTexts(content) } satisfies Paragraph);
      continue;
    }
    if (carried.length > 0) {
      out.push({ type: 'paragraph', content: mergeTexts(carried) });
      carried = [];
    }
    if (block.type === 'list') {
      const items: ListItem[] = [];
      let itemCarry: Inline[] = [];
      for (const [k, item] of block.items.entries()) {
        const content = [...itemCarry, ...viewInlines(item.content, view)];
        itemCarry = [];
        if (joinable(item.mark, view) && k < block.items.length - 1) {
          itemCarry = content;
          continue;
        }
        if (joinable(item.mark, view) && content.length === 0) continue;
        const { mark: _mark, ...rest } = item;
        items.push({ ...rest, content: mergeTexts(content) });
      }
      if (items.length > 0) out.push({ ...block, items });
    } else if (block.type === 'table') {
      const rows: TableRow[] = [];
      for (const row of block.rows) {
        if (isRemovedIn(view, row.origin)) continue;
        rows.push({ cells: row.cells.map((cell) => ({ ...cell, content: viewBlocks(cell.content, view) })) });
      }
      if (rows.length > 0) out.push({ ...block, rows });
    } else {
      if (isRemovedIn(view, block.origin)) continue;
      out.push({ type: 'box', blocks: viewBlocks(block.blocks, view) });
    }
  }
  if (carried.length > 0) out.push({ type: 'paragraph', content: mergeTexts(carried) });
  return out;
}

function mergeTexts(inlines: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    const last = out[out.length - 1];
    if (
      inline.type === 'text' &&
      last?.type === 'text' &&
      (last.marks ?? []).join() === (inline.marks ?? []).join()
    )
      out[out.length - 1] = { ...last, text: last.text + inline.text };
    else out.push(inline);
  }
  return out;
}

function viewClause(clause: Clause, view: View): Clause | null {
  const body = viewBlocks(clause.body, view);
  if (!clause.headingContent) return { ...clause, body };
  const headingContent = viewInlines(clause.headingContent, view);
  const heading = headingContent
    .map((inline) => (inline.type === 'text' || inline.type === 'term' ? (inline.text ?? '') : ''))
    .join('')
    .trim();
  // A clause inserted whole (tracked) is not there under Reject All, and one deleted whole is gone
  // under Accept All.
  if (!heading && body.length === 0 && clause.heading) return null;
  return { ...clause, heading, headingContent, body };
}

/** The whole document in one view (Accept All / Reject All of their tracked changes). */
export function viewDocument(doc: SlaDocument, view: View): SlaDocument {
  const next: SlaDocument = {
    ...doc,
    clauses: doc.clauses.flatMap((clause) => viewClause(clause, view) ?? []),
  };
  if (doc.front) {
    next.front = {};
    if (doc.front.title) next.front.title = viewInlines(doc.front.title, view);
    if (doc.front.parties) next.front.parties = viewInlines(doc.front.parties, view);
  }
  if (doc.pageParts)
    next.pageParts = doc.pageParts.map((part) => ({ ...part, blocks: viewBlocks(part.blocks, view) }));
  return next;
}
