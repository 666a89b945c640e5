import type { SlaDocument } from '../../../shared/model';
import { detectSilentEdits, type SilentEditReport } from '../../../shared/docx/detectSilentEdits';
import { DocxImportError, importDocx, type ImportedDocx } from '../../../shared/docx/importDocx';
import type { DocxImportErrorCode, MessageParams } from '../../../shared/docx/DocxImportError';
import { changeTreeFor, type ChangeTree, type RedlineRequest } from '../../../shared/redline';
import { recogniseDocument } from '../../../shared/terms/annotateDocument';
import { acceptedView } from '../../../shared/docx/read/viewWithTerms';
import { prepareReference } from '../../../shared/docx/read/mapOntoReference';

/**
 * Messages between the renderer and `docxImport.worker.ts`. Reading an untrusted Word file can take
 * seconds (a 100-page file, a hostile one that runs into the limits), so it never runs on the UI
 * thread. Cancelling is done by terminating the worker: the parser is not interruptible.
 */
export type DocxWorkerRequest =
  | {
      id: string;
      type: 'import';
      bytes: Uint8Array;
      /** Clause and term ids are mapped onto this document (our last sent round). */
      reference?: SlaDocument;
      /** Also compare the file with `reference`: silent edits and what their tracked changes propose. */
      detectSilentEdits: boolean;
      /** Customer paper: annotate the terms the recogniser finds in their text (shared/terms). */
      recogniseTerms?: boolean;
      /**
       * Keep the file as read (its accepted view, as a reference) in the worker under this key, so
       * a later request compares against it without the document travelling back (Compare files).
       */
      keepAs?: string;
      /** Read against the reference kept under this key (instead of `reference`). */
      referenceKey?: string;
      /**
       * Answer in two parts (with `detectSilentEdits`): the file as read (`read`) as soon as it is,
       * so the screen takes it in while the worker compares, then the report (`compared`) without
       * the two documents the screen already has. Halves the message the screen waits for.
       */
      inParts?: boolean;
    }
  | ({ id: string; type: 'redline' } & Omit<RedlineRequest, 'id'>);

export type DocxWorkerStage = 'reading' | 'comparing';

export type DocxWorkerErrorCode = DocxImportErrorCode | 'internal' | 'no-text';

export type DocxWorkerResponse =
  | { id: string; type: 'progress'; stage: DocxWorkerStage }
  | { id: string; type: 'imported'; imported: ImportedDocx; report: SilentEditReport | null }
  | { id: string; type: 'read'; imported: ImportedDocx }
  | {
      id: string;
      type: 'compared';
      report: ReportWithoutDocuments;
      /**
       * The tree's `a` when the screen does not have it: absent when the reference was the one
       * kept under `referenceKey` and it is the document that request answered (`keptAsRead`).
       */
      a?: SlaDocument;
      /** The tree's `b` when it is not the document of the `read` answer. */
      b?: SlaDocument;
    }
  | { id: string; type: 'redline'; tree: ChangeTree }
  | { id: string; type: 'error'; code: DocxWorkerErrorCode; params: MessageParams; message: string };

/** A silent-edit report whose tree lacks the two documents it was built from (`inParts`). */
export type ReportWithoutDocuments = Omit<SilentEditReport, 'tree'> & { tree: Omit<ChangeTree, 'a' | 'b'> };

/** The report of an answer in parts, whole again: `b` is the file as read, `a` the reference. */
export function joinReport(report: ReportWithoutDocuments, a: SlaDocument, b: SlaDocument): SilentEditReport {
  return { ...report, tree: { ...report.tree, a, b } };
}

function withoutDocuments(report: SilentEditReport): ReportWithoutDocuments {
  const { a: _a, b: _b, ...tree } = report.tree;
  return { ...report, tree };
}

/**
 * References a long-lived worker keeps between requests (`keepAs` / `referenceKey`). Only the
 * newest few are kept: Compare files needs one (the older file), a second while it is replaced.
 */
