import type { SlaDocument } from '../../../shared/model';
import { asWrittenReference } from '../../../shared/terms/annotateDocument';
import { DocxWorkerError, parseDocxInWorker } from '../word/runDocxWorker';

/** A customer's own SLA, read as written and its terms typed, ready to start a deal from. */
export interface CustomerPaper {
  name: string;
  document: SlaDocument;
}

/**
 * Reads a customer's Word file for "start a deal from the customer's document" (issue 10 §3).
 * Nothing is written here: the deal is created with it in one transaction when the dialog submits.
 * Its own module, loaded when a file is picked: the Word reader and the term recogniser are not part
 * of the start-up code (the new-deal dialog is mounted by the shell; issue 12 §4).
 */
export async function readCustomerPaper(name: string, bytes: Uint8Array): Promise<CustomerPaper> {
  const { imported } = await parseDocxInWorker(bytes, {
    reference: asWrittenReference(),
    detectSilentEdits: false,
    recogniseTerms: true,
  });
  if (imported.document.clauses.length === 0)
    throw new DocxWorkerError('no-text', 'The Word file has no text.');
  // Their text exactly as written, tracked changes and all; the recogniser (run in the worker, as
  // it is linear but a long file would pause the dialog) only annotates it.
  return { name, document: imported.document };
}

/** The user cancelled reading the file: nothing to tell them. */
export function readingCancelled(error: unknown): boolean {
  return error instanceof DocxWorkerError && error.code === 'cancelled';
}
