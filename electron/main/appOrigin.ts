import { join } from 'node:path';

/**
 * The renderer is served from `app://bundle/…`, never `file://` (Electron security checklist §18).
 * IndexedDB is keyed by this origin: changing the scheme or host hides every saved deal from the
 * app, so changing either needs a data migration.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Node's URL gives custom schemes the origin "null", so the check compares scheme and host
 * rather than `URL.origin`.
 */
export function isAppUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === `${APP_SCHEME}:` &&
      parsed.host === APP_HOST &&
      parsed.username === '' &&
      parsed.port === ''
    );
  } catch {
    return false;
  }
}

/** Where electron-vite puts the build, relative to the app folder (the project root or app.asar). */
export function rendererDirectory(appPath: string): string {
  return join(appPath, 'out', 'renderer');
}

/** A sandboxed preload must be one CommonJS file; see electron/launcher/electron.vite.config.ts. */
export function preloadScriptPath(appPath: string): string {
  return join(appPath, 'out', 'preload', 'index.cjs');
}
