import type { Inline, Language, SlaDocument } from '../model/document';

/**
 * The fixed wording of our documents' opening lines in each language. The Word reader knows the
 * same words (it recognises the parties line of our own exports), the redline shows them, and the
 * writer writes them: one place for all three.
 */
export const PARTY_ROLES: Record<Language, { provider: string; customer: string }> = {
  en: { provider: 'Provider', customer: 'Customer' },
  de: { provider: 'Anbieter', customer: 'Kunde' },
};

export function partiesSentence(language: Language, provider: string, customer: string): string {
  const roles = PARTY_ROLES[language];
  return language === 'de'
    ? `Zwischen ${provider} („${roles.provider}“) und ${customer} („${roles.customer}“).`
    : `Between ${provider} (“${roles.provider}”) and ${customer} (“${roles.customer}”).`;
}

/**
 * The opening lines as the document shows them: as written in a received file (`front`), or
 * generated from the title and parties for ours. No parties line when neither party is named.
 */
export function frontMatterLines(doc: Pick<SlaDocument, 'title' | 'language' | 'parties' | 'front'>): {
  title: Inline[];
  parties: Inline[] | null;
} {
  const title: Inline[] = doc.front?.title ?? (doc.title ? [{ type: 'text', text: doc.title }] : []);
  if (doc.front?.parties) return { title, parties: doc.front.parties };
  const { provider, customer } = doc.parties;
  if (!provider && !customer) return { title, parties: null };
  return { title, parties: [{ type: 'text', text: partiesSentence(doc.language, provider, customer) }] };
}
