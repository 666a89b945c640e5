import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storedText, viewDocument, type Block, type SlaDocument } from '../../shared/model';
import { receivedSample } from '../../shared/docx/testing/receivedSample';
import { writeDocx } from '../../shared/docx/write/writeDocx';
import { hasLibreOfficeBridge, libreOfficeViews } from './libreofficeViews';

if (!hasLibreOfficeBridge)
  console.warn(
    'LibreOffice revision tests skipped: soffice or python3-uno is not installed on this machine.',
  );

/** Paragraph texts of a view, whitespace-normalised, as Word would show them line by line. */
function lines(doc: SlaDocument): string[] {
  const out: string[] = [];
  const walk = (blocks: readonly Block[]) => {
    for (const block of blocks) {
      if (block.type === 'paragraph') out.push(storedText(block.content));
      else if (block.type === 'list') for (const item of block.items) out.push(storedText(item.content));
      else if (block.type === 'table')
        for (const row of block.rows) for (const cell of row.cells) walk(cell.content);
    }
  };
  for (const clause of doc.clauses) walk(clause.body);
  return out.map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean);
}
const squash = (text: string) => text.replace(/\s+/g, '');

describe.skipIf(!hasLibreOfficeBridge)('a written received document in LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sla-write-lo-'));
  const doc = receivedSample();
  let views: Record<string, { accepted: string; rejected: string }> = {};

  beforeAll(async () => {
    writeFileSync(
      join(dir, 'received.docx'),
      await writeDocx(doc, { dealName: 'Deal', roundLabel: 'Round 2' }),
    );
    views = libreOfficeViews(dir, ['received.docx']);
  }, 240_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('Accept All shows the accepted view and nothing only the original has', () => {
    const { accepted } = views['received.docx']!;
    const mine = lines(viewDocument(doc, 'accepted'));
    const theirs = squash(accepted);
    for (const line of mine) expect(theirs).toContain(squash(line));
    const onlyOriginal = lines(viewDocument(doc, 'original')).filter((line) => !mine.includes(line));
    for (const line of onlyOriginal) expect(theirs).not.toContain(squash(line));
    expect(accepted).toContain('§ 3 Availability');
  });

  it('Reject All shows the original view and nothing only the accepted one has', () => {
    const { rejected } = views['received.docx']!;
    const mine = lines(viewDocument(doc, 'original'));
    const theirs = squash(rejected);
    for (const line of mine) expect(theirs).toContain(squash(line));
    expect(theirs).not.toContain(squash('A new sentence.'));
    expect(theirs).not.toContain(squash('Severity 1'));
  });
});
