import { importDocx } from '../docx/importDocx';
import { acceptedView } from '../docx/read/viewWithTerms';
import type { SlaDocument } from '../model/document';
import { BUILT_IN_TEMPLATES } from '../templates/builtInTemplates';
import { asWrittenReference, recogniseDocument } from '../terms/annotateDocument';
import { agreementTermsFrom, type AgreementTerms } from './agreementTerms';

export interface AgreementFromDocx {
  document: SlaDocument;
  terms: AgreementTerms;
  /**
   * `typed`: the file's own terms; `template`: values read at the places one of our templates shows
   * them; `recognised`: customer paper, its terms found in its own wording by the term recogniser.
   */
  source: 'typed' | 'template' | 'recognised';
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
  const imported = await importDocx(bytes);
  // A signed file is measured as it reads with every tracked change accepted.
  const plain = { document: acceptedView(imported.document), warnings: warningTexts(imported.warnings) };
  const own = agreementTermsFrom(plain.document);
  if (own.availability !== null)
    return { document: plain.document, terms: own, source: 'typed', warnings: plain.warnings };

  // The template the file was written from maps every clause; a template of another family maps
  // fewer and may type a value of a table whose rows differ from its own, so it counts only after.
  let best: (AgreementFromDocx & { unmapped: number }) | null = null;
  for (const template of BUILT_IN_TEMPLATES) {
    if (template.language !== plain.document.language) continue;
    const mapped = await importDocx(bytes, { reference: template.document });
    const document = acceptedView(mapped.document);
    const terms = agreementTermsFrom(document);
    const unmapped = mapped.unmapped.length;
    if (!best || unmapped < best.unmapped || (unmapped === best.unmapped && score(terms) > score(best.terms)))
      best = {
        unmapped,
        document,
        terms,
        source: 'template',
        templateId: template.id,
        warnings: warningTexts(mapped.warnings),
      };
  }
  // Our own agreement maps every clause of one template: its values are read where that template
  // shows them. Anything else is customer paper: its terms are recognised in its own wording.
  if (best && best.unmapped === 0 && score(best.terms) > score(own)) {
    const { unmapped: _unmapped, ...reading } = best;
    return reading;
  }
  const asWritten = await importDocx(bytes, { reference: asWrittenReference(plain.document.language) });
  const recognised = recogniseDocument(acceptedView(asWritten.document)).document;
  const recognisedTerms = agreementTermsFrom(recognised);
  const bestScore = best ? score(best.terms) : -1;
  if (score(recognisedTerms) > Math.max(score(own), bestScore))
    return {
      document: recognised,
      terms: recognisedTerms,
      source: 'recognised',
      warnings: warningTexts(asWritten.warnings),
    };
  if (best && bestScore > score(own)) {
    const { unmapped: _unmapped, ...reading } = best;
    return reading;
  }
  return { document: plain.document, terms: own, source: 'typed', warnings: plain.warnings };
}

/** The reader's English sentences: this reading serves the CLI, which prints them as they are. */
function warningTexts(warnings: readonly { text: string }[]): string[] {
  return warnings.map((warning) => warning.text);
}
