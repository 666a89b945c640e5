import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MISSING_RUNTIME_EXIT, planDist } from './distPlan.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('npm run dist', () => {
  it('packages with the installed runtime, for this platform, never publishing', () => {
    const plan = planDist({
      runtime: { executable: '/r/node_modules/electron/dist/electron', version: '45.5.0' },
      platform: 'linux',
      args: ['--dir'],
    });
    expect(plan).toEqual({
      ok: true,
      targets: 'AppImage and deb',
      builderArgs: [
        '--config',
        'electron-builder.yml',
        '--config.electronDist=/r/node_modules/electron/dist',
        '--config.electronVersion=45.5.0',
        '--publish',
        'never',
        '--dir',
      ],
    });
    expect(
      planDist({ runtime: { executable: 'C:/e/electron.exe', version: '1.0.0' }, platform: 'win32' }),
    ).toMatchObject({
      targets: 'NSIS installer',
    });
  });

  it('says clearly that the Electron runtime is missing, and how to get it, instead of failing in electron-builder', () => {
    const result = spawnSync(process.execPath, ['electron/launcher/dist.mjs'], {
      cwd: root,
      encoding: 'utf8',
      // A runtime directory that does not exist: the state of a machine without the runtime.
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: `${root}/does-not-exist` },
    });
    expect(result.status).toBe(MISSING_RUNTIME_EXIT);
    expect(result.stderr).toContain('the Electron runtime is not installed');
    expect(result.stderr).toContain('npm start -- --fetch-electron');
    expect(result.stderr).toContain('Nothing was built.');
    expect(result.stdout).not.toContain('Packaging');
  });
});
