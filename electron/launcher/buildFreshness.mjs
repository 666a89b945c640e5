// Decides whether `npm start` must build first: when an output is missing or any source file is
// newer than the oldest output. A plain mtime walk takes milliseconds on this repository.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const BUILD_OUTPUTS = [
  'out/main/index.js',
  'out/preload/index.cjs',
  'out/renderer/index.html',
  'out/cli/index.js',
];

const SOURCE_PATHS = ['electron', 'shared', 'renderer', 'assets', 'package.json', 'package-lock.json'];

/** Tests are not part of the build; editing one should not trigger a rebuild. */
const IGNORED_FILE = /\.(test|spec)\.[cm]?[jt]sx?$/;

/** @param {string} path */
function modifiedAt(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return null;
  }
}

/**
 * @param {string} path
 * @returns {{ path: string; mtimeMs: number } | null}
 */
function newestFile(path) {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return null;
  }
  if (stats.isFile()) return IGNORED_FILE.test(path) ? null : { path, mtimeMs: stats.mtimeMs };
  if (!stats.isDirectory()) return null;
  /** @type {{ path: string; mtimeMs: number } | null} */
  let newest = null;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    const candidate = newestFile(join(path, entry));
    if (candidate && (!newest || candidate.mtimeMs > newest.mtimeMs)) newest = candidate;
  }
  return newest;
}

/**
 * @param {string} root repository root
 * @returns {string | null} why a build is needed, or null when out/ is up to date
 */
export function buildStaleReason(root) {
  let oldestOutput = Infinity;
  for (const output of BUILD_OUTPUTS) {
    const mtime = modifiedAt(join(root, output));
    if (mtime === null) return `${output} is missing`;
    oldestOutput = Math.min(oldestOutput, mtime);
  }
  for (const source of SOURCE_PATHS) {
    const newest = newestFile(join(root, source));
    if (newest && newest.mtimeMs > oldestOutput) {
      return `${relative(root, newest.path)} changed after the last build`;
    }
  }
  return null;
}
