import type { Currency, DurationUnit, SlaDocument, Term } from '../../../shared/model';
import { validateTermValue } from '../../../shared/model';
import { TERM_LIMITS } from '../../../shared/model';

export type TermEditResult = { ok: true; document: SlaDocument } | { ok: false; message: string };

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
  if (!term) return { ok: false, message: `The term ${termId} is not in this document.` };
  const next = withUnit(term, patch);
  if (next === term) return { ok: true, document: doc };
  const result = validateTermValue(next, next.value);
  if (!result.ok) return result;
  return { ok: true, document: { ...doc, terms: doc.terms.map((t, i) => (i === index ? result.term : t)) } };
}

/** i18n keys (namespace `workspace`, under `termErrors`) for what a term field can refuse. */
export type TermErrorKey =
  | 'notNumber'
  | 'negative'
  | 'over100'
  | 'tooManyDecimals'
  | 'wholeNumber'
  | 'tooLarge'
  | 'textTooLong'
  | 'notAnOption'
  | 'required'
  | 'other';

export interface TermError {
  key: TermErrorKey;
  /** The `{{max}}` of the message (decimal places, characters). */
  max?: number;
  /** The schema's own wording, shown when no translation fits. */
  message: string;
}

/**
 * Maps a validation message of the term schema (shared/model/term.ts, English and not for
 * translation) to a key the UI can show in the user's language.
 */
export function termErrorOf(message: string): TermError {
  const decimals = /^at most (\d+) decimal places$/.exec(message);
  if (decimals) return { key: 'tooManyDecimals', max: Number(decimals[1]), message };
  if (/must be (a|a finite) number/.test(message)) return { key: 'notNumber', message };
  if (/cannot be negative/.test(message)) return { key: 'negative', message };
  if (/cannot exceed 100/.test(message)) return { key: 'over100', message };
  if (/whole number/.test(message)) return { key: 'wholeNumber', message };
  if (/too (long|large)$/.test(message) && !/^text/.test(message)) return { key: 'tooLarge', message };
  if (/^text is too long/.test(message)) return { key: 'textTooLong', max: TERM_LIMITS.textMax, message };
  if (/one of the options/.test(message)) return { key: 'notAnOption', message };
  return { key: 'other', message };
}
