import type { SlaDocument } from '../../../shared/model';
import { asWrittenReference, recogniseDocument } from '../../../shared/terms/annotateDocument';
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
  });
  if (imported.document.clauses.length === 0)
    throw new DocxWorkerError('empty', 'The Word file has no text.');
  // Their text exactly as written, tracked changes and all; the recogniser only annotates it.
  return { name, document: recogniseDocument(imported.document).document };
}

export type CustomerPaperFailure =
  'not-docx' | 'empty' | 'too-large' | 'zip-bomb' | 'encrypted' | 'truncated' | 'unreadable';

const KNOWN_CODES = new Set<string>(['not-docx', 'empty', 'too-large', 'zip-bomb', 'encrypted', 'truncated']);

/** What to tell the user about a file that could not be read; `null` when they cancelled. */
export function customerPaperFailureOf(error: unknown): CustomerPaperFailure | null {
  if (!(error instanceof DocxWorkerError)) return 'unreadable';
  if (error.code === 'cancelled') return null;
  return KNOWN_CODES.has(error.code) ? (error.code as CustomerPaperFailure) : 'unreadable';
}
