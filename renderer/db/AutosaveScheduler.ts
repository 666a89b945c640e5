export type AutosaveStatus = 'saved' | 'saving' | 'pending' | 'error';

export interface AutosaveState {
  status: AutosaveStatus;
  error?: string;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Debounces saves of a value that changes while the user types, without React so it can be tested
 * on its own. Values are compared by reference (documents are immutable).
 *
 * - The first value seen is the stored baseline and is not saved again.
 * - Saves run one after another, each taking the newest value at the moment it starts, so an older
 *   value can never be written after a newer one.
 * - A failed save (e.g. an invalid document) shows `error` with its message until a later save
 *   succeeds; the value stays unsaved and is retried by the next change or `flush`.
 */
export class AutosaveScheduler<T> {
  private state: AutosaveState = { status: 'saved' };
  private readonly listeners = new Set<() => void>();
  private hasBaseline = false;
  private latest: T | undefined;
  private saved: T | undefined;
  private saving = false;
  private error: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private queue: Promise<void> = Promise.resolve();

  /**
   * @param sameContent compares two values by content. Checked just before writing, so a value that
   *   differs only by reference (the stored draft read back by a live query) is not written again.
   */
  constructor(
    private readonly save: (value: T) => Promise<unknown>,
    private readonly delayMs = 600,
    private readonly sameContent: (a: T, b: T) => boolean = () => false,
  ) {}

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
    if (value !== this.saved)
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.flush().catch(() => {
          // Shown through the state; nobody awaits a timer-driven save.
        });
      }, this.delayMs);
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

  /** Stops a pending timer without saving (the caller flushes first if it wants the value kept). */
  cancel(): void {
    this.clearTimer();
  }

  private async saveLatest(): Promise<void> {
    const value = this.latest;
    if (!this.hasBaseline || value === undefined || value === this.saved) return;
    if (this.saved !== undefined && this.error === undefined && this.sameContent(value, this.saved)) {
      this.saved = value;
      this.refresh();
      return;
    }
    this.saving = true;
    this.refresh();
    try {
      await this.save(value);
      this.saved = value;
      this.error = undefined;
    } catch (error) {
      this.error = messageOf(error);
      throw error;
    } finally {
      this.saving = false;
      this.refresh();
    }
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private refresh(): void {
    const next: AutosaveState = this.saving
      ? { status: 'saving' }
      : this.error !== undefined
        ? { status: 'error', error: this.error }
        : { status: this.latest !== this.saved ? 'pending' : 'saved' };
    if (next.status === this.state.status && next.error === this.state.error) return;
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}
