import { describe, expect, it } from 'vitest';
import type { Block } from '../model/document';
import type { Term } from '../model/term';
import { anchorFromSelection, anchorRuns, locateAnchor, shownTextOf, type AnchorRun } from './textAnchor';

const availability: Term = {
  id: 'availability',
  label: 'Availability',
  favours: 'higher',
  kind: 'percent',
  value: 99.9,
};

const shown = shownTextOf(new Map([[availability.id, availability]]), 'en');

const body = (): Block[] => [
  {
    type: 'paragraph',
    content: [
      { type: 'text', text: 'The service is available ' },
      { type: 'term', termId: 'availability' },
      { type: 'text', text: ' of the time. The service desk answers calls.' },
    ],
  },
  {
    type: 'list',
    ordered: false,
    items: [{ content: [{ type: 'text', text: 'The service desk is staffed.' }] }],
  },
  {
    type: 'table',
    role: 'generic',
    headerRow: false,
    rows: [
      { cells: [{ content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The service' }] }] }] },
    ],
  } as Block,
];

const textOf = (runs: readonly AnchorRun[], hit: { run: number; start: number; end: number } | null) =>
  hit ? runs[hit.run]!.text.slice(hit.start, hit.end) : null;

describe('anchorRuns', () => {
  it('reads paragraphs, list items and table cells in order, terms as shown, cells not in the editor', () => {
    const runs = anchorRuns(body(), shown);
    expect(runs.map((run) => [run.text, run.inEditor])).toEqual([
      ['The service is available 99.9% of the time. The service desk answers calls.', true],
      ['The service desk is staffed.', true],
      ['The service', false],
    ]);
  });
});

describe('anchorFromSelection', () => {
  const runs = anchorRuns(body(), shown);

  it('keeps the selected words without the spaces around them, with which copy and their surroundings', () => {
    const second = runs[0]!.text.indexOf('The service desk');
    const anchor = anchorFromSelection(
      runs,
      { run: 0, offset: second - 1 },
      { run: 0, offset: second + 'The service'.length + 1 },
    );
    expect(anchor).toEqual({
      quote: 'The service',
      occurrence: 1,
      prefix: 'is available 99.9% of the time. ',
      suffix: ' desk answers calls.',
    });
    // A backwards selection gives the same anchor.
    expect(
      anchorFromSelection(
        runs,
        { run: 0, offset: second + 'The service'.length + 1 },
        { run: 0, offset: second - 1 },
      ),
    ).toEqual(anchor);
  });

  it('counts a term by the text it shows', () => {
    const at = runs[0]!.text.indexOf('99.9%');
    const anchor = anchorFromSelection(runs, { run: 0, offset: at }, { run: 0, offset: at + 5 });
    expect(anchor?.quote).toBe('99.9%');
  });

  it('keeps the part in the first paragraph of a selection across paragraphs, and refuses only spaces', () => {
    const at = runs[0]!.text.indexOf('answers');
    expect(anchorFromSelection(runs, { run: 0, offset: at }, { run: 1, offset: 5 })?.quote).toBe(
      'answers calls.',
    );
    expect(anchorFromSelection(runs, { run: 0, offset: 3 }, { run: 0, offset: 4 })).toBeNull();
    expect(anchorFromSelection(runs, { run: 0, offset: 7 }, { run: 0, offset: 7 })).toBeNull();
  });
});

describe('locateAnchor', () => {
  const runs = anchorRuns(body(), shown);
  // "The service" of "The service desk answers": the second of three copies.
  const second = runs[0]!.text.indexOf('The service desk');
  const anchor = anchorFromSelection(
    runs,
    { run: 0, offset: second },
    { run: 0, offset: second + 'The service'.length },
  )!;

  it('finds the copy the comment was made on, not the first one', () => {
    expect(anchor.occurrence).toBe(1);
    const hit = locateAnchor(runs, anchor);
    expect(hit).toEqual({ run: 0, start: second, end: second + 'The service'.length });
  });

  it('follows the words after edits around them, and a new copy put in front of them', () => {
    const edited = body();
    const first = edited[0] as Extract<Block, { type: 'paragraph' }>;
    first.content.unshift({ type: 'text', text: 'The service desk exists. ' });
    first.content[3] = {
      type: 'text',
      text: ' of the time (measured monthly). The service desk answers calls.',
    };
    const runsAfter = anchorRuns(edited, shown);
    const hit = locateAnchor(runsAfter, anchor);
    const text = runsAfter[0]!.text;
    expect(hit?.start).toBe(text.indexOf('The service desk answers'));
    expect(textOf(runsAfter, hit)).toBe('The service');
  });

  it('is not found once the words are edited away (the comment falls back to the heading)', () => {
    const edited = body();
    const first = edited[0] as Extract<Block, { type: 'paragraph' }>;
    first.content = [{ type: 'text', text: 'Available most of the time. A helpdesk answers calls.' }];
    (edited[1] as Extract<Block, { type: 'list' }>).items[0]!.content = [{ type: 'text', text: 'Staffed.' }];
    (edited[2] as Extract<Block, { type: 'table' }>).rows = [];
    expect(locateAnchor(anchorRuns(edited, shown), anchor)).toBeNull();
  });

  it('is not moved to another copy of the same words when its own copy is edited away', () => {
    const edited = body();
    const first = edited[0] as Extract<Block, { type: 'paragraph' }>;
    first.content[2] = { type: 'text', text: ' of the time. Our helpdesk answers calls.' };
    const runsAfter = anchorRuns(edited, shown);
    // "The service" is still there twice (first words, list item), with other words around it.
    expect(runsAfter.filter((run) => run.text.includes('The service'))).toHaveLength(3);
    expect(locateAnchor(runsAfter, anchor)).toBeNull();
  });

  it('takes the first copy for an anchor of theirs (quote only), as before', () => {
    expect(locateAnchor(runs, { quote: 'The service' })).toEqual({ run: 0, start: 0, end: 11 });
    expect(locateAnchor(runs, { quote: '' })).toBeNull();
  });
});
