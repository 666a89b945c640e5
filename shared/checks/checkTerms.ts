import { formatTermValue } from '../format/formatTermValue';
import { numberClauses } from '../model/numbering';
import type { SlaDocument } from '../model/document';
import type { Term } from '../model/term';
import { bandOf, type Band } from '../playbook/bandOf';
import { termAsPlaybookValue } from '../playbook/measure';
import type { Playbook, PlaybookValue } from '../playbook/playbook';
import { termClauses } from './clauseContent';

/** One term to check: the typed term, the text it was read from, the clause it sits in. */
export interface TermToCheck {
  term: Term;
  /** As written in the document ("99,95 %", "thirty (30) minutes"); formatted from the value when absent. */
  text?: string;
  /** "3 Availability": number and heading of the clause. */
  clause?: string;
}

/** One row of `sla-workbench check --json` (issue 10 §3). */
export interface TermCheckRow {
  id: string;
  text: string;
  /** In the playbook file's shapes: number, `{value, unit}`, `{amount, currency}`; text for other terms. */
  value: PlaybookValue | string;
  /** `null` when the playbook does not rate the term. */
  band: Band | null;
  clause: string;
}

/** Each term against the playbook; the same rows for customer paper, our drafts and the CLI. */
export function checkTerms(
  terms: readonly TermToCheck[],
  playbook: Playbook,
  language: 'de' | 'en' = 'en',
): TermCheckRow[] {
  return terms.map(({ term, text, clause }) => ({
    id: term.id,
    text: text ?? formatTermValue(term, language),
    value: termAsPlaybookValue(term),
    band: bandOf(term, playbook.get(term.id)).band,
    clause: clause ?? '',
  }));
}

/** The terms of a document with the clause each first appears in, ready for `checkTerms`. */
export function termsToCheck(document: SlaDocument): TermToCheck[] {
  const where = termClauses(document);
  const numbers = numberClauses(document.clauses);
  const numberOf = new Map(document.clauses.map((clause, index) => [clause.id, numbers[index] ?? '']));
  return document.terms.map((term) => {
    const clause = where.get(term.id);
    return {
      term,
      text: formatTermValue(term, document.language),
      clause: clause ? `${numberOf.get(clause.id) ?? ''} ${clause.heading}`.trim() : '',
    };
  });
}

/** Exit code of `check`: 3 when any term is beyond walk-away. */
export function anyBeyond(rows: readonly TermCheckRow[]): boolean {
  return rows.some((row) => row.band === 'beyond');
}
