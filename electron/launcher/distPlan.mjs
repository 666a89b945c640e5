// What `npm run dist` runs, decided before anything is built: electron-builder over the built app
// with the locally installed Electron runtime — or, where there is none, a clear message instead of
// electron-builder's download error deep inside its output.
import { dirname } from 'node:path';

/** Exit code when the Electron runtime is missing (the CLI's "usage / environment" code). */
export const MISSING_RUNTIME_EXIT = 2;

/**
 * @param {{ runtime: { executable: string; version: string } | null; platform: NodeJS.Platform; args?: string[] }} input
 * @returns {{ ok: true; builderArgs: string[]; targets: string } | { ok: false; message: string }}
 */
export function planDist({ runtime, platform, args = [] }) {
  if (!runtime)
    return {
      ok: false,
      message: [
        'npm run dist: the Electron runtime is not installed, so there is nothing to package the app with.',
        'It comes from github.com/electron/electron/releases (about 100 MB), not from the npm registry,',
        'and `npm install` does not fetch it here (.npmrc: ignore-scripts=true).',
        'Fetch it once with `npm start -- --fetch-electron`, or set ELECTRON_OVERRIDE_DIST_PATH to an',
        'unpacked Electron of the version in package.json, then run `npm run dist` again. Nothing was built.',
      ].join('\n'),
    };
  // The runtime installed here is this platform's: it packages this platform's installers.
  const targets =
    platform === 'darwin' ? 'dmg' : platform === 'win32' ? 'NSIS installer' : 'AppImage and deb';
  return {
    ok: true,
    targets,
    builderArgs: [
      '--config',
      'electron-builder.yml',
      `--config.electronDist=${dirname(runtime.executable)}`,
      `--config.electronVersion=${runtime.version}`,
      '--publish',
      'never',
      ...args,
    ],
  };
}
