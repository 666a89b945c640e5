import type { Language } from '../model/document';
import type { TemplateFamily } from '../model/template';
import { BUILT_IN_TIERS, type BuiltInTier } from './tierFigures';

/**
 * The version of each built-in family, read by its outline. Kept here, apart from the clause text, so
 * the app can tell at start whether every shipped template is stored without loading the families
 * (their text is a chunk of its own, loaded only when something is missing; issue 12 §4).
 * Bump a family's version whenever its content changes: stored templates are never overwritten, so
 * the new content is added as that version and deals keep the version they started from.
 */
export const BUILT_IN_FAMILY_VERSIONS = {
  // Version 2: German wording reviewed (earn-back clause, term labels); version 1 stays in stored databases.
  'managed-it': 2,
  hosting: 1,
  'service-desk': 1,
  saas: 1,
} as const satisfies Record<TemplateFamily, number>;

/** Every family is written in both languages. */
export const BUILT_IN_LANGUAGES = ['de', 'en'] as const satisfies readonly Language[];

export interface TemplateKey {
  id: string;
  version: number;
}

/** Ids are `<family>-<tier>-<language>`, e.g. `hosting-business-de`. */
export function builtInTemplateId(family: TemplateFamily, tier: BuiltInTier, language: Language): string {
  return `${family}-${tier}-${language}`;
}

/** The id and version of every template this build ships, without its content. */
export const BUILT_IN_TEMPLATE_KEYS: readonly TemplateKey[] = Object.freeze(
  (Object.entries(BUILT_IN_FAMILY_VERSIONS) as [TemplateFamily, number][]).flatMap(([family, version]) =>
    BUILT_IN_TIERS.flatMap((tier) =>
      BUILT_IN_LANGUAGES.map((language) => ({ id: builtInTemplateId(family, tier, language), version })),
    ),
  ),
);
