import type { Clause, ClauseKind, SlaDocument } from '../model/document';
import { referencedTermIds } from '../model/document';
import { addClause, moveClause, removeClause, updateClause } from '../model/operations';
import { canonicalize } from '../rounds/hashRound';
import { Term, TermId, type TermKind } from '../model/term';
import type { EssentialClauseKind, Template } from '../model/template';
import { checklistOf, storedChecklist } from './legalChecklist';

/**
 * Pure edits of an own template's content (issue 12 §1). Each returns a new template and leaves
 * its input untouched; a refused edit returns a code with parameters, which the screen turns into
 * a sentence in the user's language.
 */
export type TemplateEditError =
  | { code: 'term-id-invalid'; termId: string }
  | { code: 'term-id-taken'; termId: string }
  | { code: 'term-in-use'; termId: string; headings: string[] }
  | { code: 'term-invalid'; termId: string; message: string }
  | { code: 'clause-missing'; clauseId: string };

export type TemplateEditResult = { ok: true; template: Template } | { ok: false; error: TemplateEditError };

const withDocument = (template: Template, document: SlaDocument): TemplateEditResult => ({
  ok: true,
  template: { ...template, document },
});

/** A new, empty clause at the end (or at `atIndex`). `id` must be unique in the template. */
export function addTemplateClause(
  template: Template,
  clause: { id: string; heading: string; kind?: ClauseKind; level?: 1 | 2 },
  atIndex?: number,
): Template {
  const fresh: Clause = {
    id: clause.id,
    kind: clause.kind ?? 'other',
    heading: clause.heading,
    level: clause.level ?? 1,
    body: [],
  };
  return { ...template, document: addClause(template.document, { clause: fresh, terms: [] }, atIndex) };
}

/**
 * Removes a clause. Unlike a deal, a template keeps the terms the clause used: the team lead
 * removes a term explicitly, and another clause may be about to use it again.
 */
export function removeTemplateClause(template: Template, clauseId: string): TemplateEditResult {
  if (!template.document.clauses.some((clause) => clause.id === clauseId))
    return { ok: false, error: { code: 'clause-missing', clauseId } };
  const terms = template.document.terms;
  return withDocument(template, { ...removeClause(template.document, clauseId), terms });
}

export function moveTemplateClause(template: Template, clauseId: string, toIndex: number): Template {
  return { ...template, document: moveClause(template.document, clauseId, toIndex) };
}

export function updateTemplateClause(
  template: Template,
  clauseId: string,
  patch: Partial<Pick<Clause, 'heading' | 'kind' | 'level' | 'body'>>,
): Template {
  const { kind, ...rest } = patch;
  const document = updateClause(template.document, clauseId, rest);
  if (kind === undefined) return { ...template, document };
  const clauses = document.clauses.map((clause) => (clause.id === clauseId ? { ...clause, kind } : clause));
  return { ...template, document: { ...document, clauses } };
}

/** A valid term of the kind with a neutral default value, for a new term or a changed kind. */
export function blankTerm(
  kind: TermKind,
  base: { id: string; label: string; favours: Term['favours'] },
): Term {
  switch (kind) {
    case 'percent':
      return { ...base, kind, value: 99 };
    case 'duration':
      return { ...base, kind, value: 1, unit: 'hours' };
    case 'money':
      return { ...base, kind, value: 0, currency: 'EUR' };
    case 'count':
      return { ...base, kind, value: 1 };
    case 'text':
      return { ...base, kind, value: '' };
    case 'choice':
      return { ...base, kind, value: '–', options: ['–'] };
  }
}

/** Library terms first, so the document's own term wins where both define an id. */
function termsOf(template: Template): Term[] {
  return [...template.clauseLibrary.flatMap((item) => item.terms), ...template.document.terms];
}

export function addTemplateTerm(template: Template, term: Term): TemplateEditResult {
  if (!TermId.safeParse(term.id).success)
    return { ok: false, error: { code: 'term-id-invalid', termId: term.id } };
  if (termsOf(template).some((known) => known.id === term.id))
    return { ok: false, error: { code: 'term-id-taken', termId: term.id } };
  return replaceTerms(template, [...template.document.terms, term], term.id);
}

