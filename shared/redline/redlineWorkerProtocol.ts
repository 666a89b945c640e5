import type { SlaDocument } from '../model/document';
import { computeRedline } from './computeRedline';
import type { Redline } from './types';

/**
 * Messages between the renderer and the redline Web Worker (the worker file itself lives in the
 * renderer). Large documents are compared off the UI thread, with progress per clause.
 */
export interface RedlineRequest {
  id: string;
  a: SlaDocument;
  b: SlaDocument;
}

export type RedlineResponse =
  { id: string; progress: number } | { id: string; redline: Redline } | { id: string; error: string };

/** Posting progress for every clause would flood the channel: only every this much. */
const PROGRESS_STEP = 0.05;

/**
 * Handles one request: what the worker's `onmessage` calls with `postMessage` as `post`. Never
 * throws; a failure becomes an `error` response for the same id.
 */
export function handleRedlineRequest(
  request: RedlineRequest,
  post: (response: RedlineResponse) => void,
): void {
  let lastPosted = 0;
  try {
    const redline = computeRedline(request.a, request.b, {
      onProgress: (progress) => {
        if (progress - lastPosted >= PROGRESS_STEP && progress < 1) {
          lastPosted = progress;
          post({ id: request.id, progress });
        }
      },
    });
    post({ id: request.id, redline });
  } catch (error) {
    post({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
}

export function isRedlineResult(response: RedlineResponse): response is { id: string; redline: Redline } {
  return 'redline' in response;
}

export function isRedlineError(response: RedlineResponse): response is { id: string; error: string } {
  return 'error' in response;
}
