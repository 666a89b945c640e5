import { describe, expect, it } from 'vitest';
import type { SlaDocument } from '../model/document';
import { documentText } from './documentText';

const doc: SlaDocument = {
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
          items: [[{ type: 'text', text: 'Wartung' }], [{ type: 'text', text: 'Notfälle' }]],
        },
        {
          type: 'table',
          role: 'generic',
          headerRow: true,
          rows: [[[{ type: 'text', text: 'Stufe' }], [{ type: 'text', text: 'Wert' }]]],
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
