import { describe, expect, it } from 'vitest';
import { importDocx } from '../docx/importDocx';
import {
  forEachInline,
  SlaDocument,
  storedText,
  type Block,
  type Inline,
  type SlaDocument as Doc,
} from '../model/document';
import {
  annotateDocument,
  asWrittenReference,
  recogniseDocument,
  recognitionInputOf,
} from './annotateDocument';
import { recogniseTerms } from './recogniseTerms';
import { customerDocx, ENGLISH_PAPER, GERMAN_PAPER } from './testing/customerDocx';

/** Every run's stored text, in document order: what "never rewritten" must keep identical. */
function runTexts(doc: Doc): string[] {
  const out: string[] = [];
  const walk = (blocks: readonly Block[]) => {
    for (const block of blocks) {
      if (block.type === 'paragraph') out.push(storedText(block.content));
      else if (block.type === 'list') for (const item of block.items) out.push(storedText(item.content));
      else if (block.type === 'table')
        for (const row of block.rows) for (const cell of row.cells) walk(cell.content);
      else walk(block.blocks);
    }
  };
  for (const clause of doc.clauses) walk(clause.body);
  return out;
}

function annotations(doc: Doc): Record<string, string> {
  const out: Record<string, string> = {};
  for (const clause of doc.clauses)
    forEachInline(clause.body, (inline: Inline) => {
      if (inline.type === 'term') out[inline.termId] = (out[inline.termId] ?? '') + (inline.text ?? '');
    });
  return out;
}

async function readAsWritten(bytes: Uint8Array): Promise<Doc> {
  return (await importDocx(bytes, { reference: asWrittenReference() })).document;
}

describe('annotateDocument', () => {
  it('types the German customer paper on its own characters and keeps every run as written', async () => {
    const doc = await readAsWritten(await customerDocx(GERMAN_PAPER));
    expect(doc.terms).toEqual([]);
    const { document, unplaced } = recogniseDocument(doc);

    expect(unplaced).toEqual([]);
    expect(runTexts(document)).toEqual(runTexts(doc));
    expect(annotations(document)).toMatchObject({
      availability: '99,95 %',
      p1_response: '30 Minuten',
      p1_resolution: '4 Std.',
      p2_response: '2 Std.',
      liability_cap: '1.000.000 €',
    });
    const term = (id: string) => document.terms.find((candidate) => candidate.id === id);
    expect(term('availability')).toMatchObject({ kind: 'percent', value: 99.95 });
    expect(term('p1_response')).toMatchObject({ kind: 'duration', value: 30, unit: 'minutes' });
    expect(term('liability_cap')).toMatchObject({ kind: 'money', value: 1_000_000, currency: 'EUR' });
    // The schema's rule: every annotation names a term of the document.
    expect(SlaDocument.safeParse(document).success).toBe(true);
  });

  it('keeps the formatting of a value split over runs: one annotation in two pieces', async () => {
    const doc = await readAsWritten(await customerDocx(GERMAN_PAPER));
    const { document } = recogniseDocument(doc);
    const first = document.clauses.find((clause) => clause.heading === 'Verfügbarkeit')!.body[0]!;
    expect(first.type === 'paragraph' && first.content).toEqual([
      { type: 'text', text: 'Der Auftragnehmer gewährleistet eine Verfügbarkeit von ' },
      { type: 'term', termId: 'availability', text: '99,95', marks: ['bold'] },
      { type: 'term', termId: 'availability', text: ' %' },
      { type: 'text', text: ' ' },
      { type: 'term', termId: 'availability_period', text: 'im Kalendermonat' },
      { type: 'text', text: '.' },
    ]);
  });

  it('types the English customer paper, number words and severity table included', async () => {
    const doc = await readAsWritten(await customerDocx(ENGLISH_PAPER));
    const { document } = recogniseDocument(doc);
    expect(runTexts(document)).toEqual(runTexts(doc));
    expect(annotations(document)).toMatchObject({
      availability: '99.99%',
      p1_response: 'thirty (30) minutes',
      p1_resolution: '4 hours',
      liability_cap: 'EUR 500,000',
    });
    expect(document.language).toBe('en');
  });

  it('never re-annotates or rewrites: tracked text, deleted pieces and existing terms stay', () => {
    const origin = { type: 'ins' as const, id: '7', author: 'Kunde' };
    const doc: Doc = {
      ...asWrittenReference('de'),
      clauses: [
        {
          id: 'c1',
          kind: 'availability',
          heading: 'Verfügbarkeit',
          level: 1,
          body: [
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'Die Verfügbarkeit beträgt ' },
                { type: 'text', text: '99,5 %', origin: { ...origin, type: 'del' } },
                { type: 'text', text: '99,9 %', origin },
                { type: 'text', text: ' pro Monat.' },
              ],
            },
            {
              type: 'table',
              role: 'generic',
              headerRow: true,
              rows: [
                {
                  cells: [
                    {
                      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Priorität' }] }],
                      colSpan: 2,
                    },
                    { content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Reaktionszeit' }] }] },
                  ],
                },
                {
                  cells: [
                    { content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Prio 1' }] }] },
                    { content: [{ type: 'paragraph', content: [{ type: 'text', text: 'kritisch' }] }] },
                    { content: [{ type: 'paragraph', content: [{ type: 'text', text: '15 Min.' }] }] },
                  ],
                },
              ],
            },
          ],
        },
      ],
    };
    const recognition = recogniseTerms(recognitionInputOf(doc));
    const { document } = annotateDocument(doc, recognition);
    expect(runTexts(document)).toEqual(runTexts(doc));
    const paragraph = document.clauses[0]!.body[0]!;
    expect(paragraph.type === 'paragraph' && paragraph.content.slice(1, 3)).toEqual([
      { type: 'text', text: '99,5 %', origin: { ...origin, type: 'del' } },
      { type: 'term', termId: 'availability', text: '99,9 %', origin },
    ]);
    expect(document.terms.find((term) => term.id === 'availability')).toMatchObject({ value: 99.9 });
    expect(annotations(document)).toMatchObject({ p1_response: '15 Min.' });

    // Annotating again finds the same terms already typed: nothing changes.
    const again = annotateDocument(document, recogniseTerms(recognitionInputOf(document)));
    expect(again.document).toEqual(document);
  });
});
