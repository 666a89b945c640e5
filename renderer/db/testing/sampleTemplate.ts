import { cellOf, DOCUMENT_VERSION, type Template } from '../../../shared/model';

/**
 * A small but complete template for tests of the storage layer. Frozen on purpose: migration
 * fixtures copy it, so changing it does not change what older fixtures contain.
 */
export function sampleTemplate(overrides: Partial<Template> = {}): Template {
  return {
    id: 'sample-business',
    version: 1,
    name: 'Sample Business',
    description: 'Business tier used by tests',
    tier: 'business',
    language: 'en',
    builtIn: true,
    reviewDate: '2027-01-31',
    updatedAt: '2026-01-01T00:00:00.000Z',
    document: {
      version: DOCUMENT_VERSION,
      title: 'Service Level Agreement',
      language: 'en',
      parties: { provider: '', customer: '' },
      clauses: [
        {
          id: 'scope',
          kind: 'parties-scope',
          heading: 'Parties and scope',
          level: 1,
          body: [{ type: 'paragraph', content: [{ type: 'text', text: 'This agreement covers hosting.' }] }],
        },
        {
          id: 'availability',
          kind: 'availability',
          heading: 'Availability',
          level: 1,
          body: [
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'Monthly availability is at least ' },
                { type: 'term', termId: 'availability' },
                { type: 'text', text: '.' },
              ],
            },
          ],
        },
        {
          id: 'priorities',
          kind: 'priorities',
          heading: 'Response times',
          level: 2,
          body: [
            {
              type: 'table',
              role: 'service-levels',
              headerRow: true,
              rows: [
                {
                  cells: [
                    cellOf([{ type: 'text', text: 'Priority' }]),
                    cellOf([{ type: 'text', text: 'Response' }]),
                  ],
                },
                {
                  cells: [
                    cellOf([{ type: 'text', text: 'P1' }]),
                    cellOf([{ type: 'term', termId: 'p1_response' }]),
                  ],
                },
              ],
            },
          ],
        },
        {
          id: 'liability',
          kind: 'liability',
          heading: 'Liability',
          level: 1,
          body: [
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'Liability is capped at ' },
                { type: 'term', termId: 'liability_cap' },
                { type: 'text', text: ' per year.' },
              ],
            },
          ],
        },
      ],
      terms: [
        { id: 'availability', label: 'Availability', favours: 'higher', kind: 'percent', value: 99.9 },
        {
          id: 'p1_response',
          label: 'P1 response',
          favours: 'lower',
          kind: 'duration',
          value: 4,
          unit: 'hours',
        },
        {
          id: 'liability_cap',
          label: 'Liability cap',
          favours: 'higher',
          kind: 'money',
          value: 50000,
          currency: 'EUR',
        },
      ],
    },
    clauseLibrary: [
      {
        clause: {
          id: 'bonus',
          kind: 'incentives',
          heading: 'Bonus for exceeding availability',
          level: 1,
          body: [
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'Above ' },
                { type: 'term', termId: 'availability' },
                { type: 'text', text: ' the provider earns ' },
                { type: 'term', termId: 'bonus_amount' },
                { type: 'text', text: '.' },
              ],
            },
          ],
        },
        terms: [
          { id: 'availability', label: 'Availability', favours: 'higher', kind: 'percent', value: 99.5 },
          {
            id: 'bonus_amount',
            label: 'Bonus',
            favours: 'lower',
            kind: 'money',
            value: 500,
            currency: 'EUR',
          },
        ],
      },
    ],
    ...overrides,
  };
}
