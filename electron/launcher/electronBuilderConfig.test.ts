import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const config = readFileSync(fileURLToPath(new URL('../../electron-builder.yml', import.meta.url)), 'utf8');

/** The indented `key: value` lines under a top-level key (the file is flat enough for this). */
function block(name: string): Record<string, string> {
  const match = new RegExp(`^${name}:\\n((?:[ ]{2}.*\\n?)+)`, 'm').exec(config);
  const entries = (match?.[1] ?? '')
    .split('\n')
    .map((line) => /^\s{2}(\w+):\s*(.+)$/.exec(line))
    .filter((entry): entry is RegExpExecArray => entry !== null)
    .map((entry) => [entry[1], entry[2]]);
  return Object.fromEntries(entries) as Record<string, string>;
}

describe('packaged app (electron-builder.yml)', () => {
  it('flips the Electron fuses the security checklist asks for', () => {
    expect(block('electronFuses')).toMatchObject({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      onlyLoadAppFromAsar: 'true',
      enableEmbeddedAsarIntegrityValidation: 'true',
      grantFileProtocolExtraPrivileges: 'false',
    });
  });

  it('packs the app into an asar archive under its product name', () => {
    expect(config).toMatch(/^asar: true$/m);
    expect(config).toMatch(/^productName: SLA Workbench$/m);
  });
});
