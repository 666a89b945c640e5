import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findElectronRuntime, recentInstallFailure } from './electronRuntime.mjs';

let root: string;
let packageDir: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'sla-runtime-'));
  packageDir = join(root, 'node_modules', 'electron');
  mkdirSync(join(packageDir, 'dist'), { recursive: true });
  writeFileSync(join(packageDir, 'package.json'), JSON.stringify({ version: '45.5.0' }));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function installRuntime(version = 'v45.5.0') {
  writeFileSync(join(packageDir, 'path.txt'), 'electron');
  writeFileSync(join(packageDir, 'dist', 'version'), version);
  writeFileSync(join(packageDir, 'dist', 'electron'), '');
}

describe('findElectronRuntime', () => {
  it('reports no runtime when npm skipped the download (ignore-scripts)', () => {
    expect(findElectronRuntime(root, {}, 'linux')).toBeNull();
  });

  it('finds the runtime the electron package installed', () => {
    installRuntime();
    expect(findElectronRuntime(root, {}, 'linux')).toEqual({
      executable: join(packageDir, 'dist', 'electron'),
      version: '45.5.0',
    });
  });

  it('ignores a runtime left over from another Electron version', () => {
    installRuntime('v44.0.0');
    expect(findElectronRuntime(root, {}, 'linux')).toBeNull();
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like the electron package does', () => {
    const custom = join(root, 'custom-dist');
    mkdirSync(custom);
    writeFileSync(join(custom, 'electron'), '');
    expect(findElectronRuntime(root, { ELECTRON_OVERRIDE_DIST_PATH: custom }, 'linux')?.executable).toBe(
      join(custom, 'electron'),
    );
  });
});

describe('recentInstallFailure', () => {
  it('remembers a failed download for an hour, so offline starts do not wait again', () => {
    const marker = join(root, 'node_modules', '.cache', 'sla-workbench');
    mkdirSync(marker, { recursive: true });
    const failedAt = 1_000_000;
    writeFileSync(join(marker, 'electron-install-failed.json'), JSON.stringify({ failedAt }));
    expect(recentInstallFailure(root, failedAt + 5 * 60_000)).toBe(failedAt);
    expect(recentInstallFailure(root, failedAt + 2 * 60 * 60_000)).toBeNull();
  });
});
