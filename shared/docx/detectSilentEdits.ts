import type { SlaDocument } from '../model/document';
import { buildChangeTree } from '../redline/buildChangeTree';
import type { Change, ChangeTree } from '../redline/changeTree';
import type { ImportedDocx } from './importDocx';

export interface SilentEditReport {
  /** Changes against our last sent round that they did not (or not wholly) mark as tracked changes. */
  silentEdits: Change[];
  /** Changes against our last sent round that their tracked changes propose. */
  trackedChanges: Change[];
  /** The one redline of our round against their file all of it comes from. */
  tree: ChangeTree;
}

/**
 * The most important warning in the product: anything the counterparty changed without Word's
 * track changes. Their file is redlined once against the round it was read against; each change is
 * tracked or silent by where its text came from (issue 8), never by matching text afterwards.
 */
export function detectSilentEdits(
  lastSent: SlaDocument,
  imported: Pick<ImportedDocx, 'document'>,
): SilentEditReport {
  // Their file as written carries every run's origin: one tree judges tracked and silent from it.
  const tree = buildChangeTree(lastSent, imported.document, { originsJudged: true });
  return {
    silentEdits: tree.changes.filter((change) => change.origin === 'silent' || change.origin === 'mixed'),
    trackedChanges: tree.changes.filter((change) => change.origin === 'tracked'),
    tree,
  };
}
