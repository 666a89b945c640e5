import { backupFileName, type BackupApp } from '../../../shared/backup/backupFormat';
import type { SettingsRepository } from '../../db';
import type { BackupProgressEvent } from '../../db/backup';
import { SafetyCopyError } from '../../errors/SafetyCopyError';
import type { BackupFileContent, Platform, SavedBackup } from '../../platform/platform';
import type { BackupWorker } from './backupWorker';
import type { StagedOverview } from './backupWorkerProtocol';

export const BACKUP_FILE_FILTERS = [{ name: 'SLA Workbench backup', extensions: ['json'] }];

/** Browser mode reminds the user to download a backup when the last one is older than this. */
export const BACKUP_REMINDER_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

export async function appIdentity(platform: Platform): Promise<BackupApp> {
  try {
    const info = await platform.appInfo();
    return { name: info.name, version: info.version };
  } catch {
    return { name: 'SLA Workbench', version: 'unknown' };
  }
}

type OnProgress = (progress: BackupProgressEvent) => void;

/**
 * "Back up now": the whole database as a file, made in the worker, saved where the user chooses
 * (Electron, written and read back by main) or downloaded (browser). Records the time, which stops the
 * browser-mode reminder. The result says what is known: verified, or only handed to the browser.
 */
export async function backUpNow(
  worker: BackupWorker,
  platform: Platform,
  settings: SettingsRepository,
  now = new Date(),
  onProgress?: OnProgress,
): Promise<SavedBackup> {
  const content = await worker.export(await appIdentity(platform), onProgress);
  const saved = await platform.saveBackup(content, 'save-as', {
    suggestedName: backupFileName(now),
    filters: BACKUP_FILE_FILTERS,
  });
  if (saved.status !== 'cancelled') await settings.set('lastBackupAt', now.toISOString());
  return saved;
}

/** `sla-workbench-before-restore-2026-11-03-1430.json`: the copy a browser downloads before a restore. */
export function safetyCopyName(now: Date): string {
  return backupFileName(now).replace('sla-workbench-backup-', 'sla-workbench-before-restore-');
}

/**
 * The copy of the current data a restore makes first (issue 9: restore only after the copy exists).
 * Electron: written to the backups folder and read back by main; only a verified copy counts, anything
 * else throws. A browser can only start a download: the caller must then have the user confirm that
 * they have the file before the restore may start.
 */
export async function saveSafetyCopy(
  worker: BackupWorker,
  platform: Platform,
  now = new Date(),
  onProgress?: OnProgress,
): Promise<SavedBackup & { status: 'verified' | 'download-started' }> {
  const content: BackupFileContent = await worker.export(await appIdentity(platform), onProgress);
  const saved = await platform.saveBackup(content, 'before-restore', {
    suggestedName: safetyCopyName(now),
    filters: BACKUP_FILE_FILTERS,
  });
  if (saved.status === 'cancelled')
    throw new SafetyCopyError('copy-not-confirmed', 'The copy of the current data was not saved.');
  if (platform.backups && saved.status !== 'verified')
    throw new SafetyCopyError('copy-mismatch', 'The copy of the current data could not be verified.');
  return saved;
}

/** What a backup holds, for the confirmation before restoring it. */
export interface BackupOverview {
  createdAt: string;
  deals: number;
  rounds: number;
  /** Own templates; the built-in ones come with the app anyway. */
  templates: number;
  /** Installations whose signatures the backup brings along that were not known here. */
  newSigners: number;
}

export function describeBackup(overview: StagedOverview): BackupOverview {
  return {
    createdAt: overview.createdAt,
    deals: overview.counts.deals,
    rounds: overview.counts.rounds,
    templates: overview.ownTemplates,
    newSigners: overview.newKeys,
  };
}

/**
 * True when browser mode should remind the user to download a backup: the last one they saved is
 * more than 7 days old or, if they never saved one, their oldest deal is.
 */
export function backupIsDue(
  lastBackupAt: string,
  oldestDealAt: string | undefined,
  now = new Date(),
): boolean {
  const since = Date.parse(lastBackupAt !== '' ? lastBackupAt : (oldestDealAt ?? ''));
  return Number.isFinite(since) && now.getTime() - since > BACKUP_REMINDER_AFTER_MS;
}
