import type { BackupRequestReason } from '../../../shared/ipc/contract';

export interface AutomaticBackupsOptions {
  /**
   * Asks the renderer to write a backup (it answers through `backupWrite`). Returns false when no
   * app window can receive the request, e.g. while it is still loading.
   */
  requestBackup(reason: BackupRequestReason): boolean;
  /** Minutes of activity between two backups: 30 (DESIGN §6). */
  intervalMs?: number;
  /** How long closing waits for the renderer's backup before giving up. */
  closeTimeoutMs?: number;
  /**
   * When a requested backup has not arrived after this long (it failed: a full disk, a crashed
   * renderer), it is requested again, until one succeeds.
   */
  retryMs?: number;
  setTimeout?: (callback: () => void, ms: number) => unknown;
  clearTimeout?: (handle: unknown) => void;
}

export const BACKUP_INTERVAL_MS = 30 * 60 * 1000;
export const BACKUP_ON_CLOSE_TIMEOUT_MS = 3000;
export const BACKUP_RETRY_MS = 5 * 60 * 1000;

/**
 * When main asks for automatic backups. Activity (the renderer reports each save) starts a
 * 30-minute clock; when it runs out a backup is requested, and the next save starts it again, so an
 * idle app writes nothing and a busy one writes every 30 minutes. Closing with unsaved activity asks
 * for one last backup and waits up to three seconds for it.
 */
export class AutomaticBackups {
  private readonly intervalMs: number;
  private readonly closeTimeoutMs: number;
  private readonly retryMs: number;
  private retry: unknown = undefined;
  private readonly schedule: (callback: () => void, ms: number) => unknown;
  private readonly cancel: (handle: unknown) => void;
  /** Something was saved since the last automatic backup. */
  private dirty = false;
  private timer: unknown = undefined;
  private waiters: (() => void)[] = [];

  constructor(private readonly options: AutomaticBackupsOptions) {
    this.intervalMs = options.intervalMs ?? BACKUP_INTERVAL_MS;
    this.closeTimeoutMs = options.closeTimeoutMs ?? BACKUP_ON_CLOSE_TIMEOUT_MS;
    this.retryMs = options.retryMs ?? BACKUP_RETRY_MS;
    this.schedule = options.setTimeout ?? ((callback, ms) => setTimeout(callback, ms));
    this.cancel = options.clearTimeout ?? ((handle) => clearTimeout(handle as NodeJS.Timeout));
  }

  get hasUnbackedActivity(): boolean {
    return this.dirty;
  }

  /** The renderer saved something. */
  noteActivity(): void {
    this.dirty = true;
    if (this.timer === undefined) this.timer = this.schedule(() => this.onInterval(), this.intervalMs);
  }

  /** The renderer wrote an automatic backup (answering a request, or on its own). */
  noteBackupWritten(): void {
    this.dirty = false;
    this.stopRetry();
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }

  /**
   * Before the window closes or the app quits: if anything was saved since the last backup, request
   * one and wait for it, at most `closeTimeoutMs`. Resolves `true` when a backup was written.
   */
  async flushBeforeClose(): Promise<boolean> {
    this.stopTimer();
    this.stopRetry();
    if (!this.dirty) return false;
    // Whatever happens now, the closing goes on; asking again on the next close would only delay it.
    this.dirty = false;
    const written = new Promise<boolean>((resolve) => {
      const handle = this.schedule(() => resolve(false), this.closeTimeoutMs);
      this.waiters.push(() => {
        this.cancel(handle);
        resolve(true);
      });
    });
    if (!this.options.requestBackup('quit')) {
      this.waiters = [];
      return false;
    }
    return written;
  }

  dispose(): void {
    this.stopTimer();
    this.stopRetry();
    this.noteBackupWritten();
  }

  private onInterval(): void {
    this.timer = undefined;
    if (!this.dirty) return;
    // Cleared when the backup arrives; if it does not, it is asked for again after `retryMs`.
    if (!this.options.requestBackup('interval')) this.noteActivity();
    else this.armRetry();
  }

  private armRetry(): void {
    this.stopRetry();
    this.retry = this.schedule(() => {
      this.retry = undefined;
      if (this.dirty) this.onInterval();
    }, this.retryMs);
  }

  private stopRetry(): void {
    if (this.retry !== undefined) this.cancel(this.retry);
    this.retry = undefined;
  }

  private stopTimer(): void {
    if (this.timer !== undefined) this.cancel(this.timer);
    this.timer = undefined;
  }
}
