import type { Block, ClauseKind, Language } from '../model/document';
import type { TemplateFamily } from '../model/template';
import type { CreditBand, PriorityLevel, TermKey } from './termSpecs';
import type { BuiltInTier, TierFigures } from './tierFigures';

/**
 * One family of built-in templates (managed IT services, hosting, service desk, SaaS): its clauses in
 * document order, the optional clauses of its clause library, its figures per tier and its wording per
 * language. Clause ids are shared by all tiers and both languages of a family, so the redline aligns a
 * German and an English round clause by clause and a deal can switch tier without losing its place.
 * Changing a clause id needs a migration.
 */
export interface FamilyOutline<C extends string = string, L extends string = string> {
  id: TemplateFamily;
  /** From `BUILT_IN_FAMILY_VERSIONS` (builtInManifest.ts), where it is bumped whenever the family's content changes. */
  version: number;
  updatedAt: string;
  clauses: readonly { id: C; kind: ClauseKind }[];
  /** Optional clauses a deal can add from the template's clause library, with the terms each brings. */
  library: readonly { id: L; kind: ClauseKind; terms: readonly TermKey[] }[];
  figures: Record<BuiltInTier, TierFigures>;
}

/** What a clause's wording may depend on besides its terms. */
export interface ClauseContext {
  tier: BuiltInTier;
  /** Priorities the tier defines, e.g. [1, 2, 3]; their response and resolution terms exist. */
  priorities: readonly PriorityLevel[];
  /** Credit bands the tier defines, e.g. [1, 2]. */
  creditBands: readonly CreditBand[];
}

export interface ClauseText {
  heading: string;
  body: Block[];
}

export type ClauseWriter = (context: ClauseContext) => ClauseText;

/** Everything one language contributes to a family; structure and figures come from the outline. */
export interface LanguagePack<C extends string = string, L extends string = string> {
  language: Language;
  templateName: (tier: BuiltInTier) => string;
  title: (tier: BuiltInTier) => string;
  descriptions: Record<BuiltInTier, string>;
  /** Where the family needs a more specific label than the shared vocabulary's (same id, same concept). */
  termLabels?: Partial<Record<TermKey, string>>;
  clauses: Record<C, ClauseWriter>;
  library: Record<L, ClauseWriter>;
}

export interface FamilyDefinition<C extends string = string, L extends string = string> {
  outline: FamilyOutline<C, L>;
  /** German first: most of our users negotiate in German (DESIGN §1). */
  packs: readonly LanguagePack<C, L>[];
}

/** Ties a family's outline and packs together, so a pack that misses a clause of the outline fails to compile. */
export function defineFamily<const C extends string, const L extends string>(
  outline: FamilyOutline<C, L>,
  packs: readonly LanguagePack<C, L>[],
): FamilyDefinition {
  return { outline, packs };
}
