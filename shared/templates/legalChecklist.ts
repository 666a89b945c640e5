import { referencedTermIds, type ClauseKind, type Language, type SlaDocument } from '../model/document';
import { ESSENTIAL_CLAUSE_KINDS, type EssentialClauseKind, type Template } from '../model/template';

export interface EssentialClause {
  kind: EssentialClauseKind;
  labels: Record<Language, string>;
  /** A term the document must also carry, where the essential is a figure rather than a clause. */
  requiredTermId?: string;
}

/**
 * The clauses legal review insists on before a round goes out (DESIGN §1, "get legal advice"):
 * every essential a template may require, and the checklist of a template that names none.
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
 * The legal checklist of a template version, and so of every deal started from it: the essentials
 * the version requires, or all of them when it names none (built-ins, older templates) or the
 * version is not known. The one answer the workspace, the send gate, the guardrails and the template
 * editor use.
 */
export function checklistOf(
  template: Pick<Template, 'checklist'> | null | undefined,
): readonly EssentialClause[] {
  const required = template?.checklist;
  if (!required) return LEGAL_CHECKLIST;
  const kinds = new Set<ClauseKind>(required);
  return LEGAL_CHECKLIST.filter((item) => kinds.has(item.kind));
}

/**
 * The checklist a template stores for the chosen kinds: in checklist order, and none at all when
 * every essential is chosen (that is the default, and stays the default if the list grows).
 */
export function storedChecklist(kinds: Iterable<EssentialClauseKind>): EssentialClauseKind[] | undefined {
  const chosen = new Set(kinds);
  const ordered = ESSENTIAL_CLAUSE_KINDS.filter((kind) => chosen.has(kind));
  return ordered.length === ESSENTIAL_CLAUSE_KINDS.length ? undefined : ordered;
}

/**
 * The essential clause kinds a document lacks, in checklist order. A clause with an empty body is a
 * placeholder and does not count; the credit cap needs its `credit_cap` term inside a credits clause.
 */
export function missingEssentials(
  doc: Pick<SlaDocument, 'clauses'>,
  checklist: readonly EssentialClause[] = LEGAL_CHECKLIST,
): EssentialClauseKind[] {
  return checklist
    .filter(({ kind, requiredTermId }) => {
      const clauses = doc.clauses.filter((clause) => clause.kind === kind && clause.body.length > 0);
      if (clauses.length === 0) return true;
      return requiredTermId !== undefined && !referencedTermIds(clauses).includes(requiredTermId);
    })
    .map(({ kind }) => kind);
}
