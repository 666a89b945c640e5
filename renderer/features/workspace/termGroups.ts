import type { SlaDocument } from '../../../shared/model';
import { referencedTermIds } from '../../../shared/model';

export interface TermGroup {
  /** Clause id, or `null` for terms no clause shows any more. */
  clauseId: string | null;
  termIds: string[];
}

/** Terms grouped by the clause that first shows them, in document order; unused ones last. */
export function termGroups(doc: Pick<SlaDocument, 'clauses' | 'terms'>): TermGroup[] {
  const defined = new Set(doc.terms.map((term) => term.id));
  const seen = new Set<string>();
  const groups: TermGroup[] = [];
  for (const clause of doc.clauses) {
    const termIds = referencedTermIds([clause]).filter((id) => defined.has(id) && !seen.has(id));
    for (const id of termIds) seen.add(id);
    if (termIds.length > 0) groups.push({ clauseId: clause.id, termIds });
  }
  const unused = doc.terms.filter((term) => !seen.has(term.id)).map((term) => term.id);
  if (unused.length > 0) groups.push({ clauseId: null, termIds: unused });
  return groups;
}
