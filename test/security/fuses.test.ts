import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Electron security checklist 19 (fuses): flipped in the packaged binary by electron-builder.
 * js-yaml is the parser electron-builder itself uses to read this file (a dependency of
 * app-builder-lib), so the test reads it the way the packager does.
 */
const { load } = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
const config = load(
  readFileSync(fileURLToPath(new URL('../../electron-builder.yml', import.meta.url)), 'utf8'),
) as Record<string, unknown>;

describe('packaging config (electron-builder.yml)', () => {
  it('turns off running as Node, NODE_OPTIONS and the inspect arguments', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
    });
  });

  it('loads the app only from its asar archive and checks the archive’s integrity', () => {
    expect(config.electronFuses).toMatchObject({
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
    expect(config.asar).toBe(true);
  });

  it('gives file:// no extra privileges (the app is served from app://)', () => {
    expect(config.electronFuses).toMatchObject({ grantFileProtocolExtraPrivileges: false });
  });

  it('ships only the build output, no sources, maps or node_modules', () => {
    expect(config.files).toEqual(
      expect.arrayContaining(['out/main/**', 'out/preload/**', 'out/renderer/**', '!**/*.map']),
    );
    expect(config.files).toContain('!node_modules/**/*');
  });
});
