import { describe, expect, it } from 'vitest';
import { cellOf, type SlaDocument } from '../model/document';
import { documentText } from './documentText';

const doc: SlaDocument = {
  version: 2,
  title: 'SLA',
  language: 'de',
  parties: { provider: 'Hostwerk AG', customer: 'Müller GmbH' },
  clauses: [
    {
      id: 'availability',
      kind: 'availability',
      heading: 'Verfügbarkeit',
      level: 1,
      body: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Der Anbieter sichert ' },
            { type: 'term', termId: 'availability' },
            { type: 'text', text: ' im Monat zu.', marks: ['bold'] },
          ],
        },
        {
          type: 'list',
          ordered: false,
          items: [
            { content: [{ type: 'text', text: 'Wartung' }] },
            { content: [{ type: 'text', text: 'Notfälle' }] },
          ],
        },
        {
          type: 'table',
          role: 'generic',
          headerRow: true,
          rows: [
            { cells: [cellOf([{ type: 'text', text: 'Stufe' }]), cellOf([{ type: 'text', text: 'Wert' }])] },
          ],
        },
      ],
    },
  ],
  terms: [{ id: 'availability', label: 'Verfügbarkeit', favours: 'higher', kind: 'percent', value: 99.95 }],
};

describe('documentText', () => {
  it('gives each clause its heading and wording with term references, and each term its value', () => {
    expect(documentText(doc)).toEqual({
      clauses: [
        {
          clauseId: 'availability',
          heading: 'Verfügbarkeit',
          parts: [
            'Der Anbieter sichert ',
            { termId: 'availability' },
            ' im Monat zu.',
            '\n',
            'Wartung',
            '\n',
            'Notfälle',
            '\n',
            'Stufe',
            '\n',
            'Wert',
            '\n',
          ],
        },
      ],
      terms: [{ termId: 'availability', label: 'Verfügbarkeit', value: '99,95\u00a0%', raw: '99.95' }],
    });
  });
});

describe('documentText of a received document', () => {
  it('reads the text as written: annotated values, footnotes and boxes, not what a tracked change deleted', () => {
    const origin = { id: '1', author: 'Kunde' };
    const received: SlaDocument = {
      ...doc,
      clauses: [
        {
          id: 'credits',
          kind: 'service-credits',
          heading: 'Gutschriften',
          level: 1,
          body: [
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'Mindestens ' },
                { type: 'term', termId: 'availability', text: '99,9 %' },
                { type: 'text', text: ' jährlich', origin: { ...origin, type: 'del' } },
                { type: 'text', text: ' monatlich', origin: { ...origin, type: 'ins' } },
                {
                  type: 'note',
                  note: 'footnote',
                  body: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ohne Wartungsfenster' }] }],
                },
              ],
            },
            { type: 'box', blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'Entwurf' }] }] },
          ],
        },
      ],
    };
    expect(documentText(received).clauses[0]?.parts).toEqual([
      'Mindestens ',
      '99,9 %',
      ' monatlich',
      '\n',
      'Entwurf',
      '\n',
      'Ohne Wartungsfenster',
      '\n',
    ]);
  });
});
