import type { SlaDocument } from '../model/document';
import { computeRedline } from '../redline/computeRedline';
import type { Change } from '../redline/types';
import type { ImportedDocx } from './importDocx';
import { viewWithTerms } from './read/viewWithTerms';

export interface SilentEditReport {
  /** Differences between our last sent round and their file that they did not mark as tracked changes. */
  silentEdits: Change[];
  /** What their tracked changes propose. */
  trackedChanges: Change[];
}

/**
 * The most important warning in the product: anything the counterparty changed without Word's
 * track changes. Their file with all tracked changes rejected should be exactly what we sent; every
 * difference left is a silent edit.
 */
export function detectSilentEdits(
  lastSent: SlaDocument,
  imported: Pick<ImportedDocx, 'document'>,
): SilentEditReport {
  // Until the change tree reads tracked and silent from each run's origin (engine, issue 8), the
  // old engine compares the two views of their document as written.
  const original = viewWithTerms(imported.document, 'original');
  return {
    silentEdits: computeRedline(lastSent, original).changes,
    trackedChanges: computeRedline(original, viewWithTerms(imported.document, 'accepted')).changes,
  };
}
