import type { Draft, SlaDocument } from '../../../shared/model';
import { applyDecisions, type ChangeTree, type Decision } from '../../../shared/redline';
import type { DraftsRepository } from '../../db';

export interface DecisionCounts {
  accepted: number;
  rejected: number;
  undecided: number;
}

export function decisionCounts(
  tree: Pick<ChangeTree, 'changes'>,
  decisions: Readonly<Record<string, Decision>>,
): DecisionCounts {
  const counts: DecisionCounts = { accepted: 0, rejected: 0, undecided: 0 };
  for (const change of tree.changes) {
    const decision = decisions[change.id];
    if (decision === 'accept') counts.accepted += 1;
    else if (decision === 'reject') counts.rejected += 1;
    else counts.undecided += 1;
  }
  return counts;
}

/**
 * Our next draft from the decisions on the change tree of `a` (older) against `b` (newer): accepted
 * changes take `b`'s text, rejected and undecided ones keep `a`'s, so nothing of theirs slips in
 * unreviewed. Saved as the deal's draft in one transaction that also reads the draft it replaced,
 * which is returned for Undo.
 */
export async function buildNextDraft(
  drafts: Pick<DraftsRepository, 'replace'>,
  dealId: string,
  tree: ChangeTree,
  decisions: Readonly<Record<string, Decision>>,
): Promise<{ previous: SlaDocument | null; draft: Draft }> {
  const next = applyDecisions(tree, decisions, 'reject');
  const { previous, draft } = await drafts.replace(dealId, next);
  return { previous: previous?.document ?? null, draft };
}
