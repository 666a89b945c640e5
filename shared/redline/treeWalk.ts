import type { BlockNode, ChangeTree, Span } from './changeTree';

/** Every span of the tree in document order: front, clause headings and bodies, notes, parts. */
export function forEachSpan(
  tree: Pick<ChangeTree, 'front' | 'clauses' | 'parts'>,
  visit: (span: Span) => void,
): void {
  const spans = (list: readonly Span[]) => {
    for (const span of list) {
      visit(span);
      if (span.note) blocks(span.note.blocks);
    }
  };
  const blocks = (nodes: readonly BlockNode[]) => {
    for (const node of nodes) {
      if (node.type === 'text') spans(node.spans);
      else if (node.type === 'list') for (const item of node.items) spans(item.spans);
      else if (node.type === 'table')
        for (const row of node.rows) for (const cell of row.cells) blocks(cell.blocks);
      else blocks(node.blocks);
    }
  };
  spans(tree.front.title.spans);
  spans(tree.front.parties.spans);
  for (const clause of tree.clauses) {
    spans(clause.heading);
    blocks(clause.blocks);
  }
  for (const part of tree.parts) blocks(part.blocks);
}

/**
 * Every change id the tree's nodes and spans carry: what `applyDecisions` and `redlineDocument`
 * read. For a well-formed tree it is exactly the ids of `tree.changes`.
 */
export function treeChangeIds(tree: ChangeTree): Set<string> {
  const ids = new Set<string>();
  const add = (id: string | undefined) => {
    if (id) ids.add(id);
  };
  forEachSpan(tree, (span) => add(span.changeId));
  const blocks = (nodes: readonly BlockNode[]) => {
    for (const node of nodes) {
      add(node.changeId);
      if (node.type === 'text') add(node.levelChangeId);
      else if (node.type === 'list') {
        add(node.propsChangeId);
        for (const item of node.items) {
          add(item.changeId);
          add(item.levelChangeId);
        }
      } else if (node.type === 'table') {
        add(node.propsChangeId);
        for (const row of node.rows) {
          add(row.changeId);
          add(row.structureChangeId);
          for (const cell of row.cells) blocks(cell.blocks);
        }
      } else blocks(node.blocks);
    }
  };
  const noteBlocks = (spans: readonly Span[]) => {
    for (const span of spans) if (span.note) blocks(span.note.blocks);
  };
  add(tree.front.titleChangeId);
  add(tree.front.partiesChangeId);
  for (const clause of tree.clauses) {
    add(clause.changeId);
    add(clause.moveChangeId);
    add(clause.headingChangeId);
    add(clause.labelChangeId);
    noteBlocks(clause.heading);
    blocks(clause.blocks);
  }
  for (const part of tree.parts) {
    add(part.changeId);
    blocks(part.blocks);
  }
  for (const id of Object.values(tree.termChangeIds)) add(id);
  return ids;
}
