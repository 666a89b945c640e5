import { useCallback, useContext, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { SlaDocument } from '../../shared/model';
import { AutosaveScheduler, type AutosaveStatus } from './AutosaveScheduler';
import type { DraftsRepository } from './repositories';
import { RepositoriesContext } from './useRepositories';

/** Documents are plain JSON; runs once per debounced save, not per keystroke. */
function sameJson(a: SlaDocument, b: SlaDocument): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export interface AutosaveOptions {
  delayMs?: number;
  /** Defaults to the drafts repository of the nearest RepositoriesContext. */
  drafts?: DraftsRepository;
}

export interface AutosaveResult {
  status: AutosaveStatus;
  error?: string;
  /** Saves now; rejects if the save fails (e.g. before sending a round). */
  flush(): Promise<void>;
}

/**
 * Saves the draft editor's document while the user types. The first document passed for a deal is
 * taken as what is already stored; pass `undefined` while the draft is loading. Invalid documents are
 * never written (the repository validates) and show `error` with the reason. Pending changes are
 * saved on unmount, when the deal changes, when the window is hidden and on `pagehide`.
 */
export function useAutosave(
  dealId: string,
  draftDocument: SlaDocument | undefined,
  options: AutosaveOptions = {},
): AutosaveResult {
  const { delayMs = 600 } = options;
  const fromContext = useContext(RepositoriesContext);
  const drafts = options.drafts ?? fromContext?.drafts;
  if (!drafts)
    throw new Error('useAutosave needs a drafts repository (RepositoriesContext or options.drafts).');

  const scheduler = useMemo(
    () => new AutosaveScheduler<SlaDocument>((doc) => drafts.save(dealId, doc), delayMs, sameJson),
    [drafts, dealId, delayMs],
  );
  const state = useSyncExternalStore(scheduler.subscribe, scheduler.getSnapshot, scheduler.getSnapshot);

  useEffect(() => {
    scheduler.update(draftDocument);
  }, [scheduler, draftDocument]);

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
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flushQuietly);
      flushQuietly();
    };
  }, [scheduler]);

  const flush = useCallback(() => scheduler.flush(), [scheduler]);
  return state.error === undefined
    ? { status: state.status, flush }
    : { status: state.status, error: state.error, flush };
}
