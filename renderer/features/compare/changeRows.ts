import type { Change, ChangeKind, ChangeTree } from '../../../shared/redline';
import { silentFirst } from '../word/markSilentEdits';

/**
 * The compare screens' change list: the tree's changes of the chosen kind, silent edits first and
 * document order otherwise. The engine never reorders; only this list does, for the eye.
 */
export function changeRows(
  tree: Pick<ChangeTree, 'changes'>,
  kindFilter: ChangeKind | null,
  silentIds: ReadonlySet<string>,
): Change[] {
  return silentFirst(
    tree.changes.filter((change) => !kindFilter || change.kind === kindFilter),
    silentIds,
  );
}
