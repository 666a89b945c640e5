import { readFile, readdir, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  BACKUP_FILE_NAME_PATTERN,
  MAX_FILE_BYTES,
  formatMaxFileSize,
  type BackupFileInfo,
  type BackupKind,
  type BackupWriteResponse,
} from '../../../shared/ipc/contract';
import { resolveInsideFolder, saveRotatingBackup, writeBackupFile } from './rotateBackups';

/** A failure with a message for the user; ipcHandlers turns it into an `io-error` result. */
export class BackupFileError extends Error {
  override readonly name = 'BackupFileError';
}

function kindOf(name: string): BackupKind {
  return name.startsWith('sla-workbench-before-restore-') ? 'before-restore' : 'automatic';
}

/**
 * Writes one backup into the backups folder. Automatic backups are rotated (newest ten, one a day
 * for a week); the copy taken before a restore is never rotated away: it is the way back.
 */
export async function writeBackup(
  folder: string,
  text: string,
  kind: BackupKind,
  now: Date,
): Promise<BackupWriteResponse> {
  try {
    const path =
      kind === 'automatic'
        ? (await saveRotatingBackup(folder, text, now)).written
        : await writeBackupFile(folder, text, now, undefined, kind);
    return { path, name: basename(path) };
  } catch (error) {
    throw new BackupFileError(`The backup could not be written: ${(error as Error).message}`);
  }
}

/** The backup files in the folder, newest first; other files (temporary ones, the user's) are left out. */
export async function listBackups(folder: string): Promise<BackupFileInfo[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    // No backup written yet: the folder appears with the first one.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new BackupFileError(`The backups folder could not be read: ${(error as Error).message}`);
  }
  const entries: BackupFileInfo[] = [];
  for (const name of names) {
    if (!BACKUP_FILE_NAME_PATTERN.test(name)) continue;
    try {
      const info = await stat(resolveInsideFolder(folder, name));
      if (!info.isFile()) continue;
      entries.push({ name, kind: kindOf(name), size: info.size, createdAt: info.mtime.toISOString() });
    } catch {
      // Deleted between readdir and stat (rotation in progress): not offered.
    }
  }
  return entries.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

/** Reads one backup by its bare name; the name was checked against the pattern by the contract. */
export async function readBackupFile(folder: string, name: string): Promise<string> {
  if (!BACKUP_FILE_NAME_PATTERN.test(name)) throw new BackupFileError(`"${name}" is not a backup file.`);
  const path = resolveInsideFolder(folder, name);
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new BackupFileError(`"${name}" is not a file.`);
    if (info.size > MAX_FILE_BYTES)
      throw new BackupFileError(`"${name}" is larger than ${formatMaxFileSize()} and cannot be read.`);
    return await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof BackupFileError) throw error;
    throw new BackupFileError(`The backup "${name}" could not be read: ${(error as Error).message}`);
  }
}