/** Replaces a term (label, kind, default value, favours …); the id stays. */
export function updateTemplateTerm(template: Template, next: Term): TemplateEditResult {
  if (!template.document.terms.some((term) => term.id === next.id))
    return { ok: false, error: { code: 'term-invalid', termId: next.id, message: 'unknown term' } };
  return replaceTerms(
    template,
    template.document.terms.map((term) => (term.id === next.id ? next : term)),
    next.id,
  );
}

/** Removes a term no clause refers to; one still in use is refused with the clauses naming it. */
export function removeTemplateTerm(template: Template, termId: string): TemplateEditResult {
  const users = template.document.clauses.filter((clause) => referencedTermIds([clause]).includes(termId));
  if (users.length > 0)
    return {
      ok: false,
      error: { code: 'term-in-use', termId, headings: users.map((clause) => clause.heading) },
    };
  return withDocument(template, {
    ...template.document,
    terms: template.document.terms.filter((term) => term.id !== termId),
  });
}

function replaceTerms(template: Template, terms: Term[], checked: string): TemplateEditResult {
  const term = terms.find((candidate) => candidate.id === checked);
  const result = Term.safeParse(term);
  if (!result.success)
    return {
      ok: false,
      error: {
        code: 'term-invalid',
        termId: checked,
        message: result.error.issues[0]?.message ?? 'invalid term',
      },
    };
  return withDocument(template, { ...template.document, terms });
}

/** What a version changed against another, by clause and term id (headings for people). */
/**
 * The legal checklist deals from this template are held to (issue 12 §1): the chosen essentials.
 * Choosing all of them stores no list, which is the default.
 */
export function setTemplateChecklist(template: Template, kinds: Iterable<EssentialClauseKind>): Template {
  const { checklist: _previous, ...rest } = template;
  const checklist = storedChecklist(kinds);
  return checklist ? { ...rest, checklist } : rest;
}

export interface TemplateChanges {
  clausesAdded: string[];
  clausesRemoved: string[];
  clausesChanged: string[];
  termsAdded: string[];
  termsRemoved: string[];
  termsChanged: string[];
  /** Essential clause kinds the checklist requires now and did not before, and the other way round. */
  checklistAdded: EssentialClauseKind[];
  checklistRemoved: EssentialClauseKind[];
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/**
 * The clauses and terms `after` adds, removes or changes against `before` (moves count as
 * changes of the clauses that moved). Clause library entries count as clauses.
 */
export function templateChanges(before: Template | undefined, after: Template): TemplateChanges {
  const clausesOf = (template: Template | undefined) =>
    template ? [...template.document.clauses, ...template.clauseLibrary.map((item) => item.clause)] : [];
  const a = clausesOf(before);
  const b = clausesOf(after);
  const positionA = new Map(a.map((clause, index) => [clause.id, index]));
  const oldClauses = byId(a);
  const newClauses = byId(b);
  const clausesAdded = b.filter((clause) => !oldClauses.has(clause.id)).map((clause) => clause.heading);
  const clausesRemoved = a.filter((clause) => !newClauses.has(clause.id)).map((clause) => clause.heading);
  const kept = b.filter((clause) => oldClauses.has(clause.id));
  const keptOrderA = [...kept].sort((x, y) => (positionA.get(x.id) ?? 0) - (positionA.get(y.id) ?? 0));
  const clausesChanged = kept
    .filter(
      (clause, index) =>
        canonicalize(clause) !== canonicalize(oldClauses.get(clause.id)) || keptOrderA[index] !== clause,
    )
    .map((clause) => clause.heading);
  const oldChecklist = before ? checklistOf(before).map((item) => item.kind) : [];
  const newChecklist = checklistOf(after).map((item) => item.kind);
  const oldTerms = byId(before ? termsOf(before) : []);
  const newTerms = byId(termsOf(after));
  return {
    clausesAdded,
    clausesRemoved,
    clausesChanged,
    termsAdded: [...newTerms.values()].filter((term) => !oldTerms.has(term.id)).map((term) => term.label),
    termsRemoved: [...oldTerms.values()].filter((term) => !newTerms.has(term.id)).map((term) => term.label),
    termsChanged: [...newTerms.values()]
      .filter((term) => oldTerms.has(term.id) && canonicalize(term) !== canonicalize(oldTerms.get(term.id)))
      .map((term) => term.label),
    checklistAdded: newChecklist.filter((kind) => !oldChecklist.includes(kind)),
    checklistRemoved: oldChecklist.filter((kind) => !newChecklist.includes(kind)),
  };
}
