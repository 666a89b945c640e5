import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { importDocx } from '../../../shared/docx/importDocx';
import { setTermValue } from '../../../shared/model/operations';
import { buildChangeTree } from '../../../shared/redline';
import { buildRound } from '../../../shared/rounds/hashRound';
import { BUILT_IN_TEMPLATES } from '../../../shared/templates/builtInTemplates';
import type { ExportSource } from './exportNames';
import { cleanDocxFile, redlineDocxFile, type ExportContext } from './wordExports';

const doc = BUILT_IN_TEMPLATES.find((t) => t.id === 'managed-it-business-en')!.document;
const round = buildRound({
  id: 'r1',
  dealId: 'd',
  number: 1,
  side: 'us',
  document: doc,
  note: '',
  author: 'Anna',
  createdAt: '2026-11-10T09:00:00.000Z',
  prevHash: null,
});
const context: ExportContext = {
  deal: { title: 'Kessler hosting', customer: { name: 'Kessler Logistics', contacts: [] } },
  names: { authorName: 'Anna Weber', providerName: 'Nordlicht IT', customerName: 'Kessler Logistics' },
  label: (source) => (source.round ? `Round ${source.round.number}` : 'Draft'),
  redlineLabel: (a, b) =>
    `${b.round ? `Round ${b.round.number}` : 'Draft'} compared with Round ${a.round?.number}`,
  now: '2026-11-21T12:00:00.000Z',
};

describe('cleanDocxFile', () => {
  it('writes a Word file that reads back as the same clauses, with the round hash in the footer', async () => {
    const file = await cleanDocxFile({ round, document: doc }, context);
    expect(file.fileName).toBe('Kessler-Logistics-SLA-round-1.docx');
    const back = await importDocx(file.bytes, { reference: doc });
    expect(back.document.clauses.map((c) => c.heading)).toEqual(doc.clauses.map((c) => c.heading));
    const zip = await JSZip.loadAsync(file.bytes);
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /word\/footer\d*\.xml/.test(name))
        .map((name) => zip.file(name)!.async('string')),
    );
    expect(footers.join('')).toContain(round.hash.slice(0, 8));
  });
});

describe('comment threads in the exported file (issue 12 §6)', () => {
  it('writes the threads the context gives for the source, clean and as the newer side of a redline', async () => {
    const threadsFor = (source: ExportSource) =>
      source.round
        ? []
        : [
            {
              clauseId: doc.clauses[1]!.id,
              anchorText: '',
              done: true,
              comments: [
                { author: 'Eva Roth', text: 'Why?' },
                { author: 'Anna Weber', text: 'Because.' },
              ],
            },
          ];
    const draft: ExportSource = { round: null, document: doc };
    const clean = await cleanDocxFile(draft, { ...context, threadsFor });
    const back = await importDocx(clean.bytes, { reference: doc });
    expect(back.comments).toMatchObject([
      { author: 'Eva Roth', clauseId: doc.clauses[1]!.id, resolved: true, replies: [{ text: 'Because.' }] },
    ]);
    const redline = await redlineDocxFile({ round, document: doc }, draft, buildChangeTree(doc, doc), {
      ...context,
      threadsFor,
    });
    expect((await importDocx(redline.bytes)).comments).toHaveLength(1);
    const ofRound = await cleanDocxFile({ round, document: doc }, { ...context, threadsFor });
    expect((await importDocx(ofRound.bytes)).comments).toEqual([]);
  });
});

describe('redlineDocxFile', () => {
  it('marks the draft’s change as a tracked change by our author', async () => {
    const edited = setTermValue(doc, 'availability', 99.5);
    if (!edited.ok) throw new Error(edited.message);
    const a: ExportSource = { round, document: doc };
    const b: ExportSource = { round: null, document: edited.document };
    const file = await redlineDocxFile(a, b, buildChangeTree(a.document, b.document), context);
    expect(file.fileName).toBe('Kessler-Logistics-SLA-redline-r1-draft.docx');
    const xml = await (await JSZip.loadAsync(file.bytes)).file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:ins [^>]*w:author="Anna Weber"/);
    expect(xml).toMatch(/<w:del [^>]*w:author="Anna Weber"/);
  });
});
