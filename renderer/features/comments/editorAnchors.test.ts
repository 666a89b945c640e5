import { getSchema } from '@tiptap/core';
import { Node } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import {
  anchorFromSelection,
  anchorRuns,
  locateAnchor,
  shownTextOf,
} from '../../../shared/comments/textAnchor';
import type { Block, Term } from '../../../shared/model';
import { clauseEditorExtensions } from '../workspace/clauseEditorExtensions';
import { blocksToTiptap } from '../workspace/tiptapBlocks';
import { anchorPointsOf, editorBlocks, editorRangeOf } from './editorAnchors';

const availability: Term = {
  id: 'availability',
  label: 'Availability',
  favours: 'higher',
  kind: 'percent',
  value: 99.9,
};
const shown = shownTextOf(new Map([[availability.id, availability]]), 'en');
const schema = getSchema(clauseEditorExtensions);

const body: Block[] = [
  {
    type: 'table',
    role: 'generic',
    headerRow: false,
    rows: [
      { cells: [{ content: [{ type: 'paragraph', content: [{ type: 'text', text: 'service desk' }] }] }] },
    ],
  },
  {
    type: 'paragraph',
    content: [
      { type: 'text', text: 'Available ' },
      { type: 'term', termId: 'availability' },
      { type: 'text', text: ' a month. The service desk answers.', marks: ['bold'] },
    ],
  },
  {
    type: 'list',
    ordered: true,
    items: [{ content: [{ type: 'text', text: 'The service desk is staffed.' }] }],
  },
];
const editorDoc = () => Node.fromJSON(schema, blocksToTiptap(body));

describe('the clause editor and the anchor rule', () => {
  it('marks in the editor exactly the words an anchor finds, past a table the editor holds as one piece', () => {
    const doc = editorDoc();
    const runs = anchorRuns(body, shown);
    const blocks = editorBlocks(doc, shown);
    expect(blocks.map((block) => block.text)).toEqual(
      runs.filter((run) => run.inEditor).map((run) => run.text),
    );
    // The first copy is in the table; the one in the list is the third.
    const hit = locateAnchor(runs, { quote: 'service desk', occurrence: 2 })!;
    const range = editorRangeOf(blocks, runs, hit)!;
    expect(doc.textBetween(range.from, range.to)).toBe('service desk');
    expect(doc.resolve(range.from).parent.textContent).toContain('The service desk is staffed.');
  });

  it('turns an editor selection into the anchor of its words, a term counted as it is shown', () => {
    const doc = editorDoc();
    const runs = anchorRuns(body, shown);
    const blocks = editorBlocks(doc, shown);
    const paragraph = blocks[0]!;
    // From the start of the paragraph to just after the term.
    const afterTerm = paragraph.pieces[1]!.pos + 1;
    const points = anchorPointsOf(blocks, runs, paragraph.from, afterTerm)!;
    expect(anchorFromSelection(runs, ...points)).toMatchObject({ quote: 'Available 99.9%', occurrence: 0 });
    const at = paragraph.text.indexOf('The service desk');
    const from = paragraph.pieces[2]!.pos + (at - paragraph.pieces[2]!.start);
    const words = anchorFromSelection(runs, ...anchorPointsOf(blocks, runs, from, from + 16)!)!;
    expect(words).toMatchObject({ quote: 'The service desk', occurrence: 0, suffix: ' answers.' });
    expect(editorRangeOf(blocks, runs, locateAnchor(runs, words)!)).toEqual({ from, to: from + 16 });
  });

  it('marks nothing while the anchor rule read a text the editor no longer shows', () => {
    const runs = anchorRuns(body, shown);
    const hit = locateAnchor(runs, { quote: 'staffed' })!;
    const typed = Node.fromJSON(
      schema,
      blocksToTiptap([
        body[0]!,
        body[1]!,
        { type: 'list', ordered: true, items: [{ content: [{ type: 'text', text: 'Staffed 24/7.' }] }] },
      ]),
    );
    expect(editorRangeOf(editorBlocks(typed, shown), runs, hit)).toBeNull();
  });
});
