import { useEffect, useRef, useState } from 'react';
import type { SlaDocument } from '../../../shared/model';
import {
  computeRedline,
  isRedlineError,
  isRedlineResult,
  type Redline,
  type RedlineRequest,
  type RedlineResponse,
} from '../../../shared/redline';

export type RedlineState =
  | { status: 'idle' }
  | { status: 'running'; progress: number }
  | { status: 'done'; redline: Redline; a: SlaDocument; b: SlaDocument }
  | { status: 'failed'; message: string };

function createWorker(): Worker | null {
  try {
    return new Worker(new URL('./redline.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    // Only where workers are unavailable (a locked-down embedding): compute on the UI thread.
    return null;
  }
}

let requestCount = 0;

/**
 * The redline of `a` against `b`, computed in a Web Worker with progress. A new pair cancels the
 * running comparison by terminating its worker: the engine is synchronous, so a message could not
 * stop it, and a stale result must never be shown for the new pair.
 */
export function useRedline(a: SlaDocument | undefined, b: SlaDocument | undefined): RedlineState {
  const [state, setState] = useState<RedlineState>({ status: 'idle' });
  const workerRef = useRef<Worker | null>(null);
  const busyRef = useRef(false);

  useEffect(() => {
    if (!a || !b) return undefined;
    let cancelled = false;
    if (busyRef.current) {
      workerRef.current?.terminate();
      workerRef.current = null;
    }
    const worker = (workerRef.current ??= createWorker());
    const id = `redline-${++requestCount}`;
    // Deferred so the progress bar paints before the first message comes back.
    queueMicrotask(() => {
      if (!cancelled) setState({ status: 'running', progress: 0 });
    });

    if (!worker) {
      const timer = setTimeout(() => {
        try {
          const redline = computeRedline(a, b);
          if (!cancelled) setState({ status: 'done', redline, a, b });
        } catch (error) {
          if (!cancelled) setState({ status: 'failed', message: String(error) });
        }
      }, 0);
      return () => {
        cancelled = true;
        clearTimeout(timer);
      };
    }

    busyRef.current = true;
    const onMessage = (event: MessageEvent<RedlineResponse>) => {
      const response = event.data;
      if (cancelled || response.id !== id) return;
      if (isRedlineResult(response)) {
        busyRef.current = false;
        setState({ status: 'done', redline: response.redline, a, b });
      } else if (isRedlineError(response)) {
        busyRef.current = false;
        setState({ status: 'failed', message: response.error });
      } else setState({ status: 'running', progress: response.progress });
    };
    const onError = (event: ErrorEvent) => {
      if (cancelled) return;
      busyRef.current = false;
      setState({ status: 'failed', message: event.message || 'The comparison stopped unexpectedly.' });
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    const request: RedlineRequest = { id, a, b };
    worker.postMessage(request);
    return () => {
      cancelled = true;
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
    };
  }, [a, b]);

  useEffect(
    () => () => {
      workerRef.current?.terminate();
      workerRef.current = null;
    },
    [],
  );

  return state;
}
