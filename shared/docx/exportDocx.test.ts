import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { cellOf, type Inline, type SlaDocument, type TableCell } from '../model/document';
import { computeRedline } from '../redline/computeRedline';
import { exportCleanDocx, exportRedlineDocx } from './exportDocx';
import { importDocx } from './importDocx';

interface TemplateSnapshot {
  id: string;
  document: SlaDocument;
}
const templates: TemplateSnapshot[] = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../assets/templates/built-in-templates.json', import.meta.url)),
    'utf8',
  ),
);

function templateDocument(id: string): SlaDocument {
  const template = templates.find((t) => t.id === id)!;
  return {
    ...structuredClone(template.document),
    parties: { provider: 'Brightline IT GmbH', customer: 'Müller & Söhne KG' },
  };
}

const meta = {
  dealName: 'Müller & Söhne – Managed IT',
  roundLabel: 'Round 2',
  shortHash: '3f9a1c2e',
  contentHash: '3f9a1c2e'.repeat(8),
};

async function documentXml(bytes: Uint8Array, part = 'word/document.xml'): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file(part)!.async('string');
}

/** Clause headings, and every paragraph and cell as text, as a reader sees them. */
function readable(doc: SlaDocument): string[] {
  const terms = new Map(doc.terms.map((t) => [t.id, t]));
  const inline = (inlines: readonly Inline[]) =>
    inlines
      .map((i) =>
        i.type === 'text' ? i.text : i.type === 'term' ? JSON.stringify(terms.get(i.termId)?.value) : '',
      )
      .join('');
  const cellText = (cell: TableCell) =>
    cell.content.map((block) => (block.type === 'paragraph' ? inline(block.content) : '')).join(' ');
  return doc.clauses.flatMap((clause) => [
    `# ${clause.heading}`,
    ...clause.body.flatMap((block) =>
      block.type === 'paragraph'
        ? [inline(block.content)]
        : block.type === 'list'
          ? block.items.map((item) => `- ${inline(item.content)}`)
          : block.type === 'table'
            ? block.rows.map((row) => row.cells.map(cellText).join(' | '))
            : [],
    ),
  ]);
}

describe('exportCleanDocx', () => {
  it.each(templates.map((t) => t.id))('round-trips %s: import of the export shows no changes', async (id) => {
    const doc = templateDocument(id);
    const bytes = await exportCleanDocx(doc, meta);
    const back = await importDocx(bytes, { reference: doc });
    expect(computeRedline(doc, back.accepted).changes).toEqual([]);
    expect(back.unmapped).toEqual([]);
    expect(back.trackedChanges).toEqual([]);
  });

  it('writes numbered headings, real tables with a repeated header row, header, footer and properties', async () => {
    const doc = templateDocument('managed-it-business-de');
    const bytes = await exportCleanDocx(doc, meta);
    const xml = await documentXml(bytes);
    // Numbers are Word's automatic numbering (numbering.xml), so the heading text stands alone.
    expect(xml).toMatch(/<w:numPr>[\s\S]*?Vertragsparteien und Leistungsumfang/);
    expect(xml).toContain('Zwischen Brightline IT GmbH („Anbieter“) und Müller &amp; Söhne KG („Kunde“).');
    expect(xml).toMatch(/<w:tbl>[\s\S]*<w:tblHeader\/>/);
    expect(xml).toContain('99,9');
    const zip = await JSZip.loadAsync(bytes);
    const headers = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /word\/(header|footer)\d*\.xml$/.test(name))
        .map((name) => zip.file(name)!.async('string')),
    );
    const frame = headers.join('');
    expect(frame).toContain('Müller &amp; Söhne – Managed IT');
    expect(frame).toContain('Round 2 · 3f9a1c2e');
    expect(frame).toContain('Seite');
    expect(frame).toMatch(/NUMPAGES/);
    expect(await zip.file('docProps/core.xml')!.async('string')).toContain(doc.title);
    expect(await zip.file('docProps/custom.xml')!.async('string')).toContain(meta.contentHash);
    expect(await zip.file('word/styles.xml')!.async('string')).toContain('de-DE');
  });
});

