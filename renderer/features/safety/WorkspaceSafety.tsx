import type { AutosaveResult } from '../../db';
import type { DraftConflict } from '../workspace/useWorkingDocument';
import { ConflictDialog } from './ConflictDialog';
import { DealLockBanner } from './DealLockBanner';
import { SaveProblemBanner } from './SaveProblemBanner';
import type { DealLock } from './useDealLock';

/**
 * What the deal workspace shows so that nothing is lost or silently overwritten (issue 9): who may
 * edit here, a save that failed, and a conflict to choose in. Mounted once at the top of the workspace.
 */
export function WorkspaceSafety({
  lock,
  autosave,
  conflict,
  onKeepMine,
  onTakeTheirs,
}: {
  lock: DealLock;
  autosave: AutosaveResult;
  conflict: DraftConflict | null;
  onKeepMine(): void;
  onTakeTheirs(): void;
}) {
  return (
    <>
      <DealLockBanner lock={lock} />
      <SaveProblemBanner autosave={autosave} />
      {conflict && <ConflictDialog conflict={conflict} onKeepMine={onKeepMine} onTakeTheirs={onTakeTheirs} />}
    </>
  );
}
