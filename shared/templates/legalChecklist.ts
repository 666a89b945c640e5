import { referencedTermIds, type ClauseKind, type Language, type SlaDocument } from '../model/document';

export interface EssentialClause {
  kind: ClauseKind;
  labels: Record<Language, string>;
  /** A term the document must also carry, where the essential is a figure rather than a clause. */
  requiredTermId?: string;
}

/**
 * The clauses legal review insists on before a round goes out (DESIGN §1, "get legal advice").
 * Order is the order the checklist shows.
 */
export const LEGAL_CHECKLIST: readonly EssentialClause[] = [
  { kind: 'availability', labels: { de: 'Messung der Verfügbarkeit', en: 'Availability measurement' } },
  { kind: 'exclusions', labels: { de: 'Ausschlüsse', en: 'Exclusions' } },
  {
    kind: 'service-credits',
    labels: { de: 'Obergrenze der Gutschriften', en: 'Service credit cap' },
    // Uncapped credits are the risk legal looks for, so a credits clause without a cap does not count.
    requiredTermId: 'credit_cap',
  },
  {
    kind: 'chronic-failure',
    labels: { de: 'Kündigung bei wiederholter Verfehlung', en: 'Termination for chronic failure' },
  },
  { kind: 'liability', labels: { de: 'Haftung', en: 'Liability' } },
  { kind: 'force-majeure', labels: { de: 'Höhere Gewalt', en: 'Force majeure' } },
  {
    kind: 'review-change',
    labels: { de: 'Überprüfungs- und Änderungsverfahren', en: 'Review and change procedure' },
  },
  { kind: 'data-protection', labels: { de: 'Datenschutz', en: 'Data protection' } },
];

/**
 * The essential clause kinds a document lacks, in checklist order. A clause with an empty body is a
 * placeholder and does not count; the credit cap needs its `credit_cap` term inside a credits clause.
 */
export function missingEssentials(doc: Pick<SlaDocument, 'clauses'>): ClauseKind[] {
  return LEGAL_CHECKLIST.filter(({ kind, requiredTermId }) => {
    const clauses = doc.clauses.filter((clause) => clause.kind === kind && clause.body.length > 0);
    if (clauses.length === 0) return true;
    return requiredTermId !== undefined && !referencedTermIds(clauses).includes(requiredTermId);
  }).map(({ kind }) => kind);
}
