// Finds (and, once, fetches) the Electron runtime the way the `electron` package itself does.
// `.npmrc` has ignore-scripts=true, so `npm install` never ran node_modules/electron/install.js:
// the package is there, its ~100 MB binary may not be (see node_modules/electron/index.js).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** @param {NodeJS.Platform} platform */
function defaultExecutablePath(platform) {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/** @param {string} path */
function readText(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/**
 * The runtime executable if it is installed and matches the package version, else `null`.
 * Mirrors install.js `isInstalled()`: dist/version must equal the package version and path.txt
 * must name an existing executable (or ELECTRON_OVERRIDE_DIST_PATH points to one).
 * @param {string} root repository root
 * @param {NodeJS.ProcessEnv} [env]
 * @param {NodeJS.Platform} [platform]
 * @returns {{ executable: string; version: string } | null}
 */
export function findElectronRuntime(root, env = process.env, platform = process.platform) {
  const packageDir = join(root, 'node_modules', 'electron');
  const packageJson = readText(join(packageDir, 'package.json'));
  if (packageJson === null) return null;
  const { version } = JSON.parse(packageJson);
  const recordedPath = readText(join(packageDir, 'path.txt'));
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const executable = join(env.ELECTRON_OVERRIDE_DIST_PATH, recordedPath ?? defaultExecutablePath(platform));
    return existsSync(executable) ? { executable, version } : null;
  }
  if (recordedPath === null) return null;
  const distVersion = readText(join(packageDir, 'dist', 'version'));
  if (distVersion === null || distVersion.trim().replace(/^v/, '') !== version) return null;
  const executable = join(packageDir, 'dist', recordedPath);
  return existsSync(executable) ? { executable, version } : null;
}

/** Where a failed download is remembered, so an offline machine is not made to wait on every start. */
function failureMarker(root) {
  return join(root, 'node_modules', '.cache', 'sla-workbench', 'electron-install-failed.json');
}

const RETRY_AFTER_MS = 60 * 60 * 1000;

/**
 * @param {string} root
 * @param {number} [now]
 * @returns {number | null} when the last download attempt failed, if it was recent
 */
export function recentInstallFailure(root, now = Date.now()) {
  const text = readText(failureMarker(root));
  if (text === null) return null;
  try {
    const { failedAt } = JSON.parse(text);
    return typeof failedAt === 'number' && now - failedAt < RETRY_AFTER_MS ? failedAt : null;
  } catch {
    return null;
  }
}

/**
 * Runs the electron package's own installer once, with its output (download progress) shown.
 * @param {string} root
 * @param {{ timeoutMs?: number }} [options]
 * @returns {Promise<{ ok: boolean; reason?: string }>}
 */
export function installElectronRuntime(root, { timeoutMs = 10 * 60 * 1000 } = {}) {
  const installer = join(root, 'node_modules', 'electron', 'install.js');
  if (!existsSync(installer))
    return Promise.resolve({ ok: false, reason: 'the electron package is not installed' });
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [installer], {
      cwd: dirname(installer),
      stdio: 'inherit',
      env: { ...process.env, ELECTRON_RUN_AS_NODE: undefined },
    });
    const timer = setTimeout(() => {
      child.kill();
      finish({ ok: false, reason: `the download took longer than ${Math.round(timeoutMs / 1000)} s` });
    }, timeoutMs);
    let done = false;
    /** @param {{ ok: boolean; reason?: string }} result */
    function finish(result) {
      if (done) return;
      done = true;
      clearTimeout(timer);
      const marker = failureMarker(root);
      if (result.ok) {
        rmSync(marker, { force: true });
      } else {
        mkdirSync(dirname(marker), { recursive: true });
        writeFileSync(marker, JSON.stringify({ failedAt: Date.now(), reason: result.reason }));
      }
      resolvePromise(result);
    }
    child.once('error', (error) => finish({ ok: false, reason: error.message }));
    child.once('exit', (code, signal) =>
      finish(
        code === 0
          ? { ok: true }
          : { ok: false, reason: `the installer exited with ${signal ?? `code ${code}`}` },
      ),
    );
  });
}
