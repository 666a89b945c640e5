import type { Block, Clause, SlaDocument } from './document';
import { referencedTermIds } from './document';
import type { Currency, Term } from './term';
import { validateTermValue, type TermProblem } from './term';
import type { LibraryClause, Template } from './template';

/**
 * Pure edits of an SLA document. Each returns a new document and leaves its input untouched, so
 * the editor can keep the previous value for undo and the autosave can compare revisions.
 */

/** A refused edit (e.g. adding a clause twice). The message is for people, not for logs. */
export class DocumentOperationError extends Error {
  override name = 'DocumentOperationError';
}

/** Documents are plain JSON (that is what IndexedDB and the hash chain store), so this copy is exact. */
function deepCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function clamp(index: number, length: number): number {
  if (!Number.isFinite(index)) return length;
  return Math.min(Math.max(Math.trunc(index), 0), length);
}

function withCurrency(term: Term, currency: Currency | undefined): Term {
  return currency && term.kind === 'money' ? { ...term, currency } : term;
}

/** The currency the document's money terms already use, so an added clause matches them. */
function documentCurrency(doc: SlaDocument): Currency | undefined {
  for (const term of doc.terms) if (term.kind === 'money') return term.currency;
  return undefined;
}

function indexOfClause(doc: SlaDocument, clauseId: string): number {
  const index = doc.clauses.findIndex((clause) => clause.id === clauseId);
  if (index < 0) throw new DocumentOperationError(`The clause ${clauseId} is not in this document.`);
  return index;
}

export function createDealDocument(
  template: Template,
  input: { customerName: string; providerName: string; title?: string; currency?: Currency },
): SlaDocument {
  const doc = deepCopy(template.document);
  return {
    ...doc,
    title: input.title?.trim() || doc.title,
    parties: { provider: input.providerName, customer: input.customerName },
    terms: doc.terms.map((term) => withCurrency(term, input.currency)),
  };
}

/**
 * Adds a clause with the terms it needs. Terms the document already has keep their negotiated
 * values; new money terms take the document's currency.
 */
export function addClause(doc: SlaDocument, item: LibraryClause, atIndex?: number): SlaDocument {
  if (doc.clauses.some((clause) => clause.id === item.clause.id))
    throw new DocumentOperationError(`The clause “${item.clause.heading}” is already in this document.`);
  const clause = deepCopy(item.clause);
  const have = new Set(doc.terms.map((term) => term.id));
  const currency = documentCurrency(doc);
  const needed = new Set(referencedTermIds([clause]));
  const newTerms = item.terms
    .filter((term) => needed.has(term.id) && !have.has(term.id))
    .map((term) => withCurrency(deepCopy(term), currency));
  const missing = [...needed].filter((id) => !have.has(id) && !newTerms.some((term) => term.id === id));
  if (missing.length > 0)
    throw new DocumentOperationError(
      `The clause “${item.clause.heading}” refers to terms it does not define: ${missing.join(', ')}.`,
    );
  const clauses = [...doc.clauses];
  clauses.splice(clamp(atIndex ?? clauses.length, clauses.length), 0, clause);
  return { ...doc, clauses, terms: [...doc.terms, ...newTerms] };
}

/** Removes a clause and the terms only it used; terms other clauses still show stay. */
export function removeClause(doc: SlaDocument, clauseId: string): SlaDocument {
  const index = indexOfClause(doc, clauseId);
  const removed = doc.clauses[index] as Clause;
  const clauses = doc.clauses.filter((_, i) => i !== index);
  const stillUsed = new Set(referencedTermIds(clauses));
  const orphaned = new Set(referencedTermIds([removed]).filter((id) => !stillUsed.has(id)));
  return { ...doc, clauses, terms: doc.terms.filter((term) => !orphaned.has(term.id)) };
}

/** Moves a clause to `toIndex` in the resulting order; numbers follow because they are derived. */
export function moveClause(doc: SlaDocument, clauseId: string, toIndex: number): SlaDocument {
  const from = indexOfClause(doc, clauseId);
  const clauses = [...doc.clauses];
  const [clause] = clauses.splice(from, 1);
  clauses.splice(clamp(toIndex, clauses.length), 0, clause as Clause);
  return { ...doc, clauses };
}

export function updateClause(
  doc: SlaDocument,
  clauseId: string,
  patch: { heading?: string; body?: Block[]; level?: 1 | 2 },
): SlaDocument {
  const index = indexOfClause(doc, clauseId);
  const clauses = doc.clauses.map((clause, i) => {
    if (i !== index) return clause;
    const next: Clause = { ...clause };
    if (patch.heading !== undefined) next.heading = patch.heading;
    if (patch.body !== undefined) next.body = deepCopy(patch.body);
    if (patch.level !== undefined) next.level = patch.level;
    return next;
  });
  return { ...doc, clauses };
}

export type SetTermValueResult =
  { ok: true; document: SlaDocument } | { ok: false; problem: TermProblem; message: string };

/** Sets a term's value if the value is valid for the term's kind; otherwise says why not. */
export function setTermValue(doc: SlaDocument, termId: string, value: unknown): SetTermValueResult {
  const index = doc.terms.findIndex((term) => term.id === termId);
  const term = doc.terms[index];
  if (!term)
    return {
      ok: false,
      problem: { code: 'invalid' },
      message: `The term ${termId} is not in this document.`,
    };
  const result = validateTermValue(term, value);
  if (!result.ok) return result;
  const terms = doc.terms.map((t, i) => (i === index ? result.term : t));
  return { ok: true, document: { ...doc, terms } };
}

/**
 * Clauses of the template (its default document and its clause library) that the document does
 * not contain, e.g. a clause the sales person removed earlier and now wants back.
 */
export function availableLibraryClauses(template: Template, doc: SlaDocument): LibraryClause[] {
  const present = new Set(doc.clauses.map((clause) => clause.id));
  const result: LibraryClause[] = [];
  const offer = (item: LibraryClause) => {
    if (present.has(item.clause.id)) return;
    present.add(item.clause.id);
    result.push(item);
  };
  const templateTerms = new Map(template.document.terms.map((term) => [term.id, term]));
  for (const clause of template.document.clauses) {
    const terms = referencedTermIds([clause]).flatMap((id) => {
      const term = templateTerms.get(id);
      return term ? [term] : [];
    });
    offer({ clause, terms });
  }
  for (const item of template.clauseLibrary) offer(item);
  return result;
}
