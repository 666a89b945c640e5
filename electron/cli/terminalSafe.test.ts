import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeDocx, paragraphXml } from '../../shared/docx/testing/makeDocx';
import type { CliContext } from './cliCommand';
import { commands } from './commands';
import { runCli } from './runCli';
import { terminalSafe } from './terminalSafe';

// eslint-disable-next-line no-control-regex -- finding control characters is the point of the test
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

let dir = '';
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

function capture(): CliContext & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    cwd: dir,
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
  };
  return io;
}

describe('terminalSafe', () => {
  it('writes control and bidi-override characters as visible escapes, keeping line breaks and tabs', () => {
    expect(terminalSafe('a\u001b[31mb\u009bc\u202ed\n\te')).toBe('a\\u001b[31mb\\u009bc\\u202ed\n\te');
  });
});

describe('the CLI never echoes control characters from a file', () => {
  it('not from the text of an imported file', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sla-cli-safe-'));
    // XML 1.0 allows C1 controls and bidi overrides in text; they must not reach the terminal raw.
    const bytes = await makeDocx({
      body:
        paragraphXml('1. Scope', 'Heading1') + paragraphXml('Harmless\u009b2J text \u202eevil\u202c end.'),
    });
    writeFileSync(join(dir, 'answer.docx'), bytes);
    const io = capture();
    expect(await runCli(['import', 'answer.docx'], io, commands)).toBe(0);
    expect(io.out).not.toMatch(CONTROL);
    expect(JSON.stringify(JSON.parse(io.out).clauses)).toContain('Harmless\u009b2J text \u202eevil');
  });

  it('not from an entry name quoted in a refusal', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sla-cli-safe-'));
    const bytes = await makeDocx({
      body: paragraphXml('x'),
      extraEntries: { '../\u001b]0;pwned\u0007\u001b[2J.xml': 'x' },
    });
    writeFileSync(join(dir, 'evil.docx'), bytes);
    const io = capture();
    expect(await runCli(['import', 'evil.docx'], io, commands)).toBe(2);
    expect(io.err).toMatch(/points outside the document/);
    expect(io.err.slice(0, -1)).not.toMatch(CONTROL);
  });
});
