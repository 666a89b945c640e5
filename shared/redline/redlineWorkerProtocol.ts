import type { SlaDocument } from '../model/document';
import { buildChangeTree } from './buildChangeTree';
import type { ChangeTree } from './changeTree';
import { receivedWithOrigins, type RecordedTrackedChange } from './receivedWithOrigins';

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
  /**
   * A round received before origins were kept: its text with their tracked changes rejected and
   * the changes themselves, from which b's origins are recovered (`receivedWithOrigins`) here, off
   * the UI thread.
   */
  received?: { original: SlaDocument; trackedChanges: RecordedTrackedChange[] };
}

/**
 * The tree as answered: without the documents the request carried when the tree's `a` or `b` is
 * the very document sent (the caller has it; they are most of a 100-page tree), with them when it
 * is not (a view of a received round, b's origins recovered). `treeOfResult` makes it whole.
 */
export interface RedlineResult {
  id: string;
  tree: Omit<ChangeTree, 'a' | 'b'>;
  a?: SlaDocument;
  b?: SlaDocument;
}

export type RedlineResponse =
  { id: string; progress: number } | RedlineResult | { id: string; error: string };

/** Posting progress for every clause would flood the channel: only every this much. */
const PROGRESS_STEP = 0.05;

/** The tree a request asks for: a received round's origins recovered first where it needs them. */
export function changeTreeFor(
  request: Omit<RedlineRequest, 'id'>,
  onProgress?: (fraction: number) => void,
): ChangeTree {
  const b =
    request.received && request.originsJudged !== false
      ? receivedWithOrigins(request.b, request.received.original, request.received.trackedChanges)
      : request.b;
  return buildChangeTree(request.a, b, {
    ...(request.originsJudged !== undefined ? { originsJudged: request.originsJudged } : {}),
    ...(onProgress ? { onProgress } : {}),
  });
}

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
    const tree = changeTreeFor(request, (progress) => {
      if (progress - lastPosted >= PROGRESS_STEP && progress < 1) {
        lastPosted = progress;
        post({ id: request.id, progress });
      }
    });
    const { a, b, ...rest } = tree;
    const result: RedlineResult = { id: request.id, tree: rest };
    if (a !== request.a) result.a = a;
    if (b !== request.b) result.b = b;
    post(result);
  } catch (error) {
    post({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
}

export function isRedlineResult(response: RedlineResponse): response is RedlineResult {
  return 'tree' in response;
}

/** The whole tree of a result, the documents left out taken from the request it answers. */
export function treeOfResult(result: RedlineResult, request: Pick<RedlineRequest, 'a' | 'b'>): ChangeTree {
  return { ...result.tree, a: result.a ?? request.a, b: result.b ?? request.b };
}

export function isRedlineError(response: RedlineResponse): response is { id: string; error: string } {
  return 'error' in response;
}
