import { describe, expect, it } from 'vitest';
import type { Block, Inline, Origin } from './document';
import { hasOrigins, viewBlocks, viewInlines } from './views';

const ins = (id: string): Origin => ({ type: 'ins', id, author: 'Kunde', date: '2026-11-02T10:00:00Z' });
const del = (id: string): Origin => ({ type: 'del', id, author: 'Kunde' });
const t = (text: string, origin?: Origin): Inline =>
  origin ? { type: 'text', text, origin } : { type: 'text', text };

describe('viewInlines', () => {
  const inlines = [t('Availability '), t('99.9', del('1')), t('99.95', ins('2')), t(' %')];
  it('accepts and rejects tracked changes the way Word does, joining what the origins split', () => {
    expect(viewInlines(inlines, 'accepted')).toEqual([t('Availability 99.95 %')]);
    expect(viewInlines(inlines, 'original')).toEqual([t('Availability 99.9 %')]);
  });

  it('gives the marks from before a tracked formatting change in the original view', () => {
    const bold: Inline = {
      type: 'text',
      text: 'thirty',
      marks: ['bold'],
      formatChange: { id: '3', author: 'Kunde', marks: [] },
    };
    expect(viewInlines([bold], 'accepted')).toEqual([{ type: 'text', text: 'thirty', marks: ['bold'] }]);
    expect(viewInlines([bold], 'original')).toEqual([{ type: 'text', text: 'thirty' }]);
  });
});

describe('viewBlocks', () => {
  it('joins paragraphs whose mark is removed in the view (a tracked split and a tracked paragraph)', () => {
    // Word's tracked insertion of a paragraph after "One.": the first paragraph's mark is inserted.
    const blocks: Block[] = [
      { type: 'paragraph', content: [t('One.')], mark: ins('4') },
      { type: 'paragraph', content: [t('New.', ins('5'))] },
      { type: 'paragraph', content: [t('Two.')] },
    ];
    expect(viewBlocks(blocks, 'accepted')).toEqual([
      { type: 'paragraph', content: [t('One.')] },
      { type: 'paragraph', content: [t('New.')] },
      { type: 'paragraph', content: [t('Two.')] },
    ]);
    expect(viewBlocks(blocks, 'original')).toEqual([
      { type: 'paragraph', content: [t('One.')] },
      { type: 'paragraph', content: [t('Two.')] },
    ]);
  });

  it('drops tracked rows and boxes in the view they are removed from', () => {
    const table: Block = {
      type: 'table',
      role: 'generic',
      headerRow: false,
      rows: [
        { cells: [{ content: [{ type: 'paragraph', content: [t('kept')] }] }] },
        { cells: [{ content: [{ type: 'paragraph', content: [t('added', ins('6'))] }] }], origin: ins('6') },
      ],
    };
    expect(viewBlocks([table], 'original')).toEqual([{ ...table, rows: [{ cells: table.rows[0]!.cells }] }]);
    expect(viewBlocks([table], 'accepted')[0]).toMatchObject({ rows: [{}, {}] });
  });
});

describe('hasOrigins', () => {
  it('finds an origin anywhere, including inside a footnote', () => {
    const note: Inline = {
      type: 'note',
      note: 'footnote',
      body: [{ type: 'paragraph', content: [t('x', del('9'))] }],
    };
    const doc = {
      version: 2 as const,
      title: '',
      language: 'en' as const,
      parties: { provider: '', customer: '' },
      clauses: [
        {
          id: 'a',
          kind: 'other' as const,
          heading: 'A',
          level: 1 as const,
          body: [{ type: 'paragraph' as const, content: [note] }],
        },
      ],
      terms: [],
    };
    expect(hasOrigins(doc)).toBe(true);
    expect(hasOrigins({ ...doc, clauses: [{ ...doc.clauses[0]!, body: [] }] })).toBe(false);
  });
});
