import type { SlaDocument } from '../model/document';
import { buildChangeTree } from './buildChangeTree';
import type { ChangeTree } from './changeTree';

/**
 * Messages between the renderer and the redline Web Worker (the worker file itself lives in the
 * renderer). Large documents are compared off the UI thread, with progress per clause; the answer is
 * the one change tree every part of the screen reads.
 */
export interface RedlineRequest {
  id: string;
  a: SlaDocument;
  b: SlaDocument;
  /** See `ChangeTreeOptions.originsJudged`; absent: whether b carries origins. */
  originsJudged?: boolean;
}

export type RedlineResponse =
  { id: string; progress: number } | { id: string; tree: ChangeTree } | { id: string; error: string };

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
    const tree = buildChangeTree(request.a, request.b, {
      ...(request.originsJudged !== undefined ? { originsJudged: request.originsJudged } : {}),
      onProgress: (progress) => {
        if (progress - lastPosted >= PROGRESS_STEP && progress < 1) {
          lastPosted = progress;
          post({ id: request.id, progress });
        }
      },
    });
    post({ id: request.id, tree });
  } catch (error) {
    post({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
}

export function isRedlineResult(response: RedlineResponse): response is { id: string; tree: ChangeTree } {
  return 'tree' in response;
}

export function isRedlineError(response: RedlineResponse): response is { id: string; error: string } {
  return 'error' in response;
}
