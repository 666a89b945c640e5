import type { Block, ClauseKind, Language } from '../model/document';
import type {
  ChoiceKey,
  ChoiceTermKey,
  CreditBand,
  LibraryTermKey,
  PriorityLevel,
  TermKey,
  TextKey,
  TextTermKey,
} from './termSpecs';
import type { BuiltInTier } from './tierFigures';

/**
 * The clauses of every built-in template, in document order. Ids are shared by all tiers and both
 * languages, so the redline aligns a German and an English round clause by clause and a deal can switch
 * tier without losing its place. Changing an id needs a migration.
 */
export const DOCUMENT_CLAUSES = [
  { id: 'scope', kind: 'parties-scope' },
  { id: 'definitions', kind: 'definitions' },
  { id: 'service-hours', kind: 'service-hours' },
  { id: 'availability', kind: 'availability' },
  { id: 'maintenance', kind: 'maintenance' },
  { id: 'exclusions', kind: 'exclusions' },
  { id: 'priorities', kind: 'priorities' },
  { id: 'service-credits', kind: 'service-credits' },
  { id: 'incentives', kind: 'incentives' },
  { id: 'reporting', kind: 'reporting' },
  { id: 'chronic-failure', kind: 'chronic-failure' },
  { id: 'review-change', kind: 'review-change' },
  { id: 'liability', kind: 'liability' },
  { id: 'force-majeure', kind: 'force-majeure' },
  { id: 'data-protection', kind: 'data-protection' },
] as const satisfies readonly { id: string; kind: ClauseKind }[];
export type DocumentClauseId = (typeof DOCUMENT_CLAUSES)[number]['id'];

/** Optional clauses a deal can add from the template's clause library, with the terms each brings. */
export const LIBRARY_CLAUSES = [
  { id: 'onsite-support', kind: 'other', terms: ['onsite_arrival', 'onsite_hourly_rate'] },
  { id: 'security-incidents', kind: 'data-protection', terms: ['security_notice'] },
  { id: 'backup-restore', kind: 'other', terms: ['backup_retention', 'recovery_point'] },
  { id: 'earn-back', kind: 'service-credits', terms: ['earn_back_months'] },
  { id: 'subcontractors', kind: 'other', terms: ['subcontractor_notice'] },
  { id: 'exit-assistance', kind: 'term-termination', terms: ['exit_assistance_period'] },
] as const satisfies readonly { id: string; kind: ClauseKind; terms: readonly LibraryTermKey[] }[];
export type LibraryClauseId = (typeof LIBRARY_CLAUSES)[number]['id'];

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

/** Everything one language contributes; the structure and figures come from the shared outline. */
export interface LanguagePack {
  language: Language;
  tierNames: Record<BuiltInTier, string>;
  templateName: (tier: BuiltInTier) => string;
  title: (tier: BuiltInTier) => string;
  descriptions: Record<BuiltInTier, string>;
  termLabels: Record<TermKey, string>;
  /** Options in the order of `CHOICE_KEYS`. */
  choiceLabels: { [K in ChoiceTermKey]: Record<ChoiceKey<K>, string> };
  textValues: { [K in TextTermKey]: Record<TextKey<K>, string> };
  clauses: Record<DocumentClauseId, (context: ClauseContext) => ClauseText>;
  library: Record<LibraryClauseId, (context: ClauseContext) => ClauseText>;
}
