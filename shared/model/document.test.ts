import { describe, expect, it } from 'vitest';
import { sampleTemplate } from '../../renderer/db/testing/sampleTemplate';
import { SlaDocument, cellOf, referencedTermIds, type Clause } from './document';

const valid = () => structuredClone(sampleTemplate().document);
const messages = (value: unknown) => {
  const result = SlaDocument.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe('SlaDocument', () => {
  it('accepts a complete document', () => {
    expect(messages(valid())).toEqual([]);
  });

  it('refuses invalid term values inside a document', () => {
    const doc = valid();
    doc.terms[0] = { ...doc.terms[0]!, value: 140 } as (typeof doc.terms)[0];
    expect(messages(doc)).toContain('over-100');
    const doc2 = valid();
    doc2.terms[1] = { ...doc2.terms[1]!, value: -2 } as (typeof doc2.terms)[1];
    expect(messages(doc2)).toContain('negative');
  });

  it('refuses duplicate term ids and duplicate clause ids', () => {
    const doc = valid();
    doc.terms.push({ ...doc.terms[0]! });
    doc.clauses.push({ ...doc.clauses[0]! });
    expect(messages(doc)).toEqual(['duplicate term id availability', 'duplicate clause id scope']);
  });

  it('refuses a clause that references a term the document does not have', () => {
    const doc = valid();
    doc.terms = doc.terms.filter((term) => term.id !== 'p1_response');
    expect(messages(doc)).toEqual(['clause references unknown term p1_response']);
  });

  it('refuses unknown block types, empty text runs and invalid clause ids', () => {
    const doc = valid() as unknown as { clauses: Record<string, unknown>[] };
    doc.clauses[0]!.body = [{ type: 'image', src: 'x' }];
    expect(SlaDocument.safeParse(doc).success).toBe(false);
    const doc2 = valid();
    doc2.clauses[0]!.body = [{ type: 'paragraph', content: [{ type: 'text', text: '' }] }];
    expect(SlaDocument.safeParse(doc2).success).toBe(false);
    const doc3 = valid();
    doc3.clauses[0]!.id = 'has space';
    expect(messages(doc3)).toContain('invalid clause id');
  });
});

describe('referencedTermIds', () => {
  it('finds term references in paragraphs, lists and table cells once each, in order', () => {
    const clauses: Clause[] = [
      {
        id: 'a',
        kind: 'other',
        heading: 'A',
        level: 1,
        body: [
          { type: 'list', ordered: false, items: [{ content: [{ type: 'term', termId: 'second' }] }] },
          { type: 'paragraph', content: [{ type: 'term', termId: 'first' }] },
          {
            type: 'table',
            role: 'generic',
            headerRow: false,
            rows: [
              {
                cells: [
                  cellOf([{ type: 'term', termId: 'third' }]),
                  cellOf([{ type: 'term', termId: 'second' }]),
                ],
              },
            ],
          },
        ],
      },
    ];
    expect(referencedTermIds(clauses)).toEqual(['second', 'first', 'third']);
  });
});
