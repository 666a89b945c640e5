export type AutosaveStatus = 'saved' | 'saving' | 'pending' | 'error' | 'conflict';

export interface AutosaveState {
  status: AutosaveStatus;
  /** The error of the failed save (`error`, `conflict`); the UI says it in the user's language. */
  error?: unknown;
  /** For a failure that is retried by itself: when the next attempt starts (epoch ms). */
  retryAt?: number;
}

/**
 * How a failed save goes on:
 * - `retry`: a passing failure (a full disk, a lost connection): tried again by itself, later and
 *   later, until it succeeds; the value stays in memory meanwhile;
 * - `conflict`: someone else changed the stored value; nothing is saved until the user chose;
 * - `fail`: the value itself is refused (invalid): retried by the next change or `flush`.
 */
export type SaveFailureKind = 'retry' | 'conflict' | 'fail';

export interface AutosaveSchedulerOptions<T> {
  /** The pause in typing after which the value is saved. */
  delayMs?: number;
  /**
   * The longest a change waits while typing goes on without a pause: without it, someone typing
   * steadily would save nothing until they stop, and a crash would take all of it (issue 9).
   */
  maxWaitMs?: number;
  /**
   * Compares two values by content. Checked just before writing, so a value that differs only by
   * reference (the stored draft read back by a live query) is not written again.
   */
  sameContent?: (a: T, b: T) => boolean;
  classify?: (error: unknown) => SaveFailureKind;
  /** Waits before the n-th automatic retry (n from 0); the last one repeats. */
  retryDelaysMs?: readonly number[];
  /** Called before each automatic retry, e.g. to reopen a closed database. */
  beforeRetry?: (error: unknown) => Promise<void>;
}

export const DEFAULT_RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 30_000] as const;
export const DEFAULT_MAX_WAIT_MS = 1_000;

/**
 * Debounces saves of a value that changes while the user types, without React so it can be tested
 * on its own. Values are compared by reference (documents are immutable).
 *
 * - The first value seen is the stored baseline and is not saved again.
 * - Saves run one after another, each taking the newest value at the moment it starts, so an older
 *   value can never be written after a newer one.
 * - A failed save keeps the value in memory (never dropped) and shows the error until a save
 *   succeeds; passing failures are retried by themselves (issue 9: storage full, calmly).
 * - A conflict stops saving until {@link resolveConflict}: the user sees both versions and chooses.
 */
export class AutosaveScheduler<T> {
  private state: AutosaveState = { status: 'saved' };
  private readonly listeners = new Set<() => void>();
  private hasBaseline = false;
  private latest: T | undefined;
  private saved: T | undefined;
  private saving = false;
  private error: unknown = undefined;
  private failure: SaveFailureKind | undefined;
  private attempts = 0;
  private retryAt: number | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private queue: Promise<void> = Promise.resolve();
  private readonly delayMs: number;
  private readonly maxWaitMs: number;
  /** When the oldest change not yet being saved was made. */
  private pendingSince: number | undefined;
  private readonly sameContent: (a: T, b: T) => boolean;
  private readonly classify: (error: unknown) => SaveFailureKind;
  private readonly retryDelaysMs: readonly number[];
  private readonly beforeRetry: ((error: unknown) => Promise<void>) | undefined;

