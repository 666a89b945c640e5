import type { Clause, SlaDocument, Template, Term } from '../../../shared/model';
import { referencedTermIds } from '../../../shared/model';
import { canonicalize } from '../../../shared/rounds/hashRound';

export interface ClauseStatus {
  /** Heading or wording differs from the template's clause, or the clause is not from the template. */
  wordingChanged: boolean;
  /** Ids of the clause's terms whose value (or unit) differs from the template's. */
  changedTerms: string[];
}

/** The template's own value of every term it defines (default document and clause library). */
export function templateTerms(template: Template | undefined): Map<string, Term> {
  const terms = new Map<string, Term>();
  if (!template) return terms;
  for (const item of template.clauseLibrary) for (const term of item.terms) terms.set(term.id, term);
  for (const term of template.document.terms) terms.set(term.id, term);
  return terms;
}

function templateClauses(template: Template): Map<string, Clause> {
  const clauses = new Map<string, Clause>();
  for (const item of template.clauseLibrary) clauses.set(item.clause.id, item.clause);
  for (const clause of template.document.clauses) clauses.set(clause.id, clause);
  return clauses;
}

/** Whether a term differs from the template's value; money currency follows the deal, so it is ignored. */
export function termChanged(term: Term, original: Term | undefined): boolean {
  if (!original || original.kind !== term.kind) return original !== undefined;
  if (term.kind === 'duration' && original.kind === 'duration' && term.unit !== original.unit) return true;
  return term.value !== original.value;
}

/**
 * Status dots of the outline: what the sales person changed compared with the template version the
 * deal started from. Without the template (still loading) nothing is marked.
 */
export function clauseStatuses(doc: SlaDocument, template: Template | undefined): Map<string, ClauseStatus> {
  const result = new Map<string, ClauseStatus>();
  if (!template) return result;
  const originals = templateClauses(template);
  const originalTerms = templateTerms(template);
  const termsById = new Map(doc.terms.map((term) => [term.id, term]));
  for (const clause of doc.clauses) {
    const original = originals.get(clause.id);
    const wordingChanged =
      !original ||
      original.heading !== clause.heading ||
      canonicalize(original.body) !== canonicalize(clause.body);
    const changedTerms = referencedTermIds([clause]).filter((id) => {
      const term = termsById.get(id);
      return term !== undefined && termChanged(term, originalTerms.get(id));
    });
    result.set(clause.id, { wordingChanged, changedTerms });
  }
  return result;
}
