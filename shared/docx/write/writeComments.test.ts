import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { ExportThread } from '../../comments/threadsForExport';
import { anchorFromSelection, anchorRuns, shownTextOf, type TextAnchor } from '../../comments/textAnchor';
import { BUILT_IN_TEMPLATES } from '../../templates/builtInTemplates';
import type { SlaDocument } from '../../model';
import { importDocx } from '../importDocx';
import { writeDocx } from './writeDocx';

const meta = { dealName: 'Kessler – Hosting', roundLabel: 'Draft' };

function sample(): SlaDocument {
  const doc = structuredClone(BUILT_IN_TEMPLATES.find((x) => x.language === 'en')!.document);
  return { ...doc, parties: { provider: 'Brightline IT GmbH', customer: 'Kessler Logistics AG' } };
}

/** Some words of the first paragraph of a clause, to anchor a comment on. */
function wordsOf(doc: SlaDocument, index: number): { clauseId: string; words: string } {
  const clause = doc.clauses[index]!;
  const block = clause.body.find((b) => b.type === 'paragraph')!;
  const text = block.type === 'paragraph' ? block.content.find((i) => i.type === 'text') : undefined;
  const words = (text?.type === 'text' ? text.text : '').split(' ').slice(1, 4).join(' ');
  return { clauseId: clause.id, words };
}

const threads = (doc: SlaDocument): ExportThread[] => {
  const first = wordsOf(doc, 1);
  return [
    {
      clauseId: first.clauseId,
      anchorText: first.words,
      done: true,
      comments: [
        { author: 'Eva Roth', initials: 'ER', date: '2026-11-02T09:00:00Z', text: 'Why not more?' },
        {
          author: 'Jonas Weber',
          initials: 'JW',
          date: '2026-11-03T09:00:00.000Z',
          text: 'Price.\nSee list.',
        },
        { author: 'Eva Roth', date: '2026-11-04T09:00:00.000Z', text: 'Fine.' },
      ],
    },
    {
      clauseId: doc.clauses[2]!.id,
      anchorText: 'text that is no longer there',
      done: false,
      comments: [{ author: 'Jonas Weber', date: '2026-11-05T09:00:00.000Z', text: 'On the heading.' }],
    },
    {
      clauseId: '',
      anchorText: '',
      done: false,
      comments: [{ author: 'Jonas Weber', text: 'About a clause we removed.' }],
    },
  ];
};

describe('writeDocx: comment threads', () => {
  it('writes replies under their parent and resolved threads done, as our reader reads them back', async () => {
    const doc = sample();
    const bytes = await writeDocx(doc, { ...meta, comments: threads(doc) });
    const back = await importDocx(bytes, { reference: doc });
    const first = wordsOf(doc, 1);
    expect(back.comments).toHaveLength(3);
    const [onText, onHeading, atStart] = back.comments;
    expect(onText).toMatchObject({
      author: 'Eva Roth',
      initials: 'ER',
      text: 'Why not more?',
      anchorText: first.words,
      clauseId: first.clauseId,
      resolved: true,
    });
    expect(onText!.replies?.map((reply) => [reply.author, reply.text])).toEqual([
      ['Jonas Weber', 'Price.\nSee list.'],
      ['Eva Roth', 'Fine.'],
    ]);
    expect(onHeading).toMatchObject({ clauseId: doc.clauses[2]!.id, anchorText: doc.clauses[2]!.heading });
    expect(onHeading!.resolved).toBeUndefined();
    expect(atStart).toMatchObject({ text: 'About a clause we removed.', clauseId: '' });
  });

  it('marks a resolved thread without replies done, in a file where no comment is a reply', async () => {
    const doc = sample();
    const [first] = threads(doc);
    const single: ExportThread = { ...first!, comments: first!.comments.slice(0, 1) };
    const back = await importDocx(await writeDocx(doc, { ...meta, comments: [single] }), { reference: doc });
    expect(back.comments).toMatchObject([{ text: 'Why not more?', resolved: true }]);
    expect(back.comments[0]!.replies).toBeUndefined();
  });

  it('keeps the text exactly as it was around the comment marks', async () => {
    const doc = sample();
    const plain = await importDocx(await writeDocx(doc, meta), { reference: doc });
    const commented = await importDocx(await writeDocx(doc, { ...meta, comments: threads(doc) }), {
      reference: doc,
    });
    expect(commented.document.clauses).toEqual(plain.document.clauses);
  });

  it('declares the comment parts Word needs, and none without comments', async () => {
    const doc = sample();
    const zip = await JSZip.loadAsync(await writeDocx(doc, { ...meta, comments: threads(doc) }));
    const types = await zip.file('[Content_Types].xml')!.async('string');
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    const extended = await zip.file('word/commentsExtended.xml')!.async('string');
    expect(types).toContain('/word/comments.xml');
    expect(types).toContain('/word/commentsExtended.xml');
    expect(rels).toContain('comments.xml');
    expect(rels).toContain('commentsExtended.xml');
    expect(extended.match(/w15:paraIdParent=/g)).toHaveLength(2);
    expect(extended.match(/w15:done="1"/g)).toHaveLength(3);
    const bare = await JSZip.loadAsync(await writeDocx(doc, meta));
    expect(bare.file('word/comments.xml')).toBeNull();
  });
});

