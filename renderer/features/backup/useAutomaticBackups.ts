import { useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { showToast } from '../../components/useToastStore';
import { useRepositories, type SettingsRepository, type SlaDatabase } from '../../db';
import { getPlatform, type Platform } from '../../platform/platform';
import { backupDatabase } from './backupDatabase';
import { appIdentity, backUpNow, backupIsDue } from './backupActions';
import type { BackupWorker } from './backupWorker';

/** The backup machinery (worker protocol, reader, writer) is loaded when a backup runs, not at start (issue 12 §4). */
async function newBackupWorker(): Promise<BackupWorker> {
  const { BackupWorker } = await import('./backupWorker');
  return new BackupWorker({ openDatabase: backupDatabase });
}

/** Saves are reported to main at most this often (the first at once, the last one at the end). */
const ACTIVITY_REPORT_INTERVAL_MS = 5_000;

/**
 * Writes one automatic backup when main asks (Electron): made in a worker, written in chunks, read back
 * by main. The outcome is recorded, so a failure is shown until a later backup succeeds; main asks
 * again a few minutes after a request that brought no backup.
 */
export async function writeAutomaticBackup(
  platform: Platform,
  settings: SettingsRepository,
  worker: BackupWorker,
  now: () => Date = () => new Date(),
): Promise<boolean> {
  try {
    const content = await worker.export(await appIdentity(platform));
    const saved = await platform.saveBackup(content, 'automatic', {
      suggestedName: 'automatic.json',
      filters: [],
    });
    if (saved.status !== 'verified') throw new Error('The automatic backup was not verified.');
    await settings.set('lastAutomaticBackupAt', now().toISOString());
    return true;
  } catch (error) {
    console.error('[backup] automatic backup failed', error);
    await settings.set('automaticBackupFailedAt', now().toISOString()).catch(() => undefined);
    return false;
  }
}

/**
 * Mounted once for the whole app (DESIGN §6). In Electron: answers main's requests for an automatic
 * backup (every 30 minutes of activity, and on close) and reports saves so main knows there was
 * activity. In a browser: reminds the user once per session to download a backup when the last
 * one is older than 7 days.
 */
export function useAutomaticBackups(): void {
  const platform = getPlatform();
  const { settings } = useRepositories();
  const [db, setDb] = useState<SlaDatabase | null>(null);

  useEffect(() => {
    let cancelled = false;
    backupDatabase().then(
      (opened) => {
        if (!cancelled) setDb(opened);
      },
      (error: unknown) => console.error('[backup] the database could not be opened for backups', error),
    );
    return () => {
      cancelled = true;
    };
  }, []);

  // Electron: write a backup whenever main asks; one at a time.
  useEffect(() => {
    const files = platform.backups;
    if (!files) return;
    let running = false;
    return files.onRequest(() => {
      if (running) return;
      running = true;
      void (async () => {
        let worker: BackupWorker | undefined;
        try {
          worker = await newBackupWorker();
          await writeAutomaticBackup(platform, settings, worker);
        } catch (error) {
          console.error('[backup] the backup worker could not be started', error);
        } finally {
          worker?.dispose();
          running = false;
        }
      })();
    });
  }, [platform, settings]);

  useActivityReports(db);
  useBrowserReminder(db);
}

/** Tells main about saves: every write to the data tables re-runs this live query. */
function useActivityReports(db: SlaDatabase | null): void {
  const files = getPlatform().backups;
  const runs = useRef(0);
  const changes = useLiveQuery(async () => {
    if (!db || !files) return 0;
    await Promise.all([
      db.drafts.toCollection().primaryKeys(),
      db.deals.toCollection().primaryKeys(),
      db.rounds.toCollection().primaryKeys(),
      db.templates.toCollection().primaryKeys(),
      db.changeReviews.toCollection().primaryKeys(),
    ]);
    runs.current += 1;
    return runs.current;
  }, [db, files]);

  const lastReport = useRef(0);
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    // The first run reads the state at start-up: nothing was saved yet.
    if (!files || changes === undefined || changes <= 1) return;
    const report = () => {
      lastReport.current = Date.now();
      files.reportActivity().catch(() => undefined);
    };
    if (pending.current !== undefined) return;
    const wait = lastReport.current + ACTIVITY_REPORT_INTERVAL_MS - Date.now();
    if (wait <= 0) report();
    else
      pending.current = setTimeout(() => {
        pending.current = undefined;
        report();
      }, wait);
  }, [changes, files]);
  useEffect(() => () => clearTimeout(pending.current), []);
}

let remindedThisSession = false;

function useBrowserReminder(db: SlaDatabase | null): void {
  const { t } = useTranslation('backup');
  const { settings } = useRepositories();
  const platform = getPlatform();

  useEffect(() => {
    if (platform.backups || !db || remindedThisSession) return;
    let cancelled = false;
    void (async () => {
      const lastBackupAt = await settings.get('lastBackupAt');
      const deals = await db.deals.toArray().catch(() => []);
      const oldest = deals.map((deal) => deal.createdAt).sort()[0];
      if (cancelled || !backupIsDue(lastBackupAt, oldest)) return;
      remindedThisSession = true;
      showToast({
        message: lastBackupAt === '' ? t('reminderNever') : t('reminder'),
        action: {
          label: t('reminderAction'),
          run: async () => {
            const worker = await newBackupWorker();
            try {
              await backUpNow(worker, platform, settings);
            } finally {
              worker.dispose();
            }
          },
        },
      });
    })();
    return () => {
      cancelled = true;
    };
  }, [db, platform, settings, t]);
}
