import type { ChangeTree } from '../../../shared/redline';
import { forEachSpan } from '../../../shared/redline/treeWalk';
import { rowTree, type RedlineRow } from './redlineRows';

/**
 * The compare screens' own find (the browser's sees only the rows drawn in a windowed redline):
 * it looks through every row's text in the row model, drawn or not, and the screen scrolls to the
 * rows that hold the words.
 */

/**
 * Each row's text as each side reads it (the older with what was deleted, the newer with what was
 * inserted), folded for finding: "Escalation Matrix" is found where it replaced "Liability 120",
 * though the inline redline shows the four words interleaved.
 */
export function foldedRowTexts(tree: ChangeTree, rows: readonly RedlineRow[], language: string): string[] {
  return rows.map((row) => {
    let older = '';
    let newer = '';
    forEachSpan(rowTree(tree, row), (span) => {
      if (span.op !== 'insert') older += span.text;
      if (span.op !== 'delete') newer += span.text;
    });
    // The sides apart: no match runs from the end of one into the other.
    return `${fold(older, language)}\u0000${fold(newer, language)}`;
  });
}

/** Case and spacing folded: "Service  Credits" finds "service credits", whatever spaces Word wrote. */
export function fold(text: string, language: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').toLocaleLowerCase(language);
}

/** The rows whose text holds the query, in order; none for an empty query. */
export function findRows(folded: readonly string[], query: string, language: string): number[] {
  const needle = fold(query, language).trim();
  if (!needle) return [];
  const out: number[] = [];
  folded.forEach((text, index) => {
    if (text.includes(needle)) out.push(index);
  });
  return out;
}

/**
 * Where the query stands in the text drawn under `root`, as DOM ranges (for the CSS Custom
 * Highlight API: the drawn text is marked without changing its elements). Matches may span
 * elements (a word half deleted, half inserted).
 */
export function rangesOf(root: Node, query: string, language: string): Range[] {
  const needle = fold(query, language).trim();
  if (!needle || !root.ownerDocument) return [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node as Text);
    starts.push(text.length);
    // Folding keeps the length of every character but a run of spaces: fold node by node.
    text += (node.nodeValue ?? '').toLocaleLowerCase(language);
  }
  const spaced = text.replace(/[\s\u00a0\u202f]/g, ' ');
  const ranges: Range[] = [];
  const at = (offset: number): [Text, number] => {
    let index = starts.length - 1;
    while (index > 0 && starts[index]! > offset) index -= 1;
    return [nodes[index]!, offset - starts[index]!];
  };
  for (let from = spaced.indexOf(needle); from >= 0; from = spaced.indexOf(needle, from + needle.length)) {
    const range = root.ownerDocument.createRange();
    range.setStart(...at(from));
    range.setEnd(...at(from + needle.length));
    ranges.push(range);
  }
  return ranges;
}
