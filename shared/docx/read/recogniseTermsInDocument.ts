import type { SlaDocument } from '../../model/document';
import type { Term } from '../../model/term';
import { detectValues } from '../readTermValue';
import {
  acceptedClauseText,
  annotateClause,
  annotatedValue,
  clauseUnits,
  emptyAnnotation,
  type ReferenceSpan,
} from './annotateTerms';

const KIND_LABEL: Record<SlaDocument['language'], Record<'percent' | 'duration', string>> = {
  en: { percent: 'percentage', duration: 'time' },
  de: { percent: 'Prozentwert', duration: 'Zeitwert' },
};

/** Term ids from the clause and the place (`availability_percent_1`), so two imports of similar files agree. */
function termIdBase(clauseId: string): string {
  const base = clauseId
    .replace(/-/g, '_')
    .replace(/[^a-z0-9_]/g, '')
    .slice(0, 40);
  return /^[a-z]/.test(base) ? base : `c_${base}`;
}

const MAX_TERMS = 5_000;

/**
 * THE HOOK for recognising terms in a document read without a reference (issue 8: the lead points
 * this at `shared/terms/recogniseTerms` when it lands). Until then: percentages and durations in
 * each clause's text as accepted become terms with place-derived ids, annotated on the text as
 * written in both views. Changes `doc` in place and returns it.
 */
export function recogniseTermsInDocument(doc: SlaDocument): SlaDocument {
  const terms: Term[] = [];
  const annotation = emptyAnnotation();
  for (const clause of doc.clauses) {
    const units = clauseUnits(clause);
    const joined = acceptedClauseText(units);
    const counters = { percent: 0, duration: 0 };
    const base = termIdBase(clause.id);
    const spans: ReferenceSpan[] = [];
    for (const found of detectValues(joined.text, doc.language)) {
      // The model holds at most 5,000 terms; values beyond that stay plain text.
      if (terms.length >= MAX_TERMS) break;
      counters[found.kind] += 1;
      const id = `${base}_${found.kind}_${counters[found.kind]}`;
      const label =
        `${clause.heading || doc.title || 'Clause'} (${KIND_LABEL[doc.language][found.kind]} ${counters[found.kind]})`.slice(
          0,
          120,
        );
      const term: Term =
        found.kind === 'percent'
          ? { id, label, favours: 'neither', kind: 'percent', value: found.value }
          : { id, label, favours: 'neither', kind: 'duration', value: found.value, unit: found.unit! };
      terms.push(term);
      spans.push({ start: found.index, end: found.index + found.length, term });
    }
    annotateClause(units, joined.text, spans, doc.language, annotation);
  }
  doc.terms = terms.flatMap((term) => {
    const read = annotatedValue(annotation, term.id);
    return read ? [read] : [];
  });
  return doc;
}
