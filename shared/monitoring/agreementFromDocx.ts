import { importDocx, type ImportedDocx } from '../docx/importDocx';
import type { SlaDocument } from '../model/document';
import { BUILT_IN_TEMPLATES } from '../templates/builtInTemplates';
import { agreementTermsFrom, type AgreementTerms } from './agreementTerms';

export interface AgreementFromDocx {
  document: SlaDocument;
  terms: AgreementTerms;
  /** `typed`: the file's own terms; `template`: values read at the places one of our templates shows them. */
  source: 'typed' | 'template';
  templateId?: string;
  warnings: string[];
}

/** How much of the measurement a reading supports: a target and priorities matter most. */
function score(terms: AgreementTerms): number {
  return (
    (terms.availability !== null ? 100 : 0) +
    terms.priorities.length * 10 +
    terms.creditBands.length * 5 +
    (terms.monthlyFee ? 5 : 0) +
    (terms.serviceHours.known ? 5 : 0)
  );
}

/**
 * Reads a signed agreement from a Word file for measuring it. The file's typed terms come first
 * (customer paper, once its terms are recognised, carries the same stable ids as our templates).
 * When they say nothing about availability, the file is read against each of our built-in
 * templates in its language and the reading that recovers most of the agreement wins: an
 * agreement we wrote ourselves then measures by the values it shows, wherever it was edited.
 */
export async function readAgreementDocx(bytes: Uint8Array): Promise<AgreementFromDocx> {
  const plain: ImportedDocx = await importDocx(bytes);
  const own = agreementTermsFrom(plain.accepted);
  if (own.availability !== null)
    return { document: plain.accepted, terms: own, source: 'typed', warnings: plain.warnings };

  let best: AgreementFromDocx | null = null;
  for (const template of BUILT_IN_TEMPLATES) {
    if (template.language !== plain.accepted.language) continue;
    const mapped = await importDocx(bytes, { reference: template.document });
    const terms = agreementTermsFrom(mapped.accepted);
    if (!best || score(terms) > score(best.terms))
      best = {
        document: mapped.accepted,
        terms,
        source: 'template',
        templateId: template.id,
        warnings: mapped.warnings,
      };
  }
  if (best && score(best.terms) > score(own)) return best;
  return { document: plain.accepted, terms: own, source: 'typed', warnings: plain.warnings };
}
