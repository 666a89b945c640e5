import { describe, expect, it } from 'vitest';
import { isAutomaticBackupDue, isBackupReminderDue } from './backupSchedule';

const now = new Date('2026-11-03T12:00:00.000Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000).toISOString();

describe('automatic backups', () => {
  it('writes nothing while the user changes nothing', () => {
    expect(isAutomaticBackupDue({}, now)).toBe(false);
    expect(isAutomaticBackupDue({ lastBackupAt: minutesAgo(600), lastChangeAt: minutesAgo(700) }, now)).toBe(
      false,
    );
  });

  it('backs up after 30 minutes with changes, not sooner', () => {
    expect(isAutomaticBackupDue({ lastBackupAt: minutesAgo(31), lastChangeAt: minutesAgo(5) }, now)).toBe(
      true,
    );
    expect(isAutomaticBackupDue({ lastBackupAt: minutesAgo(20), lastChangeAt: minutesAgo(5) }, now)).toBe(
      false,
    );
    expect(isAutomaticBackupDue({ lastChangeAt: minutesAgo(1) }, now)).toBe(true);
  });

  it('backs up on quit whenever something changed since the last backup', () => {
    expect(isAutomaticBackupDue({ lastBackupAt: minutesAgo(2), lastChangeAt: minutesAgo(1) }, now, 0)).toBe(
      true,
    );
  });
});

describe('browser-mode reminder', () => {
  const daysAgo = (d: number) => minutesAgo(d * 24 * 60);
  it('reminds a week after the last download when there were changes since', () => {
    expect(isBackupReminderDue({ lastBackupAt: daysAgo(8), lastChangeAt: daysAgo(1) }, now)).toBe(true);
    expect(isBackupReminderDue({ lastBackupAt: daysAgo(3), lastChangeAt: daysAgo(1) }, now)).toBe(false);
    expect(isBackupReminderDue({ lastChangeAt: daysAgo(1) }, now)).toBe(true);
    expect(isBackupReminderDue({}, now)).toBe(false);
  });
});