describe('writeDocx: our comment on selected words', () => {
  /** Clause 1 with the same words twice in a new paragraph; the comment is on the second copy. */
  function twice(): { doc: SlaDocument; clauseId: string } {
    const doc = sample();
    const clause = doc.clauses[1]!;
    clause.body = [
      ...clause.body,
      {
        type: 'paragraph',
        content: [{ type: 'text', text: 'Service credits apply per month. Service credits are capped.' }],
      },
    ];
    return { doc, clauseId: clause.id };
  }

  const ours = (clauseId: string, anchor: TextAnchor): ExportThread => ({
    clauseId,
    anchorText: anchor.quote,
    anchor,
    done: false,
    comments: [{ author: 'Jonas Weber', date: '2026-11-05T09:00:00.000Z', text: 'Which cap?' }],
  });

  it('spans exactly the selected words, the copy they were selected in, and our reader reads them back', async () => {
    const { doc, clauseId } = twice();
    const runs = anchorRuns(
      doc.clauses[1]!.body,
      shownTextOf(new Map(doc.terms.map((t) => [t.id, t])), 'en'),
    );
    const run = runs.findIndex((r) => r.text.startsWith('Service credits apply'));
    const at = runs[run]!.text.lastIndexOf('Service credits');
    const anchor = anchorFromSelection(runs, { run, offset: at }, { run, offset: at + 15 })!;
    expect(anchor).toMatchObject({ quote: 'Service credits', occurrence: 1 });

    const bytes = await writeDocx(doc, { ...meta, comments: [ours(clauseId, anchor)] });
    const back = await importDocx(bytes, { reference: doc });
    expect(back.comments).toMatchObject([{ text: 'Which cap?', anchorText: 'Service credits', clauseId }]);
    // The range is around the second copy: the first stays outside it.
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    const paragraph = xml.slice(xml.lastIndexOf('<w:p>', xml.indexOf('<w:commentRangeStart')));
    const text = (part: string) => [...part.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    const [before, inside] = paragraph.split(/<w:commentRangeStart[^>]*\/>/);
    expect(text(before!)).toBe('Service credits apply per month. ');
    expect(text(inside!.split(/<w:commentRangeEnd/)[0]!)).toBe('Service credits');
  });

  it('sits on the clause heading once the words are edited away', async () => {
    const { doc, clauseId } = twice();
    const anchor: TextAnchor = { quote: 'Service credits', occurrence: 1, prefix: 'month. ', suffix: ' are' };
    const edited = structuredClone(doc);
    edited.clauses[1]!.body = edited.clauses[1]!.body.slice(0, -1);
    const back = await importDocx(await writeDocx(edited, { ...meta, comments: [ours(clauseId, anchor)] }), {
      reference: edited,
    });
    expect(back.comments).toMatchObject([
      { text: 'Which cap?', clauseId, anchorText: edited.clauses[1]!.heading },
    ]);
  });
});
