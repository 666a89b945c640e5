import { randomUUID } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';

/**
 * Automatic backups: files in `<userData>/backups`, named by local time so the user can find the
 * one from "yesterday afternoon". Persisted names: changing the pattern orphans existing files
 * (they would no longer be rotated, nor offered for restore).
 */
export const AUTOMATIC_BACKUP_PATTERN = /^sla-workbench-(\d{8})-(\d{6})\.json$/;
export const BACKUPS_FOLDER = 'backups';

export interface RotationPolicy {
  /** The newest files kept whatever their age. */
  keepNewest: number;
  /** For each of the last this many calendar days (today included), the newest file of the day. */
  keepDailyFor: number;
}

export const DEFAULT_ROTATION: Readonly<RotationPolicy> = Object.freeze({ keepNewest: 10, keepDailyFor: 7 });

/** The fs functions the backup writer needs; node:fs/promises by default, an in-memory fake in tests. */
export interface BackupFs {
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  writeFile(path: string, data: string, options: { encoding: 'utf8'; flush: boolean }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  unlink(path: string): Promise<void>;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** `YYYYMMDD` of a date in local time. */
function dayStamp(date: Date): string {
  return `${pad(date.getFullYear(), 4)}${pad(date.getMonth() + 1)}${pad(date.getDate())}`;
}

function timeStamp(date: Date): string {
  return `${dayStamp(date)}-${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`;
}

export type BackupKind = 'automatic' | 'before-restore';

/**
 * `sla-workbench-20261103-143000.json`. The copy taken before a restore gets its own prefix, so the
 * rotation never deletes it: it is the user's way back from a restore they regret.
 */
export function backupFileName(now: Date, kind: BackupKind = 'automatic'): string {
  const prefix = kind === 'automatic' ? 'sla-workbench' : 'sla-workbench-before-restore';
  return `${prefix}-${timeStamp(now)}.json`;
}

/**
 * Which automatic backups to delete: all but the newest `keepNewest`, and the newest of each of the
 * last `keepDailyFor` days. Names that are not automatic backups are never touched.
 */
export function planRotation(
  files: readonly string[],
  now: Date,
  policy: RotationPolicy = DEFAULT_ROTATION,
): string[] {
  const backups = files
    .map((name) => ({ name, match: AUTOMATIC_BACKUP_PATTERN.exec(name) }))
    .filter((entry): entry is { name: string; match: RegExpExecArray } => entry.match !== null)
    .map(({ name, match }) => ({ name, day: match[1] ?? '', stamp: `${match[1]}${match[2]}` }))
    // Fixed-width stamps sort chronologically as strings; the name breaks ties deterministically.
    .sort((a, b) => (a.stamp === b.stamp ? b.name.localeCompare(a.name) : b.stamp.localeCompare(a.stamp)));

  const keep = new Set(backups.slice(0, policy.keepNewest).map((entry) => entry.name));
  const recentDays = new Set<string>();
  for (let back = 0; back < policy.keepDailyFor; back++)
    recentDays.add(dayStamp(new Date(now.getFullYear(), now.getMonth(), now.getDate() - back)));
  const daysKept = new Set<string>();
  for (const entry of backups) {
    if (!recentDays.has(entry.day) || daysKept.has(entry.day)) continue;
    daysKept.add(entry.day);
    keep.add(entry.name);
  }
  return backups.filter((entry) => !keep.has(entry.name)).map((entry) => entry.name);
}

/** The file `name` directly inside `dir`; refuses names that would lead anywhere else. */
export function resolveInsideFolder(dir: string, name: string): string {
  const folder = resolve(dir);
  const target = resolve(folder, name);
  const rel = relative(folder, target);
  if (/[/\\]/.test(name) || rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel !== name)
    throw new Error(`Refusing a backup file name that is not a plain name inside its folder: ${name}`);
  return target;
}

/**
 * Writes a backup atomically: a temporary file in the same folder, flushed, then renamed over the final
 * name, so a crash or power cut leaves either the old state or the complete new file, never half a file.
 */
export async function writeBackupFile(
  dir: string,
  text: string,
  now: Date,
  fs: BackupFs = nodeFs as unknown as BackupFs,
  kind: BackupKind = 'automatic',
): Promise<string> {
  const name = backupFileName(now, kind);
  const target = resolveInsideFolder(dir, name);
  const temp = resolveInsideFolder(dir, `.${name}.${randomUUID()}.tmp`);
  await fs.mkdir(resolve(dir), { recursive: true });
  try {
    await fs.writeFile(temp, text, { encoding: 'utf8', flush: true });
    await fs.rename(temp, target);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  return target;
}

export interface AutomaticBackupResult {
  written: string;
  deleted: string[];
}

/**
 * What main calls for an automatic backup (timer, quit): write the file, then rotate. A failed delete
 * is skipped, not fatal: a file too many is better than a backup reported as failed.
 */
export async function saveRotatingBackup(
  dir: string,
  text: string,
  now: Date,
  fs: BackupFs = nodeFs as unknown as BackupFs,
  policy: RotationPolicy = DEFAULT_ROTATION,
): Promise<AutomaticBackupResult> {
  const written = await writeBackupFile(dir, text, now, fs);
  const deleted: string[] = [];
  for (const name of planRotation(await fs.readdir(resolve(dir)), now, policy)) {
    try {
      await fs.unlink(resolveInsideFolder(dir, name));
      deleted.push(name);
    } catch {
      // Already gone, or locked by a virus scanner: try again at the next rotation.
    }
  }
  return { written, deleted };
}

/** `<userData>/backups`. */
export function backupsFolder(userDataPath: string): string {
  return join(userDataPath, BACKUPS_FOLDER);
}
