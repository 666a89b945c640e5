import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocx, type ImportedDocx } from '../../shared/docx/importDocx';
import { viewText } from '../../shared/docx/read/viewText';
import type { Block } from '../../shared/model/document';

/**
 * The reader on Word files that LibreOffice wrote (issue 8, "the whole Word file"): notes, text
 * boxes (LibreOffice writes each twice, as DrawingML and as VML fallback), headers, footers and
 * comments, from a flat ODF source converted at test time.
 */
const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasSoffice) console.warn('LibreOffice reader test skipped: `soffice` is not installed on this machine.');

const source = fileURLToPath(new URL('../fixtures/libreoffice-source/parts.fodt', import.meta.url));
const text = (block: Block | undefined) =>
  block?.type === 'paragraph' ? viewText(block.content, 'accepted') : '';

describe.skipIf(!hasSoffice)('a Word file written by LibreOffice, read whole', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sla-reader-lo-'));
  let imported: ImportedDocx;

  beforeAll(async () => {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'docx:MS Word 2007 XML',
        '--outdir',
        dir,
        source,
      ],
      { timeout: 180_000, stdio: 'pipe' },
    );
    imported = await importDocx(new Uint8Array(readFileSync(join(dir, 'parts.docx'))));
  }, 240_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the title, the typed clause numbers and the text with its marks and term as written', () => {
    const { document } = imported;
    expect(document.title).toBe('Service Level Agreement');
    expect(document.clauses.map((c) => [c.label?.text, c.heading])).toEqual([
      ['1.', 'Availability'],
      ['2.', 'Liability'],
    ]);
    const paragraph = document.clauses[0]!.body[0];
    expect(paragraph?.type === 'paragraph' && paragraph.content).toEqual([
      { type: 'text', text: 'The service is available for ' },
      { type: 'term', termId: 'availability_percent_1', text: '99.9 %' },
      expect.objectContaining({ type: 'note', note: 'footnote' }),
      { type: 'text', text: ' of the ' },
      { type: 'text', text: 'time', marks: ['italic'] },
      { type: 'text', text: '.' },
    ]);
  });

  it('has the footnote at its reference', () => {
    const paragraph = imported.document.clauses[0]!.body[0];
    const note =
      paragraph?.type === 'paragraph'
        ? paragraph.content.find((inline) => inline.type === 'note')
        : undefined;
    expect(note?.type === 'note' && text(note.body[0]).trim()).toBe('Measured per calendar month.');
  });

  it('reads the text box once, after its paragraph', () => {
    const body = imported.document.clauses[0]!.body;
    expect(text(body[1])).toBe('The box belongs to this paragraph.');
    expect(body[2]).toEqual({
      type: 'box',
      blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'Call the service desk first.' }] }],
    });
    expect(body).toHaveLength(3);
  });

  it('reads the header and footer of the section', () => {
    expect(
      imported.document.pageParts?.map((part) => [part.kind, part.variant, text(part.blocks[0])]),
    ).toEqual([
      ['header', 'default', 'Kessler hosting · Round 2'],
      ['footer', 'default', 'Confidential draft'],
    ]);
  });

  it('anchors the comment to its clause and text', () => {
    expect(imported.comments).toEqual([
      expect.objectContaining({
        author: 'J. Brandt',
        text: 'Too low for us.',
        anchorText: 'Liability is limited to the annual fee.',
        clauseId: 'liability',
      }),
    ]);
    expect(imported.warnings).toEqual([]);
  });
});