  constructor(
    private readonly save: (value: T) => Promise<unknown>,
    delayOrOptions: number | AutosaveSchedulerOptions<T> = {},
    sameContent?: (a: T, b: T) => boolean,
  ) {
    const options: AutosaveSchedulerOptions<T> =
      typeof delayOrOptions === 'number' ? { delayMs: delayOrOptions, sameContent } : delayOrOptions;
    this.delayMs = options.delayMs ?? 600;
    this.maxWaitMs = Math.max(this.delayMs, options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS);
    this.sameContent = options.sameContent ?? (() => false);
    this.classify = options.classify ?? (() => 'fail');
    this.retryDelaysMs = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    this.beforeRetry = options.beforeRetry;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Stable between changes, as useSyncExternalStore requires. */
  readonly getSnapshot = (): AutosaveState => this.state;

  /** Reports the current value; `undefined` means "not loaded yet" and is ignored. */
  update(value: T | undefined): void {
    if (value === undefined) return;
    if (!this.hasBaseline) {
      this.hasBaseline = true;
      this.latest = value;
      this.saved = value;
      this.refresh();
      return;
    }
    if (value === this.latest) return;
    this.latest = value;
    this.clearTimer();
    const now = Date.now();
    if (value === this.saved) this.pendingSince = undefined;
    else this.pendingSince ??= now;
    // While a conflict waits for the user, or a retry is scheduled anyway, typing does not save.
    if (value !== this.saved && this.failure !== 'conflict' && this.retryTimer === undefined) {
      const due = Math.min(now + this.delayMs, (this.pendingSince ?? now) + this.maxWaitMs);
      this.timer = setTimeout(
        () => {
          this.timer = undefined;
          this.flush().catch(() => {
            // Shown through the state; nobody awaits a timer-driven save.
          });
        },
        Math.max(0, due - now),
      );
    }
    this.refresh();
  }

  /**
   * Takes `value` as what is stored now, without saving it: the user's choice in a conflict (the
   * other version, or theirs after it was written), or a newer stored value adopted while nothing
   * was unsaved here.
   */
  resetBaseline(value: T): void {
    this.clearTimer();
    this.clearRetry();
    this.hasBaseline = true;
    this.latest = value;
    this.saved = value;
    this.error = undefined;
    this.failure = undefined;
    this.attempts = 0;
    this.refresh();
  }

  /** Leaves the conflict state so the next flush saves the newest value (the user kept theirs). */
  resolveConflict(): void {
    if (this.failure !== 'conflict') return;
    this.failure = undefined;
    this.error = undefined;
    this.refresh();
  }

  /** Saves the newest value now (after any save in progress); rejects if that save fails. */
  flush(): Promise<void> {
    this.clearTimer();
    const run = this.queue.then(() => this.saveLatest());
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** True while a value is not yet stored: ask before closing. */
  get hasUnsavedChanges(): boolean {
    return this.hasBaseline && this.latest !== this.saved;
  }

  /** The newest value, saved or not. */
  get current(): T | undefined {
    return this.latest;
  }

  /** Stops pending timers without saving (the caller flushes first if it wants the value kept). */
  cancel(): void {
    this.clearTimer();
    this.clearRetry();
  }

  private async saveLatest(): Promise<void> {
    const value = this.latest;
    if (!this.hasBaseline || value === undefined || value === this.saved) return;
    if (this.failure === 'conflict') throw this.error;
    if (this.saved !== undefined && this.error === undefined && this.sameContent(value, this.saved)) {
      this.saved = value;
      this.refresh();
      return;
    }
    this.clearRetry();
    this.saving = true;
    // Changes from now on wait for the next save; their clock starts with the first of them.
    this.pendingSince = undefined;
    this.refresh();
    try {
      await this.save(value);
      this.saved = value;
      this.error = undefined;
      this.failure = undefined;
      this.attempts = 0;
    } catch (error) {
      this.error = error;
      this.failure = this.classify(error);
      if (this.failure === 'retry') this.scheduleRetry();
      throw error;
    } finally {
      this.saving = false;
      this.refresh();
    }
  }

  private scheduleRetry(): void {
    const delay = this.retryDelaysMs[Math.min(this.attempts, this.retryDelaysMs.length - 1)] ?? 1_000;
    this.attempts += 1;
    this.retryAt = Date.now() + delay;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.retryAt = undefined;
      const error = this.error;
      void (this.beforeRetry ? this.beforeRetry(error).catch(() => undefined) : Promise.resolve()).then(() =>
        this.flush().catch(() => {
          // Scheduled again by saveLatest; shown through the state.
        }),
      );
    }, delay);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private clearRetry(): void {
    if (this.retryTimer !== undefined) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.retryAt = undefined;
  }

  private refresh(): void {
    const next: AutosaveState = this.saving
      ? { status: 'saving' }
      : this.failure === 'conflict'
        ? { status: 'conflict', error: this.error }
        : this.error !== undefined
          ? this.retryAt === undefined
            ? { status: 'error', error: this.error }
            : { status: 'error', error: this.error, retryAt: this.retryAt }
          : { status: this.latest !== this.saved ? 'pending' : 'saved' };
    if (
      next.status === this.state.status &&
      next.error === this.state.error &&
      next.retryAt === this.state.retryAt
    )
      return;
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}
