import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { AnchorHit, AnchorPoint, AnchorRun, ShownText } from '../../../shared/comments/textAnchor';
import type { Inline } from '../../../shared/model';
import { TERM_NODE } from '../workspace/tiptapBlocks';

/**
 * Between the clause editor's positions and the anchor rule's runs (shared/comments/textAnchor.ts).
 * The editor shows a clause's paragraphs and list items as text blocks, in the order of the runs
 * that are `inEditor`; tables and boxes are atoms there. A text block is used only while its text
 * is the run's text, so a run a keystroke behind the editor is never mapped wrongly.
 */

interface Piece {
  /** Position of the child in the editor's document. */
  pos: number;
  size: number;
  /** Offset of its text in the block's text, and how many characters it shows. */
  start: number;
  length: number;
  text: boolean;
}

export interface EditorBlock {
  /** Positions of the block's content. */
  from: number;
  to: number;
  text: string;
  pieces: Piece[];
}

function termInline(node: ProseMirrorNode): Inline {
  const { termId, text } = node.attrs as { termId?: unknown; text?: unknown };
  return {
    type: 'term',
    termId: typeof termId === 'string' ? termId : '',
    ...(typeof text === 'string' && text ? { text } : {}),
  };
}

/** The editor's text blocks with the text each shows, terms as shown, footnotes and objects as nothing. */
export function editorBlocks(doc: ProseMirrorNode, shown: ShownText): EditorBlock[] {
  const blocks: EditorBlock[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    let text = '';
    const pieces: Piece[] = [];
    node.forEach((child, offset) => {
      const part = child.isText
        ? (child.text ?? '')
        : child.type.name === TERM_NODE
          ? shown(termInline(child))
          : '';
      pieces.push({
        pos: pos + 1 + offset,
        size: child.nodeSize,
        start: text.length,
        length: part.length,
        text: child.isText,
      });
      text += part;
    });
    blocks.push({ from: pos + 1, to: pos + 1 + node.content.size, text, pieces });
    return false;
  });
  return blocks;
}

/** Run index → editor block index, for the runs the editor shows as text. */
function editorIndexOf(runs: readonly AnchorRun[], run: number): number {
  let index = 0;
  for (let i = 0; i < run; i++) if (runs[i]!.inEditor) index += 1;
  return index;
}

function runIndexOf(runs: readonly AnchorRun[], block: number): number {
  let seen = -1;
  for (let i = 0; i < runs.length; i++) if (runs[i]!.inEditor && ++seen === block) return i;
  return -1;
}

function positionAt(block: EditorBlock, offset: number, side: 'start' | 'end'): number {
  for (const piece of block.pieces) {
    if (piece.length === 0) continue;
    const end = piece.start + piece.length;
    const inside =
      side === 'start' ? offset >= piece.start && offset < end : offset > piece.start && offset <= end;
    if (!inside) continue;
    // An edge inside a term moves to its border, as in the Word file.
    if (!piece.text) return side === 'start' ? piece.pos : piece.pos + piece.size;
    return piece.pos + (offset - piece.start);
  }
  return side === 'start' ? block.from : block.to;
}

/** The editor range of a found anchor, or null when its run is not (or not yet) the editor's text. */
export function editorRangeOf(
  blocks: readonly EditorBlock[],
  runs: readonly AnchorRun[],
  hit: AnchorHit,
): { from: number; to: number } | null {
  const run = runs[hit.run];
  const block = run?.inEditor ? blocks[editorIndexOf(runs, hit.run)] : undefined;
  if (!run || !block || block.text !== run.text) return null;
  const from = positionAt(block, hit.start, 'start');
  const to = positionAt(block, hit.end, 'end');
  return to > from ? { from, to } : null;
}

function offsetAt(block: EditorBlock, pos: number): number {
  for (const piece of block.pieces) {
    if (pos <= piece.pos) return piece.start;
    if (pos < piece.pos + piece.size) return piece.text ? piece.start + (pos - piece.pos) : piece.start;
  }
  return block.text.length;
}

/**
 * An editor selection as points of the runs: its start in the first text block it touches, its end
 * in the last. Null when it touches no text block the runs know (or the runs are behind the editor).
 */
export function anchorPointsOf(
  blocks: readonly EditorBlock[],
  runs: readonly AnchorRun[],
  from: number,
  to: number,
): [AnchorPoint, AnchorPoint] | null {
  const first = blocks.findIndex((block) => block.to >= from);
  let last = -1;
  blocks.forEach((block, index) => {
    if (block.from <= to) last = index;
  });
  if (first < 0 || last < first) return null;
  const point = (index: number, offset: number): AnchorPoint | null => {
    const run = runIndexOf(runs, index);
    return run >= 0 && runs[run]!.text === blocks[index]!.text ? { run, offset } : null;
  };
  const a = point(first, from < blocks[first]!.from ? 0 : offsetAt(blocks[first]!, from));
  const lastBlock = blocks[last]!;
  const b = point(last, to > lastBlock.to ? lastBlock.text.length : offsetAt(lastBlock, to));
  return a && b ? [a, b] : null;
}
