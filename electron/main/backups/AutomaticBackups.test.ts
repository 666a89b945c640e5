import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AutomaticBackups,
  BACKUP_INTERVAL_MS,
  BACKUP_ON_CLOSE_TIMEOUT_MS,
  BACKUP_RETRY_MS,
} from './AutomaticBackups';

let requests: string[];
let reachable: boolean;
let backups: AutomaticBackups;

beforeEach(() => {
  vi.useFakeTimers();
  requests = [];
  reachable = true;
  backups = new AutomaticBackups({
    requestBackup: (reason) => {
      if (reachable) requests.push(reason);
      return reachable;
    },
  });
});
afterEach(() => {
  backups.dispose();
  vi.useRealTimers();
});

describe('automatic backups', () => {
  it('asks for nothing while the app is idle', () => {
    vi.advanceTimersByTime(5 * BACKUP_INTERVAL_MS);
    expect(requests).toEqual([]);
  });

  it('asks for a backup 30 minutes after the first save, not once per save', () => {
    backups.noteActivity();
    vi.advanceTimersByTime(10 * 60 * 1000);
    backups.noteActivity();
    vi.advanceTimersByTime(BACKUP_INTERVAL_MS - 10 * 60 * 1000 - 1);
    expect(requests).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(requests).toEqual(['interval']);
  });

  it('starts the next 30 minutes with the next save after a backup', () => {
    backups.noteActivity();
    vi.advanceTimersByTime(BACKUP_INTERVAL_MS);
    backups.noteBackupWritten();
    vi.advanceTimersByTime(BACKUP_INTERVAL_MS);
    expect(requests).toEqual(['interval']);
    backups.noteActivity();
    vi.advanceTimersByTime(BACKUP_INTERVAL_MS);
    expect(requests).toEqual(['interval', 'interval']);
  });

  it('asks again after a requested backup never arrived (it failed), until one does', () => {
    backups.noteActivity();
    vi.advanceTimersByTime(BACKUP_INTERVAL_MS);
    expect(requests).toEqual(['interval']);
    vi.advanceTimersByTime(BACKUP_RETRY_MS);
    expect(requests).toEqual(['interval', 'interval']);
    vi.advanceTimersByTime(BACKUP_RETRY_MS);
    expect(requests).toEqual(['interval', 'interval', 'interval']);
    backups.noteBackupWritten();
    vi.advanceTimersByTime(10 * BACKUP_RETRY_MS);
    expect(requests).toHaveLength(3);
  });

  it('tries again later when no window could take the request', () => {
    reachable = false;
    backups.noteActivity();
    vi.advanceTimersByTime(BACKUP_INTERVAL_MS);
    reachable = true;
    vi.advanceTimersByTime(BACKUP_INTERVAL_MS);
    expect(requests).toEqual(['interval']);
  });

  it('on close after a save, asks for a last backup and waits for it', async () => {
    backups.noteActivity();
    const closing = backups.flushBeforeClose();
    expect(requests).toEqual(['quit']);
    vi.advanceTimersByTime(1000);
    backups.noteBackupWritten();
    await expect(closing).resolves.toBe(true);
    // The 30-minute clock was stopped: nothing more is asked for after closing.
    vi.advanceTimersByTime(BACKUP_INTERVAL_MS);
    expect(requests).toEqual(['quit']);
  });

  it('closes after three seconds at most when the renderer does not answer', async () => {
    backups.noteActivity();
    const closing = backups.flushBeforeClose();
    vi.advanceTimersByTime(BACKUP_ON_CLOSE_TIMEOUT_MS);
    await expect(closing).resolves.toBe(false);
    expect(backups.hasUnbackedActivity).toBe(false);
  });

  it('closes at once when nothing was saved since the last backup', async () => {
    await expect(backups.flushBeforeClose()).resolves.toBe(false);
    backups.noteActivity();
    backups.noteBackupWritten();
    await expect(backups.flushBeforeClose()).resolves.toBe(false);
    expect(requests).toEqual([]);
  });
});