describe('exportRedlineDocx', () => {
  function revised(a: SlaDocument): SlaDocument {
    const b = structuredClone(a);
    const percent = b.terms.find((t) => t.kind === 'percent')!;
    if (percent.kind === 'percent') percent.value = 99.5;
    // Reword the first paragraph, drop a clause, move one, add a new one, add a table row.
    const firstParagraph = b.clauses[0]!.body.find((block) => block.type === 'paragraph');
    if (firstParagraph?.type === 'paragraph')
      firstParagraph.content.push({ type: 'text', text: ' All prices are net.' });
    const removed = b.clauses.splice(3, 1)[0]!;
    const moved = b.clauses.splice(1, 1)[0]!;
    b.clauses.splice(5, 0, moved);
    b.clauses.push({
      id: 'escrow',
      kind: 'other',
      heading: 'Source code escrow',
      level: 1,
      body: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'The Provider deposits the source code with an escrow agent.' }],
        },
      ],
    });
    const tableClause = b.clauses.find((c) => c.body.some((block) => block.type === 'table'))!;
    const tableBlock = tableClause.body.find((block) => block.type === 'table');
    if (tableBlock?.type === 'table')
      tableBlock.rows.push({
        cells: tableBlock.rows[1]!.cells.map(() => cellOf([{ type: 'text', text: 'extra' }])),
      });
    expect(removed.id).not.toBe(moved.id);
    return b;
  }

  it('writes Word tracked changes so that Accept All gives round B and Reject All gives round A', async () => {
    const a = templateDocument('managed-it-business-en');
    const b = revised(a);
    const redline = computeRedline(a, b);
    const bytes = await exportRedlineDocx(a, b, redline, {
      ...meta,
      authorA: 'Kessler Logistics',
      authorB: 'Brightline IT',
      dateA: '2026-11-01T09:00:00Z',
      dateB: '2026-11-20T10:00:00Z',
    });
    const xml = await documentXml(bytes);
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="Brightline IT" w:date="2026-11-20T10:00:00Z">/);
    expect(xml).toMatch(/<w:del w:id="\d+" w:author="Brightline IT"/);
    const ids = [...xml.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);

    const accepted = await importDocx(bytes, { reference: b });
    expect(readable(accepted.accepted)).toEqual(readable(b));
    expect(computeRedline(b, accepted.accepted).changes).toEqual([]);
    const rejected = await importDocx(bytes, { reference: a });
    expect(readable(rejected.original)).toEqual(readable(a));
    expect(computeRedline(a, rejected.original).changes).toEqual([]);
  });

  it('writes no tracked changes between identical rounds', async () => {
    const a = templateDocument('managed-it-basic-de');
    const bytes = await exportRedlineDocx(a, a, computeRedline(a, a), {
      ...meta,
      authorA: 'A',
      authorB: 'B',
      dateA: '2026-11-01T00:00:00Z',
      dateB: '2026-11-02T00:00:00Z',
    });
    expect(await documentXml(bytes)).not.toMatch(/<w:(ins|del) /);
  });
});

describe('export of awkward text', () => {
  it('writes line breaks as Word breaks and drops characters XML cannot hold', async () => {
    const doc = templateDocument('managed-it-basic-en');
    doc.clauses[0]!.body.unshift({
      type: 'paragraph',
      content: [{ type: 'text', text: 'Contact:\nservice desk\u000b, ext. 42', marks: ['bold'] }],
    });
    const bytes = await exportCleanDocx(doc, meta);
    const xml = await documentXml(bytes);
    expect(xml).toMatch(
      /Contact:<\/w:t><\/w:r><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:br\/><w:t[^>]*>service desk, ext\. 42/,
    );
    const back = await importDocx(bytes, { reference: doc });
    expect(back.accepted.clauses[0]!.body[0]).toEqual({
      type: 'paragraph',
      content: [{ type: 'text', text: 'Contact:\nservice desk, ext. 42', marks: ['bold'] }],
    });
  });
});
