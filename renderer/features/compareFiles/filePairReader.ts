import type { ImportedDocx } from '../../../shared/docx/importDocx';
import type { ChangeTree } from '../../../shared/redline';

export type PairSide = 'older' | 'newer';

export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

/** A picked file as read: the newer one is always read against the older one it is shown with. */
export interface ReadFile extends PickedFile {
  imported: ImportedDocx;
}

export type PairStatus =
  { kind: 'idle' } | { kind: 'busy'; stage: 'reading' | 'comparing' } | { kind: 'error'; error: unknown };

export interface PairState {
  /** What the user picked, shown at once (before it is read). */
  picked: Record<PairSide, PickedFile | null>;
  older: ReadFile | null;
  newer: ReadFile | null;
  tree: ChangeTree | null;
  status: PairStatus;
}

/** The work of reading and comparing, done elsewhere (a worker); each call can be cancelled. */
export interface PairReaderWork {
  /** Reads the older Word file. */
  read(bytes: Uint8Array, signal: AbortSignal): Promise<ImportedDocx>;
  /**
   * Reads the newer file against the older one and redlines the pair in the same step (the
   * older file as the base, the newer one as written), calling `onComparing` between the two.
   */
  readAgainst(
    bytes: Uint8Array,
    older: ReadFile,
    signal: AbortSignal,
    onComparing: () => void,
  ): Promise<{ imported: ImportedDocx; tree: ChangeTree }>;
  /** A cancelled call rejects with this kind of error; it is not shown. */
  isCancelled(error: unknown): boolean;
}

const EMPTY: PairState = {
  picked: { older: null, newer: null },
  older: null,
  newer: null,
  tree: null,
  status: { kind: 'idle' },
};

/**
 * Compare files' pair of Word files (issue 12 §4: "files read once"). Every pick is read exactly
 * once and its result kept: picking the newer file reuses the older one as read, and picking the
 * older again reads only the older — the newer one is then read again against it, from the bytes
 * already in memory, because its clauses and terms are mapped onto the older file by the reader
 * (`importDocx`'s reference); that read also redlines the pair, in the same worker, so neither
 * document travels back and forth between the threads. The newer file waits for the older one instead of being read alone
 * and then once more. A result is applied only while its pick is still the latest one for its side,
 * so a slow read never overwrites a later pick, and picking both at once reads both.
 */
export class FilePairReader {
  private state: PairState = EMPTY;
  private readonly listeners = new Set<() => void>();
  /** One controller per step: a new pick cancels exactly the steps that depend on it. */
  private readonly running: Record<PairSide, AbortController | null> = { older: null, newer: null };

  constructor(private readonly work: PairReaderWork) {}

  getState = (): PairState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  pick(side: PairSide, file: PickedFile): void {
    const picked = { ...this.state.picked, [side]: file };
    if (side === 'older') {
      this.cancel('older', 'newer');
      this.set({ picked, older: null, newer: null, tree: null, status: { kind: 'busy', stage: 'reading' } });
      void this.readOlder(file);
    } else {
      this.cancel('newer');
      this.set({ picked, newer: null, tree: null });
      this.readNewerWhenReady();
    }
  }

  /** Stops whatever is running (the screen was left). */
  dispose(): void {
    this.cancel('older', 'newer');
    this.listeners.clear();
  }

  private set(patch: Partial<PairState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  private cancel(...steps: PairSide[]): void {
    for (const step of steps) {
      this.running[step]?.abort();
      this.running[step] = null;
    }
  }

  private start(step: PairSide): AbortSignal {
    const controller = new AbortController();
    this.running[step] = controller;
    return controller.signal;
  }

  private fail(error: unknown, signal: AbortSignal): void {
    if (signal.aborted || this.work.isCancelled(error)) return;
    this.set({ status: { kind: 'error', error } });
  }

  private async readOlder(file: PickedFile): Promise<void> {
    const signal = this.start('older');
    try {
      const imported = await this.work.read(file.bytes, signal);
      if (signal.aborted) return;
      this.running.older = null;
      this.set({ older: { ...file, imported }, status: { kind: 'idle' } });
      this.readNewerWhenReady();
    } catch (error) {
      this.fail(error, signal);
    }
  }

  /** The newer file is read once the older one is: its reference. Until then it only waits. */
  private readNewerWhenReady(): void {
    const { older } = this.state;
    const file = this.state.picked.newer;
    if (!file) return;
    if (!older) {
      // No older file yet (or still being read): nothing to read against; keep the older's status.
      if (!this.state.picked.older) this.set({ status: { kind: 'idle' } });
      return;
    }
    void this.readNewer(older, file);
  }

  private async readNewer(older: ReadFile, file: PickedFile): Promise<void> {
    this.cancel('newer');
    const signal = this.start('newer');
    this.set({ status: { kind: 'busy', stage: 'reading' } });
    try {
      const { imported, tree } = await this.work.readAgainst(file.bytes, older, signal, () => {
        if (!signal.aborted) this.set({ status: { kind: 'busy', stage: 'comparing' } });
      });
      if (signal.aborted) return;
      this.running.newer = null;
      this.set({ newer: { ...file, imported }, tree, status: { kind: 'idle' } });
    } catch (error) {
      this.fail(error, signal);
    }
  }
}
