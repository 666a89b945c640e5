import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES } from '../../templates/builtInTemplates';
import { computeRedline } from '../../redline/computeRedline';
import { storedText, viewDocument, type Block, type SlaDocument } from '../../model';
import { importDocx } from '../importDocx';
import { receivedSample } from '../testing/receivedSample';
import { headingPattern, writeDocx } from './writeDocx';

const meta = { dealName: 'Kessler – Hosting', roundLabel: 'Round 2', shortHash: '3f9a1c2e' };

function template(id: string): SlaDocument {
  const doc = structuredClone(BUILT_IN_TEMPLATES.find((x) => x.id === id)!.document);
  return { ...doc, parties: { provider: 'Brightline IT GmbH', customer: 'Kessler Logistics AG' } };
}

async function parts(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const read = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve('');
  return {
    zip,
    document: await read('word/document.xml'),
    numbering: await read('word/numbering.xml'),
    read,
  };
}

/** The words of a document's body text in one view, for comparing what Word would show. */
function words(doc: SlaDocument): string {
  const out: string[] = [doc.title];
  const walk = (blocks: readonly Block[]) => {
    for (const block of blocks) {
      if (block.type === 'paragraph') out.push(storedText(block.content));
      else if (block.type === 'list') for (const item of block.items) out.push(storedText(item.content));
      else if (block.type === 'table')
        for (const row of block.rows) for (const cell of row.cells) walk(cell.content);
      else walk(block.blocks);
    }
  };
  for (const clause of doc.clauses) {
    out.push(clause.label && !clause.label.auto ? `${clause.label.text} ${clause.heading}` : clause.heading);
    walk(clause.body);
  }
  return out.join(' ').replace(/\s+/g, ' ').trim();
}

describe('writeDocx: our documents', () => {
  it.each(BUILT_IN_TEMPLATES.map((x) => x.id))(
    'round-trips %s: reading the file back shows no change',
    async (id) => {
      const doc = template(id);
      const back = await importDocx(await writeDocx(doc, meta), { reference: doc });
      expect(computeRedline(doc, back.accepted).changes).toEqual([]);
      expect(back.unmapped).toEqual([]);
      expect(back.trackedChanges).toEqual([]);
    },
  );

  it('numbers headings with Word automatic numbering, so an inserted clause renumbers without a revision', async () => {
    const { document, numbering } = await parts(await writeDocx(template('managed-it-business-de'), meta));
    expect(document).not.toContain('1. Vertragsparteien');
    expect(document).toMatch(/<w:pStyle w:val="Heading1"\/><w:keepNext\/><w:numPr>/);
    expect(numbering).toContain('w:val="%1."');
    expect(numbering).toContain('w:val="%1.%2"');
  });

  it('is styled like the page: own heading colours and spacing, shaded repeated header rows, the frame', async () => {
    const { document, read } = await parts(await writeDocx(template('managed-it-business-en'), meta));
    const styles = await read('word/styles.xml');
    expect(styles).toMatch(/w:styleId="Heading1"[\s\S]*?w:color w:val="1F2933"/);
    expect(styles).toMatch(/w:spacing w:after="120" w:line="288"/);
    expect(document).toMatch(/<w:tblHeader\/>[\s\S]*?w:fill="EEF1F4"/);
    const frame = (await read('word/header1.xml')) + (await read('word/footer1.xml'));
    expect(frame).toContain('Kessler – Hosting');
    expect(frame).toContain('Round 2 · 3f9a1c2e');
    expect(frame).toMatch(/NUMPAGES/);
  });
});

describe('writeDocx: received documents as written', () => {
  const received = receivedSample();

  it('writes their text, labels, opening lines and footer as written, never our frame', async () => {
    const { document, numbering, read } = await parts(await writeDocx(received, meta));
    expect(document).toContain('This Agreement is made between Brightline IT GmbH and Kessler Logistics AG.');
    expect(document).not.toContain('(“Provider”)');
    expect(document).toContain('§ 3 ');
    expect(document).toContain('Preamble text.');
    expect(document).toContain('99.95');
    expect(numbering).toContain('w:val="(%1)"');
    expect(numbering).toContain('w:val="lowerRoman"');
    const footer = await read('word/footer1.xml');
    expect(footer).toContain('Confidential – Kessler Logistics');
    expect(footer).not.toContain('Round 2');
    expect(await read('word/footnotes.xml')).toContain('Measured at the data centre edge.');
  });

  it('writes origins as Word revisions with their authors and dates', async () => {
    const { document } = await parts(await writeDocx(received, meta));
    expect(document).toMatch(
      /<w:del w:id="\d+" w:author="J. Brandt" w:date="2026-11-02T10:00:00Z"><w:r><w:delText xml:space="preserve">99.9<\/w:delText>/,
    );
    expect(document).toMatch(
      /<w:ins w:id="\d+" w:author="J. Brandt" w:date="2026-11-02T10:00:00Z"><w:r><w:t xml:space="preserve">99.95<\/w:t>/,
    );
    expect(document).toMatch(/<w:rPrChange w:id="\d+" w:author="J. Brandt"/);
    expect(document).toMatch(/<w:pPr><w:rPr><w:ins w:id="\d+" w:author="J. Brandt"/);
    expect(document).toMatch(/<w:trPr>(?:(?!<\/w:trPr>).)*<w:ins w:id="\d+"/);
    const ids = [...document.matchAll(/<w:(?:ins|del|rPrChange) w:id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives the accepted and the original view of the document under Accept All and Reject All', async () => {
    const { document } = await parts(await writeDocx(received, meta));
    // Word's Accept All drops w:del runs and keeps w:ins; Reject All the other way round.
    const textOf = (xml: string) =>
      [...xml.matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)<\/w:(?:t|delText)>/g)].map((m) => m[1]).join('');
    const accepted = textOf(document.replace(/<w:del [^>]*>[\s\S]*?<\/w:del>/g, ''));
    const original = textOf(document.replace(/<w:ins [^>]*>[\s\S]*?<\/w:ins>/g, ''));
    const bodyText = (doc: SlaDocument) => words({ ...doc, title: '' }).replace(/\s+/g, '');
    expect(accepted.replace(/\s+/g, '')).toContain(bodyText(viewDocument(received, 'accepted')).slice(0, 40));
    expect(accepted).toContain('99.95 %');
    expect(accepted).toContain('A new sentence.');
    expect(original).toContain('99.9 %');
    expect(original).not.toContain('A new sentence.');
    expect(original).not.toContain('Severity 1');
  });
});

describe('headingPattern', () => {
  it('keeps the way a label was written around Word’s counters', () => {
    expect(headingPattern('§ 3', 1)).toBe('§ %1');
    expect(headingPattern('3.', 1)).toBe('%1.');
    expect(headingPattern('3.1', 2)).toBe('%1.%2');
    expect(headingPattern('Article 3', 1)).toBe('Article %1');
    expect(headingPattern('IV.', 1)).toBe('%1.');
  });
});
