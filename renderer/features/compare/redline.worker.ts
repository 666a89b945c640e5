/// <reference lib="webworker" />
import { handleRedlineRequest, type RedlineRequest } from '../../../shared/redline';

/**
 * Computes redlines off the UI thread (DESIGN §3): a 100-page comparison takes seconds, and the
 * compare screen must stay responsive meanwhile. Cancelling is done by terminating the worker.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<RedlineRequest>) => {
  handleRedlineRequest(event.data, (response) => scope.postMessage(response));
};
