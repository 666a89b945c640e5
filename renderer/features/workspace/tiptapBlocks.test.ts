import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import type { Block, Clause } from '../../../shared/model';
import { BUILT_IN_TEMPLATES } from '../../../shared/templates/builtInTemplates';
import { list, para, table, termRef, text } from '../../../shared/redline/testDocument';
import { clauseEditorExtensions } from './clauseEditorExtensions';
import { blocksToTiptap, tiptapToBlocks } from './tiptapBlocks';

const schema = getSchema(clauseEditorExtensions);

/** Through the real editor schema, so what the editor would refuse or normalise shows up here. */
function roundTrip(blocks: Block[]): Block[] {
  const node = schema.nodeFromJSON(blocksToTiptap(blocks));
  node.check();
  return tiptapToBlocks(node.toJSON());
}

function builtInClauses(): { name: string; clause: Clause }[] {
  return BUILT_IN_TEMPLATES.flatMap((template) =>
    [...template.document.clauses, ...template.clauseLibrary.map((item) => item.clause)].map((clause) => ({
      name: `${template.id} ${clause.id}`,
      clause,
    })),
  );
}

describe('blocksToTiptap / tiptapToBlocks', () => {
  it('keeps paragraphs, marks, term references, lists and tables exactly', () => {
    const body: Block[] = [
      para('The provider ensures an availability of ', termRef('availability'), ' per month.'),
      para(text('Important: ', 'bold', 'underline'), text('read ', 'italic'), 'this.'),
      list(false, [text('first '), termRef('p1_response')], 'second'),
      list(true, 'one', 'two'),
      table(
        [
          ['Priority', 'Response'],
          ['P1', termRef('p1_response')],
        ],
        'service-levels',
      ),
      para('After the table.'),
    ];
    expect(roundTrip(body)).toEqual(body);
  });

  it('keeps an empty paragraph between others, and an empty body stays empty', () => {
    const body: Block[] = [para('Above'), { type: 'paragraph', content: [] }, para('Below')];
    expect(roundTrip(body)).toEqual(body);
    expect(blocksToTiptap([])).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(roundTrip([])).toEqual([]);
  });

  it('puts marks in one order and merges neighbouring runs with the same marks', () => {
    const body: Block[] = [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'a', marks: ['underline', 'bold'] },
          { type: 'text', text: 'b', marks: ['bold', 'underline'] },
        ],
      },
    ];
    expect(roundTrip(body)).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'ab', marks: ['bold', 'underline'] }] },
    ]);
  });

  it('keeps a nested list as a deeper item and strike-through; a line break reads as a space', () => {
    const blocks = tiptapToBlocks({
      type: 'doc',
      content: [
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [
                { type: 'paragraph', content: [{ type: 'text', text: 'outer' }] },
                {
                  type: 'bulletList',
                  content: [
                    {
                      type: 'listItem',
                      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'inner' }] }],
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'line', marks: [{ type: 'strike' }] },
            { type: 'hardBreak' },
            { type: 'text', text: 'next' },
          ],
        },
      ],
    });
    expect(blocks).toEqual([
      {
        type: 'list',
        ordered: false,
        items: [{ content: [text('outer')] }, { content: [text('inner')], level: 1 }],
      },
      { type: 'paragraph', content: [text('line', 'strike'), text(' next')] },
    ]);
  });

  it('round-trips every clause of the built-in templates', () => {
    const clauses = builtInClauses();
    expect(clauses.length).toBeGreaterThan(10);
    for (const { name, clause } of clauses) expect(roundTrip(clause.body), name).toEqual(clause.body);
  });
});
