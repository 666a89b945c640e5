import { backupFileName, serializeBackup, type BackupData } from '../../../shared/backup';
import type { SlaDatabase, SettingsRepository } from '../../db';
import { exportBackup, readBackup, restoreBackup, type RestoreSummary } from '../../db/backup';
import type { Platform } from '../../platform/platform';

export const BACKUP_FILE_FILTERS = [{ name: 'SLA Workbench backup', extensions: ['json'] }];

/** Browser mode reminds the user to download a backup when the last one is older than this. */
export const BACKUP_REMINDER_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

async function appIdentity(platform: Platform) {
  try {
    const info = await platform.appInfo();
    return { name: info.name, version: info.version };
  } catch {
    return { name: 'SLA Workbench', version: 'unknown' };
  }
}

/** The whole database as backup file text. */
export async function createBackupText(
  db: SlaDatabase,
  platform: Platform,
  now = new Date(),
): Promise<string> {
  return serializeBackup(await exportBackup(db, { app: await appIdentity(platform), now: () => now }));
}

/**
 * "Back up now": the user picks where the file goes (Electron) or it is downloaded (browser).
 * Records the time, which stops the browser-mode reminder. Resolves false when the user cancelled.
 */
export async function saveBackupNow(
  db: SlaDatabase,
  platform: Platform,
  settings: SettingsRepository,
  now = new Date(),
): Promise<boolean> {
  const text = await createBackupText(db, platform, now);
  const result = await platform.saveFile({
    bytes: new TextEncoder().encode(text),
    suggestedName: backupFileName(now),
    filters: BACKUP_FILE_FILTERS,
  });
  if (result.saved) await settings.set('lastBackupAt', now.toISOString());
  return result.saved;
}

/** What a backup holds, for the confirmation before restoring it. */
export interface BackupOverview {
  createdAt: string;
  deals: number;
  rounds: number;
  /** Own templates; the built-in ones come with the app anyway. */
  templates: number;
}

export function describeBackup(data: BackupData): BackupOverview {
  return {
    createdAt: data.createdAt,
    deals: data.tables.deals.length,
    rounds: data.tables.rounds.length,
    templates: data.tables.templates.filter((template) => !template.builtIn).length,
  };
}

/** Reads and checks a backup file completely; throws BackupImportError with a clear message. */
export function readBackupFile(bytes: Uint8Array | string): BackupData {
  return readBackup(bytes);
}

/**
 * Replaces everything with the backup, after saving the current state as a backup of its own: a
 * file in the backups folder (Electron) or a download (browser). If that copy cannot be made,
 * nothing is restored.
 */
export async function restoreFromBackup(
  db: SlaDatabase,
  platform: Platform,
  data: BackupData,
  now = new Date(),
): Promise<RestoreSummary> {
  return restoreBackup(db, data, {
    app: await appIdentity(platform),
    now: () => now,
    saveCurrent: async (text) => {
      if (platform.backups) {
        await platform.backups.write(text, 'before-restore');
        return;
      }
      const result = await platform.saveFile({
        bytes: new TextEncoder().encode(text),
        suggestedName: backupFileName(now).replace('sla-workbench-backup-', 'sla-workbench-before-restore-'),
        filters: BACKUP_FILE_FILTERS,
      });
      if (!result.saved) throw new Error('The copy of the current data was not saved.');
    },
  });
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