/** How many references a worker keeps: the newest ones. */
export const KEPT_REFERENCES = 2;

/** Drops the oldest entries (in insertion order) beyond `limit`: the worker's and its mirror's rule. */
export function dropOldest(entries: Map<string, unknown> | Set<string>, limit: number): void {
  for (const old of entries.keys()) {
    if (entries.size <= limit) break;
    entries.delete(old);
  }
}

export class KeptReferences {
  private readonly documents = new Map<string, { document: SlaDocument; asRead: boolean }>();
  constructor(private readonly limit = KEPT_REFERENCES) {}

  /** `asRead`: the reference is the very document the request that kept it answered. */
  keep(key: string, document: SlaDocument, asRead: boolean): void {
    this.documents.delete(key);
    this.documents.set(key, { document, asRead });
    dropOldest(this.documents, this.limit);
  }

  get(key: string): SlaDocument | undefined {
    return this.documents.get(key)?.document;
  }

  asRead(key: string): boolean {
    return this.documents.get(key)?.asRead ?? false;
  }
}

/**
 * Handles one request; what the worker's `onmessage` calls. Never throws: every failure becomes an
 * `error` response whose message can be shown to the user as it is.
 */
export async function handleDocxWorkerRequest(
  request: DocxWorkerRequest,
  post: (response: DocxWorkerResponse) => void,
  kept: KeptReferences = new KeptReferences(),
): Promise<void> {
  const { id } = request;
  try {
    if (request.type === 'redline') {
      post({ id, type: 'progress', stage: 'comparing' });
      const { id: _id, type: _type, ...input } = request;
      post({ id, type: 'redline', tree: changeTreeFor(input) });
      return;
    }
    post({ id, type: 'progress', stage: 'reading' });
    const reference = request.referenceKey !== undefined ? kept.get(request.referenceKey) : request.reference;
    if (request.referenceKey !== undefined && !reference)
      throw new Error(`no reference is kept under ${request.referenceKey}`);
    const imported = await importDocx(request.bytes, reference ? { reference } : {});
    if (request.recogniseTerms) imported.document = recogniseDocument(imported.document).document;
    if (request.keepAs !== undefined) {
      // Their text with tracked changes accepted: for a file without any, the document itself.
      const view = acceptedView(imported.document);
      kept.keep(request.keepAs, view, view === imported.document);
    }
    // The answer goes first; the kept reference is prepared while the user picks the next file.
    const keptAs = request.keepAs;
    const compare = request.detectSilentEdits && reference;
    if (compare && request.inParts) {
      post({ id, type: 'read', imported });
      post({ id, type: 'progress', stage: 'comparing' });
      const full = detectSilentEdits(reference, imported);
      const answer: Extract<DocxWorkerResponse, { type: 'compared' }> = {
        id,
        type: 'compared',
        report: withoutDocuments(full),
      };
      // Left out only what the screen has exactly: the file it was just sent, the older file as read.
      const aKnown =
        request.referenceKey !== undefined && kept.asRead(request.referenceKey) && full.tree.a === reference;
      if (!aKnown) answer.a = full.tree.a;
      if (full.tree.b !== imported.document) answer.b = full.tree.b;
      post(answer);
    } else {
      let report: SilentEditReport | null = null;
      if (compare) {
        post({ id, type: 'progress', stage: 'comparing' });
        report = detectSilentEdits(reference, imported);
      }
      post({ id, type: 'imported', imported, report });
    }
    if (keptAs !== undefined) prepareReference(kept.get(keptAs)!);
  } catch (error) {
    if (error instanceof DocxImportError)
      post({ id, type: 'error', code: error.code, params: error.params, message: error.message });
    else
      post({
        id,
        type: 'error',
        code: 'internal',
        params: {},
        message: `The Word file could not be processed: ${error instanceof Error ? error.message : String(error)}`,
      });
  }
}
