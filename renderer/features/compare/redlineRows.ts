import type { ChangeTree, ClauseNode, PartNode, TextNode } from '../../../shared/redline';
import { forEachSpan, treeChangeIds } from '../../../shared/redline/treeWalk';

/**
 * One row of the windowed redline (issue 12 §4): the title and parties line when they changed,
 * each aligned clause, each header or footer. Inline and side by side have the same rows.
 */
export type RedlineRow =
  | { type: 'front'; key: string }
  | { type: 'clause'; key: string; clause: ClauseNode }
  | { type: 'part'; key: string; part: PartNode };

export interface RedlineRows {
  rows: RedlineRow[];
  /** Change id → the row that shows it, so Next Change can scroll a row in that is not drawn yet. */
  rowOfChange: ReadonlyMap<string, number>;
  /** Characters of text per row: what the height of a row not yet drawn is estimated from. */
  chars: readonly number[];
}

const NO_TEXT: TextNode = { type: 'text', a: null, b: null, aSpan: 0, bSpan: 0, spans: [] };

type Walkable = Pick<ChangeTree, 'front' | 'clauses' | 'parts' | 'termChangeIds'>;

/** The tree cut down to one row, for the tree's own walkers (the ids and spans it carries). */
export function rowTree(tree: ChangeTree, row: RedlineRow): Walkable {
  return {
    front: row.type === 'front' ? tree.front : { title: NO_TEXT, parties: NO_TEXT },
    clauses: row.type === 'clause' ? [row.clause] : [],
    parts: row.type === 'part' ? [row.part] : [],
    termChangeIds: {},
  };
}

/**
 * The redline's rows with where each change is. A change no row carries an id of (a term whose
 * definition changed) is found by its clause. Linear in the size of the tree.
 */
export function redlineRows(tree: ChangeTree): RedlineRows {
  const rows: RedlineRow[] = [];
  if (tree.front.titleChangeId || tree.front.partiesChangeId) rows.push({ type: 'front', key: 'front' });
  for (const clause of tree.clauses) rows.push({ type: 'clause', key: clause.key, clause });
  for (const part of tree.parts)
    rows.push({ type: 'part', key: `${part.section}-${part.kind}-${part.variant}`, part });

  const rowOfChange = new Map<string, number>();
  const rowOfClause = new Map<string, number>();
  const chars: number[] = [];
  rows.forEach((row, index) => {
    const walkable = rowTree(tree, row);
    for (const id of treeChangeIds(walkable as ChangeTree))
      if (!rowOfChange.has(id)) rowOfChange.set(id, index);
    let count = 0;
    forEachSpan(walkable, (span) => (count += span.text.length));
    chars.push(count);
    if (row.type === 'clause') {
      for (const side of [row.clause.a, row.clause.b])
        if (side && !rowOfClause.has(side.clause.id)) rowOfClause.set(side.clause.id, index);
    }
  });
  for (const change of tree.changes) {
    if (rowOfChange.has(change.id)) continue;
    const row = change.clauseId ? rowOfClause.get(change.clauseId) : undefined;
    if (row !== undefined) rowOfChange.set(change.id, row);
  }
  return { rows, rowOfChange, chars };
}

/**
 * A row's height before it is drawn and measured, in pixels: a heading and the text's lines at the
 * column's width. Only a first guess — every drawn row is measured — but a close one keeps the
 * scroll bar steady and lands Next Change near its row on the first try.
 */
export function estimateRowHeight(chars: number, mode: 'inline' | 'side-by-side'): number {
  const [charsPerLine, lineHeight] = mode === 'inline' ? [85, 24] : [48, 22];
  return 44 + Math.ceil(chars / charsPerLine) * lineHeight;
}
