import type { Round, SlaDocument } from '../../../shared/model';
import { acceptedView } from '../../../shared/docx/read/viewWithTerms';
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
  // The older side is read as agreed so far: a received round with its tracked changes accepted.
  const base = acceptedView(a.document);
  if (!received || !a.id || received.referenceRoundId !== a.id)
    return { a: base, b: acceptedView(b.document), originsJudged: false };
  // A round read since issue 8 holds their text as written, origins in place; an older one holds
  // the text before their tracked changes beside it, from which the origins are recovered.
  const { original, trackedChanges } = received;
  return {
    a: base,
    b: b.document,
    originsJudged: true,
    ...(original ? { received: { original, trackedChanges: trackedChanges ?? [] } } : {}),
  };
}
