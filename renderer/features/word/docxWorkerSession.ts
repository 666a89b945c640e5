import type { SlaDocument } from '../../../shared/model';
import type { ImportedDocx } from '../../../shared/docx/importDocx';
import {
  dropOldest,
  handleDocxWorkerRequest,
  joinReport,
  KEPT_REFERENCES,
  KeptReferences,
  type DocxWorkerRequest,
  type DocxWorkerResponse,
} from './docxWorkerProtocol';
import { createDocxWorker, DocxWorkerError, type ParsedDocx, type RunOptions } from './runDocxWorker';

/** What a request compares against: a reference kept in the worker, with the document to send if it is not. */
export interface SessionReference {
  key: string;
  /** The reference itself (the older file's text with their tracked changes accepted). */
  document: () => SlaDocument;
  /** The document the request that kept `key` answered, as this thread has it. */
  asRead: () => SlaDocument;
}

export interface SessionReadOptions extends RunOptions {
  /** Keep the file as read in the worker, as the reference `key` of later reads. */
  keepAs?: string;
  reference?: SessionReference;
  detectSilentEdits?: boolean;
}

interface Pending {
  build: (kept: ReadonlySet<string>) => DocxWorkerRequest;
  resolve: (response: DocxWorkerResponse) => void;
  reject: (error: unknown) => void;
  onProgress?: RunOptions['onProgress'];
  keepAs?: string;
  reference?: SessionReference;
  /** The first part of an answer in parts: the file as read. */
  read?: ImportedDocx;
}

let sessionRequests = 0;

/**
 * One warm Word worker for a screen that reads several files in a row (Compare files, issue 12 §4):
 * started when the screen opens, so no read waits for a worker's start, and kept between requests,
 * so the older file stays in it as the reference the newer one is read and redlined against and is
 * never sent back and forth. Cancelling a request terminates the worker (the parser cannot be
 * interrupted); the next request starts a fresh one, and requests still running in the old worker
 * are sent again to the new one (with the reference document where the new worker lacks it).
 */
export class DocxWorkerSession {
  private worker: Worker | null = null;
  private started = false;
  /** Reference keys the current worker holds. */
  private kept = new Set<string>();
  private readonly pending = new Map<string, Pending>();
  /** Where workers are unavailable: the same handler on this thread, with its own memory. */
  private readonly local = new KeptReferences();

  /** Starts the worker now (it loads its code while the user picks a file). */
  warm(): void {
    this.ensureWorker();
  }

  async read(bytes: Uint8Array, options: SessionReadOptions = {}): Promise<ParsedDocx> {
    const { reference, keepAs } = options;
    const response = await this.run(
      (kept) => {
        const request: DocxWorkerRequest = {
          id: '',
          type: 'import',
          bytes,
          detectSilentEdits: options.detectSilentEdits ?? reference !== undefined,
        };
        if (keepAs !== undefined) request.keepAs = keepAs;
        if (reference && kept.has(reference.key)) request.referenceKey = reference.key;
        else if (reference) request.reference = reference.document();
        // The file as read comes back while the worker compares; the tree without both documents.
        if (reference && request.detectSilentEdits) request.inParts = true;
        return request;
      },
      options,
      keepAs,
      reference,
    );
    if (response.type !== 'imported')
      throw new DocxWorkerError('internal', 'Unexpected answer from the worker.');
    return { imported: response.imported, report: response.report };
  }

  /** Stops the worker and every request in it (the screen was left). The session can be used again. */
  dispose(): void {
    this.stopWorker();
    for (const entry of this.pending.values()) entry.reject(new DocxWorkerError('cancelled', 'Cancelled.'));
    this.pending.clear();
  }

  private run(
    build: Pending['build'],
    { signal, onProgress }: RunOptions,
    keepAs: string | undefined,
    reference: SessionReference | undefined,
  ): Promise<DocxWorkerResponse> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(new DocxWorkerError('cancelled', 'Cancelled.'));
      const id = `session-${++sessionRequests}`;
      const onAbort = () => {
        if (!this.pending.delete(id)) return;
        reject(new DocxWorkerError('cancelled', 'Cancelled.'));
        // The only way to stop a read in progress; whatever else was running starts again.
        this.restart();
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const done = () => signal?.removeEventListener('abort', onAbort);
      const entry: Pending = {
        build,
        resolve: (response) => {
          done();
          resolve(response);
        },
        reject: (error) => {
          done();
          reject(error);
        },
      };
      if (onProgress) entry.onProgress = onProgress;
      if (keepAs !== undefined) entry.keepAs = keepAs;
      if (reference) entry.reference = reference;
      this.pending.set(id, entry);
      this.post(id, entry);
    });
  }

  private post(id: string, entry: Pending): void {
    const request = { ...entry.build(this.kept), id };
    const worker = this.ensureWorker();
    if (worker) worker.postMessage(request);
    else void handleDocxWorkerRequest(request, (response) => this.onResponse(response), this.local);
  }

  private onResponse(response: DocxWorkerResponse): void {
    const entry = this.pending.get(response.id);
    if (!entry) return;
    if (response.type === 'progress') return entry.onProgress?.(response.stage);
    if (response.type === 'read') {
      entry.read = response.imported;
      return;
    }
    this.pending.delete(response.id);
    if (response.type === 'error')
      return entry.reject(new DocxWorkerError(response.code, response.message, response.params));
    if (entry.keepAs !== undefined) this.noteKept(entry.keepAs);
    if (response.type !== 'compared') return entry.resolve(response);
    const imported = entry.read;
    const a = response.a ?? entry.reference?.asRead();
    if (!imported || !a)
      return entry.reject(new DocxWorkerError('internal', 'Unexpected answer from the worker.'));
    entry.resolve({
      id: response.id,
      type: 'imported',
      imported,
      report: joinReport(response.report, a, response.b ?? imported.document),
    });
  }

  /** Mirrors the worker's KeptReferences: the newest keys. */
  private noteKept(key: string): void {
    this.kept.delete(key);
    this.kept.add(key);
    dropOldest(this.kept, KEPT_REFERENCES);
  }

  private ensureWorker(): Worker | null {
    if (this.started) return this.worker;
    this.started = true;
    this.kept = new Set();
    const worker = createDocxWorker();
    this.worker = worker;
    if (!worker) return null;
    worker.addEventListener('message', (event: MessageEvent<DocxWorkerResponse>) => {
      if (this.worker === worker) this.onResponse(event.data);
    });
    worker.addEventListener('error', (event) => {
      if (this.worker !== worker) return;
      this.stopWorker();
      const error = new DocxWorkerError(
        'internal',
        event.message || 'Reading the Word file stopped unexpectedly.',
      );
      for (const entry of this.pending.values()) entry.reject(error);
      this.pending.clear();
    });
    return worker;
  }

  private stopWorker(): void {
    this.worker?.terminate();
    this.worker = null;
    this.started = false;
    this.kept = new Set();
  }

  private restart(): void {
    this.stopWorker();
    for (const [id, entry] of this.pending) this.post(id, entry);
  }
}
