import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { referencedTermIds, type Clause, type SlaDocument } from '../model/document';
import type { Term } from '../model/term';
import { canonicalize } from '../rounds/hashRound';

/**
 * The one place the guardrails read clause bodies. The document model is about to change (version 2
 * keeps received text as written, with term annotations); adapt these two functions and every check
 * follows.
 */

/**
 * What legal signs off when it approves a clause: its kind, heading, wording and the values of the
 * terms it shows, compared canonically (not through the redline engine). Numbering and position are
 * left out: moving a clause does not change what it says.
 */
export function clauseFingerprint(clause: Clause, termsById: ReadonlyMap<string, Term>): string {
  const terms = referencedTermIds([clause]).map((id) => {
    const term = termsById.get(id);
    return term
      ? {
          id,
          kind: term.kind,
          value: term.value,
          unit: 'unit' in term ? term.unit : undefined,
          currency: 'currency' in term ? term.currency : undefined,
        }
      : { id };
  });
  const content = { kind: clause.kind, heading: clause.heading, body: clause.body, terms };
  return bytesToHex(sha256(utf8ToBytes(canonicalize(content))));
}

/** The first clause that shows each term (where a term "sits" for the CLI and the approvals list). */
export function termClauses(document: Pick<SlaDocument, 'clauses'>): Map<string, Clause> {
  const where = new Map<string, Clause>();
  for (const clause of document.clauses)
    for (const id of referencedTermIds([clause])) if (!where.has(id)) where.set(id, clause);
  return where;
}
