import type { Currency, DurationUnit, SlaDocument, Term, TermProblem } from '../../../shared/model';
import { validateTermValue } from '../../../shared/model';

export type TermEditResult =
  { ok: true; document: SlaDocument } | { ok: false; problem: TermProblem; message: string };

/** The term with another unit (durations) or currency (money); other kinds are returned as they are. */
export function withUnit(term: Term, patch: { unit?: DurationUnit; currency?: Currency }): Term {
  if (term.kind === 'duration' && patch.unit) return { ...term, unit: patch.unit };
  if (term.kind === 'money' && patch.currency) return { ...term, currency: patch.currency };
  return term;
}

/**
 * Changes the unit of a duration term or the currency of a money term, keeping its number. The
 * term is validated as a whole like every other term edit, so nothing invalid reaches the draft.
 */
export function setTermUnit(
  doc: SlaDocument,
  termId: string,
  patch: { unit?: DurationUnit; currency?: Currency },
): TermEditResult {
  const index = doc.terms.findIndex((term) => term.id === termId);
  const term = doc.terms[index];
  if (!term)
    return {
      ok: false,
      problem: { code: 'invalid' },
      message: `The term ${termId} is not in this document.`,
    };
  const next = withUnit(term, patch);
  if (next === term) return { ok: true, document: doc };
  const result = validateTermValue(next, next.value);
  if (!result.ok) return result;
  return { ok: true, document: { ...doc, terms: doc.terms.map((t, i) => (i === index ? result.term : t)) } };
}
