import type { ClauseKind, SlaDocument } from '../model/document';
import { bandOf } from '../playbook/bandOf';
import type { Playbook } from '../playbook/playbook';
import { canonicalize } from '../rounds/hashRound';
import { missingEssentials, type EssentialClause } from '../templates/legalChecklist';

/** What the send dialog warns about (issue 10 §6). Codes and parameters; the UI words them. */
export type PreSendWarning =
  | { code: 'unchanged'; round: number }
  | { code: 'essential-missing'; kinds: ClauseKind[] }
  | { code: 'beyond'; termIds: string[] };

export interface PreSendInput {
  document: SlaDocument;
  lastRound: { number: number; document: SlaDocument } | null;
  playbook: Playbook;
  /** The deal's legal checklist: `checklistOf` the template version it started from. */
  checklist: readonly EssentialClause[];
}

/** Nothing changed since the last round, a legal-checklist clause missing or empty, a term beyond walk-away. */
export function preSendChecks({ document, lastRound, playbook, checklist }: PreSendInput): PreSendWarning[] {
  const warnings: PreSendWarning[] = [];
  if (lastRound && canonicalize(lastRound.document) === canonicalize(document))
    warnings.push({ code: 'unchanged', round: lastRound.number });
  const missing = missingEssentials(document, checklist);
  if (missing.length > 0) warnings.push({ code: 'essential-missing', kinds: missing });
  const beyond = document.terms
    .filter((term) => bandOf(term, playbook.get(term.id)).band === 'beyond')
    .map((term) => term.id);
  if (beyond.length > 0) warnings.push({ code: 'beyond', termIds: beyond });
  return warnings;
}
