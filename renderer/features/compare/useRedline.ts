import { useEffect, useRef, useState } from 'react';
import {
  handleRedlineRequest,
  isRedlineError,
  isRedlineResult,
  treeOfResult,
  type ChangeTree,
  type RedlineRequest,
  type RedlineResponse,
} from '../../../shared/redline';

/** What is compared: the pair, and for their round how its origins are judged (see RedlineRequest). */
export type RedlineInput = Omit<RedlineRequest, 'id'>;

export type RedlineState =
  | { status: 'idle' }
  | { status: 'running'; progress: number }
  | { status: 'done'; tree: ChangeTree; input: RedlineInput }
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
 * The change tree of a pair, computed once in a Web Worker with progress; everything on the compare
 * screen reads this one tree. A new input cancels the running comparison by terminating its worker:
 * the engine is synchronous, so a message could not stop it, and a stale result must never be
 * shown for the new pair. Pass the same input object while the pair is the same.
 */
export function useRedline(input: RedlineInput | undefined): RedlineState {
  const [state, setState] = useState<RedlineState>({ status: 'idle' });
  const workerRef = useRef<Worker | null>(null);
  const busyRef = useRef(false);

  useEffect(() => {
    if (!input) return undefined;
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
    const onResponse = (response: RedlineResponse) => {
      if (cancelled || response.id !== id) return;
      if (isRedlineResult(response)) {
        busyRef.current = false;
        // The documents this input sent are not sent back (most of a large tree's message).
        setState({ status: 'done', tree: treeOfResult(response, input), input });
      } else if (isRedlineError(response)) {
        busyRef.current = false;
        setState({ status: 'failed', message: response.error });
      } else setState({ status: 'running', progress: response.progress });
    };
    const request: RedlineRequest = { ...input, id };

    if (!worker) {
      const timer = setTimeout(() => handleRedlineRequest(request, onResponse), 0);
      return () => {
        cancelled = true;
        clearTimeout(timer);
      };
    }

    busyRef.current = true;
    const onMessage = (event: MessageEvent<RedlineResponse>) => onResponse(event.data);
    const onError = (event: ErrorEvent) => {
      if (cancelled) return;
      busyRef.current = false;
      setState({ status: 'failed', message: event.message || 'The comparison stopped unexpectedly.' });
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    worker.postMessage(request);
    return () => {
      cancelled = true;
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
    };
  }, [input]);

  useEffect(
    () => () => {
      workerRef.current?.terminate();
      workerRef.current = null;
    },
    [],
  );

  return state;
}
