import type { Round, SlaDocument } from '../../../shared/model';
import type { ChangeTree } from '../../../shared/redline';
import { isTracked } from '../../../shared/redline/changeListJson';
import type { RedlineInput } from '../compare/useRedline';

/**
 * The changes the counterparty made without (or only partly with) Word's track changes, read from
 * the tree: each change says where its text came from (issue 8). Empty when the tree was not judged.
 */
export function silentEditIds(tree: Pick<ChangeTree, 'changes'>): Set<string> {
  return new Set(tree.changes.filter((change) => !isTracked(change)).map((change) => change.id));
}

/**
 * How round b is compared with a: their round against the round their file was read against is
 * judged by its origins (a round stored before origins were kept brings its two views to recover
 * them); any other pair is compared as shown, and "untracked" means nothing there.
 */
export function redlineInput(
  a: { id: string | null; document: SlaDocument },
  b: { document: SlaDocument; round: Round | null | undefined },
): RedlineInput {
  const received = b.round?.received;
  if (!received || !a.id || received.referenceRoundId !== a.id)
    return { a: a.document, b: b.document, originsJudged: false };
  return {
    a: a.document,
    b: b.document,
    originsJudged: true,
    received: { original: received.original, trackedChanges: received.trackedChanges },
  };
}
