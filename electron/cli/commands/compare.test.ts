import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importDocx } from '../../../shared/docx/importDocx';
import { trackedEditsOf } from '../../../shared/docx/read/trackedEditsOf';
import { viewDocument } from '../../../shared/model/views';
import type { CliContext } from '../cliCommand';
import { runCli } from '../runCli';
import { commands } from './index';
import type { CompareJsonChange } from './compare';

const fixtures = fileURLToPath(new URL('../../../test/fixtures/libreoffice/', import.meta.url));
let dir: string;

function capture(): CliContext & { out: string; err: string } {
  const context = {
    out: '',
    err: '',
    cwd: '',
    stdout: (text: string) => void (context.out += text),
    stderr: (text: string) => void (context.err += text),
  };
  context.cwd = dir;
  return context;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sla-cli-'));
  for (const name of [
    'en-hosting-round1-sent.docx',
    'en-hosting-round2-counterparty.docx',
    'de-helpdesk-basis.docx',
  ])
    copyFileSync(join(fixtures, name), join(dir, name));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('sla-workbench compare', () => {
  it('writes the redline as tracked changes and the change list, marking silent edits as untracked', async () => {
    const io = capture();
    const code = await runCli(
      [
        'compare',
        'en-hosting-round1-sent.docx',
        'en-hosting-round2-counterparty.docx',
        '--out',
        'redline.docx',
        '--json',
        'changes.json',
      ],
      io,
      commands,
    );
    expect(io.err).toBe('');
    expect(code).toBe(0);
    const changes: CompareJsonChange[] = JSON.parse(readFileSync(join(dir, 'changes.json'), 'utf8'));
    const row = (c: CompareJsonChange) =>
      `${c.tracked ? 'tracked' : 'SILENT'} ${c.clause}: ${c.before.trim()} -> ${c.after.trim()}`.replace(
        /\u00a0/g,
        ' ',
      );
    expect(changes.map(row)).toEqual([
      'tracked 3. Availability: 99.9% -> 99.95%',
      'tracked 4. Maintenance windows: 5 business days -> 10 business days',
      'SILENT 5. Incident response: 30 minutes -> 15 minutes',
      'tracked 6. Service credits: 30% -> 50%',
      'SILENT 6. Service credits: 30 days -> 60 days',
      'tracked 9. Chronic failure:  -> The Customer may also terminate if two P1 incidents exceed their resolution target in one month.',
      'SILENT 11. Liability: reasonable and -> ',
    ]);
    expect(Object.keys(changes[0]!).sort()).toEqual([
      'after',
      'authors',
      'before',
      'clause',
      'id',
      'kind',
      'location',
      'origin',
      'tracked',
    ]);
    // Tracked changes name their authors; silent edits have none.
    for (const change of changes) {
      expect(change.origin).toBe(change.tracked ? 'tracked' : 'silent');
      expect(change.authors.length > 0).toBe(change.tracked);
      expect(['body', 'table']).toContain(change.location);
    }
    expect(new Set(changes.map((change) => change.id)).size).toBe(changes.length);

    // The redline itself: Accept All yields NEW, Reject All yields OLD.
    const redline = await importDocx(new Uint8Array(readFileSync(join(dir, 'redline.docx'))));
    expect(trackedEditsOf(redline.document).length).toBeGreaterThanOrEqual(7);
    const accepted = viewDocument(redline.document, 'accepted');
    const original = viewDocument(redline.document, 'original');
    expect(JSON.stringify(accepted)).toContain('two P1 incidents');
    expect(JSON.stringify(original)).not.toContain('two P1 incidents');
    expect(JSON.stringify(original)).toContain('reasonable and sole');
  });

  it('fails with exit code 2, one line on stderr and no output file for a file that is not Word', async () => {
    writeFileSync(join(dir, 'notes.docx'), 'just some text, renamed');
    const io = capture();
    const code = await runCli(
      ['compare', 'notes.docx', 'en-hosting-round1-sent.docx', '--out', 'redline.docx'],
      io,
      commands,
    );
    expect(code).toBe(2);
    expect(io.err).toMatch(/^error: notes\.docx: This file is not a Word document .*\n$/);
    expect(io.err.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(dir, 'redline.docx'))).toBe(false);
  });

  it('fails clearly for a missing file and for missing arguments', async () => {
    const missing = capture();
    expect(
      await runCli(
        ['compare', 'nope.docx', 'en-hosting-round1-sent.docx', '--out', 'r.docx'],
        missing,
        commands,
      ),
    ).toBe(2);
    expect(missing.err).toBe('error: nope.docx cannot be opened (ENOENT).\n');
    const usage = capture();
    expect(await runCli(['compare', 'en-hosting-round1-sent.docx'], usage, commands)).toBe(2);
    expect(usage.err).toMatch(/compare: expected two Word files/);
    expect(readdirSync(dir).sort()).toEqual([
      'de-helpdesk-basis.docx',
      'en-hosting-round1-sent.docx',
      'en-hosting-round2-counterparty.docx',
    ]);
  });
});

describe('sla-workbench import', () => {
  it('prints the parsed clauses and terms as JSON', async () => {
    const io = capture();
    expect(await runCli(['import', 'de-helpdesk-basis.docx'], io, commands)).toBe(0);
    const parsed = JSON.parse(io.out);
    expect(parsed.language).toBe('de');
    expect(parsed.clauses.map((c: { heading: string }) => c.heading)).toContain('Verfügbarkeit');
    expect(parsed.terms.find((t: { id: string }) => t.id === 'verfugbarkeit_percent_1').value).toBe(99.5);
  });

  it('fails with exit code 2 and one line for an empty file', async () => {
    writeFileSync(join(dir, 'empty.docx'), '');
    const io = capture();
    expect(await runCli(['import', 'empty.docx'], io, commands)).toBe(2);
    expect(io.err).toBe('error: empty.docx: The file is empty (0 bytes); there is nothing to import.\n');
    expect(io.out).toBe('');
  });
});
