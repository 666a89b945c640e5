import { useCallback, useContext, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { SlaDocument } from '../../shared/model';
import { AutosaveScheduler, type AutosaveStatus, type SaveFailureKind } from './AutosaveScheduler';
import type { DraftsRepository } from './repositories';
import { RepositoryError } from './RepositoryError';
import { RepositoriesContext } from './useRepositories';
import { storageFailureOf } from './storageFailure';

/** Documents are plain JSON; runs once per debounced save, not per keystroke. */
function sameJson(a: SlaDocument, b: SlaDocument): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A full disk or a lost connection passes; a conflict waits for the user; anything else is the value's fault. */
export function classifySaveFailure(error: unknown): SaveFailureKind {
  if (error instanceof RepositoryError && error.code === 'conflict') return 'conflict';
  if (storageFailureOf(error)) return 'retry';
  return 'fail';
}

export interface AutosaveOptions {
  delayMs?: number;
  /** Defaults to the drafts repository of the nearest RepositoriesContext. */
  drafts?: DraftsRepository;
  /** Writes one document; defaults to `drafts.save(dealId, doc)`. */
  save?: (document: SlaDocument) => Promise<unknown>;
  /** Waits before each automatic retry of a passing failure (tests shorten them). */
  retryDelaysMs?: readonly number[];
  /**
   * The document as it is stored, when the caller knows it (loaded, or a newer version taken over):
   * when it is the document passed, it becomes the baseline instead of a change to save.
   */
  baseline?: SlaDocument;
}

export interface AutosaveResult {
  status: AutosaveStatus;
  /** Why the last save failed (`error`, `conflict`); shown in the user's language. */
  error?: unknown;
  /** When a passing failure is tried again by itself. */
  retryAt?: number;
  /** Saves now; rejects if the save fails (e.g. before sending a round). */
  flush(): Promise<void>;
  /** Takes a document as stored without saving it (the user's choice in a conflict, an adopted draft). */
  resetBaseline(document: SlaDocument): void;
  /** Leaves the conflict state: the next flush writes what is on screen. */
  resolveConflict(): void;
}

/**
 * Saves the draft editor's document while the user types. The first document passed for a deal is
 * taken as what is already stored; pass `undefined` while the draft is loading. Invalid documents are
 * never written (the repository validates) and show `error`. A failed write keeps the document in
 * memory and is retried by itself when the failure passes (a full disk, a lost connection). Pending
 * changes are saved on unmount, when the deal changes, when the window is hidden or loses focus,
 * and on `pagehide` (issue 9: crash-safe typing).
 */
export function useAutosave(
  dealId: string,
  draftDocument: SlaDocument | undefined,
  options: AutosaveOptions = {},
): AutosaveResult {
  const { delayMs = 600, save: saveOverride, retryDelaysMs, baseline } = options;
  const fromContext = useContext(RepositoriesContext);
  const drafts = options.drafts ?? fromContext?.drafts;
  if (!drafts && !saveOverride)
    throw new Error('useAutosave needs a drafts repository (RepositoriesContext or options.drafts).');

  const scheduler = useMemo(
    () =>
      new AutosaveScheduler<SlaDocument>(saveOverride ?? ((doc) => drafts!.save(dealId, doc)), {
        delayMs,
        sameContent: sameJson,
        classify: classifySaveFailure,
        ...(retryDelaysMs ? { retryDelaysMs } : {}),
      }),
    // The save function is fixed per deal: a new one for each render must not restart the scheduler.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [drafts, dealId, delayMs],
  );
  const state = useSyncExternalStore(scheduler.subscribe, scheduler.getSnapshot, scheduler.getSnapshot);

  useEffect(() => {
    if (baseline !== undefined && baseline === draftDocument) scheduler.resetBaseline(baseline);
    else scheduler.update(draftDocument);
  }, [scheduler, draftDocument, baseline]);

  useFlushWhenLeaving(scheduler);

  const flush = useCallback(() => scheduler.flush(), [scheduler]);
  const resetBaseline = useCallback(
    (document: SlaDocument) => scheduler.resetBaseline(document),
    [scheduler],
  );
  const resolveConflict = useCallback(() => scheduler.resolveConflict(), [scheduler]);
  return {
    status: state.status,
    ...(state.error === undefined ? {} : { error: state.error }),
    ...(state.retryAt === undefined ? {} : { retryAt: state.retryAt }),
    flush,
    resetBaseline,
    resolveConflict,
  };
}

/**
 * Writes what a scheduler still holds the moment the user leaves: the window hidden, closed or
 * left for another app (the moment a crash or power cut is least expected), and when the editor
 * unmounts. A save that fails here keeps being retried by the scheduler; its status shows the error.
 */
export function useFlushWhenLeaving(scheduler: Pick<AutosaveScheduler<unknown>, 'flush'>): void {
  useEffect(() => {
    const flushQuietly = () => {
      scheduler.flush().catch(() => {
        // The status shows the error.
      });
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flushQuietly();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flushQuietly);
    window.addEventListener('blur', flushQuietly);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flushQuietly);
      window.removeEventListener('blur', flushQuietly);
      flushQuietly();
    };
  }, [scheduler]);
}
