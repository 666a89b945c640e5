/** Every 30 minutes of activity (issue 5): often enough to lose little, rarely enough to cost nothing. */
export const AUTOMATIC_BACKUP_INTERVAL_MS = 30 * 60 * 1000;
/** Browser mode cannot write files on its own, so it reminds the user to download one this often. */
export const BACKUP_REMINDER_INTERVAL_MS = 7 * 24 * 60 * 60 * 1000;

export interface BackupScheduleState {
  /** ISO time of the last backup written (automatic or manual), if any. */
  lastBackupAt?: string;
  /** ISO time of the last change to the data, if any. */
  lastChangeAt?: string;
}

const time = (iso: string | undefined) => (iso === undefined ? undefined : Date.parse(iso));

/**
 * Whether main should write an automatic backup now: only when something changed since the last one
 * (an idle app writes nothing), and at most once per interval. On quit, call with `interval: 0`.
 */
export function isAutomaticBackupDue(
  state: BackupScheduleState,
  now: Date,
  interval: number = AUTOMATIC_BACKUP_INTERVAL_MS,
): boolean {
  const lastChange = time(state.lastChangeAt);
  const lastBackup = time(state.lastBackupAt);
  if (lastChange === undefined || Number.isNaN(lastChange)) return false;
  if (lastBackup === undefined || Number.isNaN(lastBackup)) return true;
  return lastChange > lastBackup && now.getTime() - lastBackup >= interval;
}

/** Whether browser mode should remind the user to download a backup: same rule, a week apart. */
export function isBackupReminderDue(
  state: BackupScheduleState,
  now: Date,
  interval: number = BACKUP_REMINDER_INTERVAL_MS,
): boolean {
  return isAutomaticBackupDue(state, now, interval);
}
