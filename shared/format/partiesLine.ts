import type { Language, Parties } from '../model/document';

const PARTIES: Record<Language, (provider: string, customer: string) => string> = {
  en: (provider, customer) => `Between ${provider} (“Provider”) and ${customer} (“Customer”).`,
  de: (provider, customer) => `Zwischen ${provider} („Anbieter“) und ${customer} („Kunde“).`,
};

/**
 * The parties line of our documents, in the document's language: the one wording the Word export
 * writes, the redline compares with their line as written, and the import reads back. '' when
 * neither party is named (no line at all).
 */
export function partiesLine(parties: Parties, language: Language): string {
  if (!parties.provider && !parties.customer) return '';
  return PARTIES[language](parties.provider, parties.customer);
}
