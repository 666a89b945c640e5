import type { Round, SlaDocument } from '../../../shared/model';
import { computeRedline, type Redline } from '../../../shared/redline';
import { viewWithTerms } from '../../../shared/docx/read/viewWithTerms';
import { markSilentEdits } from './markSilentEdits';

/**
 * The changes of a redline a → b that the counterparty made without tracking them, for a round b
 * imported from their Word file. Only against the round their file was read against (our last sent
 * round): against any other round "untracked" means nothing. Empty for rounds not from a file.
 */
export function silentEditIds(
  a: { id: string | null; document: SlaDocument },
  b: Round | null | undefined,
  redline: Pick<Redline, 'changes'>,
): Set<string> {
  const received = b?.received;
  if (!received || !a.id || received.referenceRoundId !== a.id) return new Set();
  // Rounds recorded before issue 8 keep the text before their edits; newer ones hold it as origins.
  const original = received.original ?? viewWithTerms(b.document, 'original');
  return markSilentEdits(redline, computeRedline(a.document, original).changes);
}
