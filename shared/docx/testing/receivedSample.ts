import type { Inline, Origin, SlaDocument } from '../../model/document';

const ins = (id: string, author = 'J. Brandt'): Origin => ({
  type: 'ins',
  id,
  author,
  date: '2026-11-02T10:00:00Z',
});
const del = (id: string, author = 'J. Brandt'): Origin => ({
  type: 'del',
  id,
  author,
  date: '2026-11-02T10:00:00Z',
});
const t = (text: string, extra: Partial<Extract<Inline, { type: 'text' }>> = {}): Inline => ({
  type: 'text',
  text,
  ...extra,
});

/**
 * A received document as the Word reader gives it: the counterparty's text as written, with
 * tracked insertions, deletions, a formatting change, a new paragraph, a new table row, a
 * footnote, a typed clause label, a roman list, their own opening lines and footer. For tests of
 * everything that writes or shows received documents.
 */
export function receivedSample(): SlaDocument {
  return {
    version: 2,
    title: 'Service Level Agreement',
    language: 'en',
    parties: { provider: 'Brightline IT GmbH', customer: 'Kessler Logistics AG' },
    front: {
      title: [t('Service Level Agreement')],
      parties: [t('This Agreement is made between Brightline IT GmbH and Kessler Logistics AG.')],
    },
    clauses: [
      {
        id: 'pre',
        kind: 'other',
        heading: '',
        level: 1,
        numbered: false,
        body: [{ type: 'paragraph', content: [t('Preamble text.')] }],
      },
      {
        id: 'avail',
        kind: 'availability',
        heading: 'Availability',
        level: 1,
        label: { text: '§ 3', auto: false },
        body: [
          {
            type: 'paragraph',
            content: [
              t('The Provider keeps an availability of '),
              { type: 'term', termId: 'availability', text: '99.9', origin: del('1') },
              { type: 'term', termId: 'availability', text: '99.95', origin: ins('2') },
              { type: 'term', termId: 'availability', text: ' %' },
              t(' per month', { marks: ['bold'], formatChange: { id: '3', author: 'J. Brandt', marks: [] } }),
              t('.'),
              {
                type: 'note',
                note: 'footnote',
                body: [{ type: 'paragraph', content: [t('Measured at the data centre edge.')] }],
              },
            ],
          },
          { type: 'paragraph', content: [t('A new sentence.', { origin: ins('4') })], mark: ins('5') },
          {
            type: 'list',
            ordered: true,
            levels: [{ format: 'lowerRoman', pattern: '(%1)', start: 1 }],
            items: [
              { content: [t('first')], label: '(i)' },
              { content: [t('second')], label: '(ii)' },
            ],
          },
          {
            type: 'table',
            role: 'generic',
            headerRow: true,
            rows: [
              {
                cells: [
                  { content: [{ type: 'paragraph', content: [t('Severity')] }] },
                  { content: [{ type: 'paragraph', content: [t('Response')] }] },
                ],
              },
              {
                origin: ins('6'),
                cells: [
                  {
                    content: [
                      { type: 'paragraph', content: [t('Severity 1', { origin: ins('6') })] },
                      { type: 'paragraph', content: [t('(Critical)', { origin: ins('6') })] },
                    ],
                  },
                  { content: [{ type: 'paragraph', content: [t('15 minutes', { origin: ins('6') })] }] },
                ],
              },
            ],
          },
        ],
      },
    ],
    terms: [{ id: 'availability', label: 'Availability', favours: 'higher', kind: 'percent', value: 99.95 }],
    pageParts: [
      {
        kind: 'footer',
        variant: 'default',
        section: 0,
        blocks: [{ type: 'paragraph', content: [t('Confidential – Kessler Logistics')] }],
      },
    ],
  };
}
