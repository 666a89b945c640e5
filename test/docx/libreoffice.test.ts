import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlaDocument } from '../../shared/model/document';
import { buildChangeTree } from '../../shared/redline/buildChangeTree';
import { detectSilentEdits } from '../../shared/docx/detectSilentEdits';
import { exportCleanDocx, exportRedlineDocx } from '../../shared/docx/exportDocx';
import { importDocx } from '../../shared/docx/importDocx';
import { acceptedView } from '../../shared/docx/read/viewWithTerms';

/**
 * An independent consumer opens what we export (DESIGN §7): LibreOffice converts the files to PDF
 * and pdftotext reads them back. One soffice run converts every file (each start costs seconds).
 */
const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const hasPdftotext = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).status === 0;
if (!hasSoffice || !hasPdftotext)
  console.warn('LibreOffice tests skipped: `soffice` or `pdftotext` is not installed on this machine.');

const templates: { id: string; document: SlaDocument }[] = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../assets/templates/built-in-templates.json', import.meta.url)),
    'utf8',
  ),
);
function templateDocument(id: string): SlaDocument {
  const document = structuredClone(templates.find((t) => t.id === id)!.document);
  return { ...document, parties: { provider: 'Brightline IT GmbH', customer: 'Kessler Logistics AG' } };
}

describe.skipIf(!hasSoffice || !hasPdftotext)('exported Word files in LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sla-docx-lo-'));
  const text: Record<string, string> = {};
  const en = templateDocument('managed-it-business-en');
  const de = templateDocument('managed-it-basic-de');
  const revised = structuredClone(en);
  const availability = revised.terms.find((t) => t.id === 'availability');
  if (availability?.kind === 'percent') availability.value = 99.5;
  const removedClause = revised.clauses.splice(4, 1)[0]!;
  revised.clauses.push({
    id: 'escrow',
    kind: 'other',
    heading: 'Source code escrow',
    level: 1,
    body: [
      {
        type: 'paragraph',
        content: [{ type: 'text', text: 'The Provider deposits the escrow package quarterly.' }],
      },
    ],
  });

  beforeAll(async () => {
    const files = {
      'clean-en': await exportCleanDocx(en, {
        dealName: 'Kessler hosting deal',
        roundLabel: 'Round 1',
        shortHash: 'a1b2c3d4',
      }),
      'clean-de': await exportCleanDocx(de, {
        dealName: 'Helpdesk Müller',
        roundLabel: 'Runde 2',
        shortHash: 'e5f6a7b8',
      }),
      redline: await exportRedlineDocx(buildChangeTree(en, revised), {
        dealName: 'Kessler hosting deal',
        roundLabel: 'Round 2',
        shortHash: 'c9d0e1f2',
        authorA: 'Kessler Logistics',
        authorB: 'Brightline IT',
        dateA: '2026-11-01T09:00:00Z',
        dateB: '2026-11-20T10:00:00Z',
      }),
    };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, `${name}.docx`), bytes);
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...Object.keys(files).map((name) => join(dir, `${name}.docx`)),
      ],
      { timeout: 180_000, stdio: 'pipe' },
    );
    // The counterparty opens our round in LibreOffice and saves it again as .docx, changing nothing.
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'docx:MS Word 2007 XML',
        '--outdir',
        join(dir, 'resaved'),
        join(dir, 'clean-en.docx'),
        join(dir, 'clean-de.docx'),
      ],
      { timeout: 180_000, stdio: 'pipe' },
    );
    for (const name of Object.keys(files))
      text[name] = execFileSync('pdftotext', ['-layout', join(dir, `${name}.pdf`), '-'], {
        encoding: 'utf8',
      }).replace(/\s+/g, ' ');
  }, 240_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows the clean English round: title, parties, numbered clauses, term values, table, header and footer', () => {
    const page = text['clean-en']!;
    expect(page).toContain(en.title);
    expect(page).toContain('Between Brightline IT GmbH (“Provider”) and Kessler Logistics AG (“Customer”).');
    expect(page).toContain(`1. ${en.clauses[0]!.heading}`);
    expect(page).toContain('99.9%');
    expect(page).toMatch(/Priority\s+Response time/);
    expect(page).toContain('Kessler hosting deal');
    expect(page).toContain('Round 1 · a1b2c3d4');
    expect(page).toMatch(/Page 1 of \d+/);
  });

  it('shows the clean German round with German numbers and labels', () => {
    const page = text['clean-de']!;
    expect(page).toContain(de.title);
    expect(page).toContain('Zwischen Brightline IT GmbH („Anbieter“) und Kessler Logistics AG („Kunde“).');
    expect(page).toMatch(/\d+,\d+ %/);
    expect(page).toMatch(/Seite 1 von \d+/);
  });

  it('reads our round back without a single change after LibreOffice saved it again', async () => {
    for (const [name, doc] of [
      ['clean-en', en],
      ['clean-de', de],
    ] as const) {
      const resaved = await importDocx(new Uint8Array(readFileSync(join(dir, 'resaved', `${name}.docx`))), {
        reference: doc,
      });
      expect(buildChangeTree(doc, acceptedView(resaved.document)).changes).toEqual([]);
      expect(detectSilentEdits(doc, resaved).silentEdits).toEqual([]);
    }
  });

  it('shows both inserted and deleted text of the redline', () => {
    const page = text.redline!;
    expect(page).toContain('Source code escrow');
    expect(page).toContain('The Provider deposits the escrow package quarterly.');
    // Clause numbers are Word's automatic numbering, so the removed clause keeps its old number,
    // which LibreOffice prints in brackets, and the clauses after it are renumbered, not changed.
    expect(page).toContain(`[5.] ${removedClause.heading}`);
    expect(page).toContain('99.5%');
    expect(page).toContain('99.9%');
  });
});
