import { mapInlineRuns, type Inline, type SlaDocument } from '../../model/document';
import { hasOrigins, viewDocument, type View } from '../../model/views';
import type { Term } from '../../model/term';
import { readValueLike } from '../readTermValue';

/**
 * One view of a received document (Accept All or Reject All of their tracked changes) with each
 * term's value as that view's text shows it: a tracked "99.9 → 99.95" reads 99.95 accepted and
 * 99.9 original. A term whose text the view does not show keeps the document's value.
 */
export function viewWithTerms(doc: SlaDocument, view: View): SlaDocument {
  const viewed = viewDocument(doc, view);
  const byId = new Map(doc.terms.map((term) => [term.id, term]));
  const read = new Map<string, Term>();
  const visit = (inlines: readonly Inline[]) => {
    let i = 0;
    while (i < inlines.length) {
      const inline = inlines[i]!;
      if (inline.type === 'note') forEachBlockInlines(inline.body, visit);
      if (inline.type !== 'term' || inline.text === undefined) {
        i += 1;
        continue;
      }
      // Adjacent pieces of one annotation (split by origin or marks) are one value.
      let text = '';
      let j = i;
      for (; j < inlines.length; j++) {
        const next = inlines[j]!;
        if (next.type !== 'term' || next.termId !== inline.termId || next.text === undefined) break;
        text += next.text;
      }
      i = j;
      const term = byId.get(inline.termId);
      if (!term || read.has(term.id)) continue;
      if (term.kind === 'text' || term.kind === 'choice') {
        const value = text.trim();
        if (value && (term.kind === 'text' || term.options.includes(value)))
          read.set(term.id, { ...term, value });
        continue;
      }
      const match = readValueLike(term, text, viewed.language, 0, false);
      if (match) read.set(term.id, match.term);
    }
  };
  for (const clause of viewed.clauses) {
    if (clause.headingContent) visit(clause.headingContent);
    forEachBlockInlines(clause.body, visit);
  }
  const joined: SlaDocument = {
    ...viewed,
    clauses: viewed.clauses.map((clause) => ({
      ...clause,
      body: mapInlineRuns(clause.body, joinAnnotations),
      ...(clause.headingContent ? { headingContent: joinAnnotations(clause.headingContent) } : {}),
    })),
  };
  if (read.size === 0) return joined;
  return { ...joined, terms: viewed.terms.map((term) => read.get(term.id) ?? term) };
}

/** Adjacent pieces of one annotation become one term inline (with the first piece's marks). */
function joinAnnotations(inlines: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    const last = out[out.length - 1];
    if (
      inline.type === 'term' &&
      last?.type === 'term' &&
      last.termId === inline.termId &&
      last.text !== undefined &&
      inline.text !== undefined &&
      last.text.length + inline.text.length <= 200_000
    )
      out[out.length - 1] = { ...last, text: last.text + inline.text };
    else out.push(inline);
  }
  return out;
}

/** Calls `visit` once per run of inlines (paragraph, list item, cell paragraph, note body …). */
function forEachBlockInlines(
  blocks: SlaDocument['clauses'][number]['body'],
  visit: (inlines: readonly Inline[]) => void,
) {
  for (const block of blocks) {
    if (block.type === 'paragraph') visit(block.content);
    else if (block.type === 'list') for (const item of block.items) visit(item.content);
    else if (block.type === 'table')
      for (const row of block.rows) for (const cell of row.cells) forEachBlockInlines(cell.content, visit);
    else forEachBlockInlines(block.blocks, visit);
  }
}

/**
 * The document as the old engine and exporter can take it: a received document (with origins) as
 * accepted, ours as it is. Only for callers that have not yet moved to the change tree (issue 8).
 */
export function acceptedView(doc: SlaDocument): SlaDocument {
  return hasOrigins(doc) ? viewWithTerms(doc, 'accepted') : doc;
}
