import type { SilentEditReport } from '../../../shared/docx/detectSilentEdits';
import type { MessageParams } from '../../../shared/docx/DocxImportError';
import type { ImportedDocx } from '../../../shared/docx/importDocx';
import type { SlaDocument } from '../../../shared/model';
import type { ChangeTree, RedlineRequest } from '../../../shared/redline';
import {
  handleDocxWorkerRequest,
  type DocxWorkerErrorCode,
  type DocxWorkerRequest,
  type DocxWorkerResponse,
  type DocxWorkerStage,
} from './docxWorkerProtocol';

/**
 * A refused or failed Word file: `code` and `params` make the sentence in the user's language
 * (importMessages.ts); `message` is the English one.
 */
export class DocxWorkerError extends Error {
  readonly code: DocxWorkerErrorCode | 'cancelled';
  readonly params: MessageParams;
  constructor(code: DocxWorkerErrorCode | 'cancelled', message: string, params: MessageParams = {}) {
    super(message);
    this.name = 'DocxWorkerError';
    this.code = code;
    this.params = params;
  }
}

export interface RunOptions {
  signal?: AbortSignal;
  onProgress?: (stage: DocxWorkerStage) => void;
}

type Payload<T extends DocxWorkerRequest['type']> = Omit<Extract<DocxWorkerRequest, { type: T }>, 'id'>;

/** A Word worker, or null where workers are unavailable (then the work runs on the UI thread). */
export function createDocxWorker(): Worker | null {
  try {
    return new Worker(new URL('./docxImport.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    // Only where workers are unavailable (a locked-down embedding): run on the UI thread.
    return null;
  }
}

let requestCount = 0;

/** One request in a fresh worker, terminated when done or cancelled. */
function run(request: DocxWorkerRequest, { signal, onProgress }: RunOptions): Promise<DocxWorkerResponse> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new DocxWorkerError('cancelled', 'Cancelled.'));
    const worker = createDocxWorker();
    let settled = false;
    const finish = () => {
      settled = true;
      worker?.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      if (settled) return;
      finish();
      reject(new DocxWorkerError('cancelled', 'Cancelled.'));
    };
    signal?.addEventListener('abort', onAbort);
    const onResponse = (response: DocxWorkerResponse) => {
      if (settled || response.id !== request.id) return;
      if (response.type === 'progress') return onProgress?.(response.stage);
      finish();
      if (response.type === 'error')
        reject(new DocxWorkerError(response.code, response.message, response.params));
      else resolve(response);
    };
    if (!worker) {
      void handleDocxWorkerRequest(request, onResponse);
      return;
    }
    worker.addEventListener('message', (event: MessageEvent<DocxWorkerResponse>) => onResponse(event.data));
    worker.addEventListener('error', (event) => {
      if (settled) return;
      finish();
      reject(new DocxWorkerError('internal', event.message || 'Reading the Word file stopped unexpectedly.'));
    });
    worker.postMessage(request);
  });
}

export interface ParsedDocx {
  imported: ImportedDocx;
  /** Present when a reference was given and silent edits were asked for. */
  report: SilentEditReport | null;
}

/** Reads an untrusted Word file in a worker; rejects with {@link DocxWorkerError}. */
export async function parseDocxInWorker(
  bytes: Uint8Array,
  options: {
    reference?: SlaDocument;
    detectSilentEdits?: boolean;
    recogniseTerms?: boolean;
  } & RunOptions = {},
): Promise<ParsedDocx> {
  const payload: Payload<'import'> = {
    type: 'import',
    bytes,
    detectSilentEdits: options.detectSilentEdits ?? options.reference !== undefined,
  };
  if (options.recogniseTerms) payload.recogniseTerms = true;
  if (options.reference) payload.reference = options.reference;
  const response = await run({ ...payload, id: `docx-${++requestCount}` }, options);
  if (response.type !== 'imported')
    throw new DocxWorkerError('internal', 'Unexpected answer from the worker.');
  return { imported: response.imported, report: response.report };
}

/** The change tree of a pair, computed in a worker. */
export async function redlineInWorker(
  input: Omit<RedlineRequest, 'id'>,
  options: RunOptions = {},
): Promise<ChangeTree> {
  const response = await run({ type: 'redline', ...input, id: `docx-${++requestCount}` }, options);
  if (response.type !== 'redline')
    throw new DocxWorkerError('internal', 'Unexpected answer from the worker.');
  return response.tree;
}
