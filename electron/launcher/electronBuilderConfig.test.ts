import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
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

  it('builds AppImage and deb, NSIS and dmg, each with its icon from assets/icons', () => {
    const parsed = parse(config) as Record<string, { target?: string[]; icon?: string }>;
    expect(parsed.linux?.target).toEqual(['AppImage', 'deb']);
    expect(parsed.win?.target).toEqual(['nsis']);
    expect(parsed.mac?.target).toEqual(['dmg']);
    const root = fileURLToPath(new URL('../../', import.meta.url));
    for (const platform of ['linux', 'win', 'mac'])
      expect(existsSync(`${root}${parsed[platform]?.icon}`), `${platform} icon`).toBe(true);
  });

  it('opens backups and template packs by their own extensions, never .json', () => {
    const parsed = parse(config) as { fileAssociations: { ext: string; mimeType: string }[] };
    expect(parsed.fileAssociations.map((association) => association.ext)).toEqual(['slabackup', 'slapack']);
    expect(
      parsed.fileAssociations.every((association) =>
        association.mimeType.startsWith('application/x-sla-workbench'),
      ),
    ).toBe(true);
  });
});
