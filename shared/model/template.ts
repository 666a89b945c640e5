import { z } from 'zod';
import { Term } from './term';
import { Clause, Language, SlaDocument } from './document';
import { EntityId, IsoDate, IsoDateTime, Tier } from './deal';

/** A clause that a deal may add from its template's clause set, with the terms it references. */
export const LibraryClause = z.object({
  clause: Clause,
  terms: z.array(Term),
});
export type LibraryClause = z.infer<typeof LibraryClause>;

/**
 * The service a built-in template family is written for. Persisted: a name may be added, never renamed
 * without a migration.
 */
export const TEMPLATE_FAMILIES = ['managed-it', 'hosting', 'service-desk', 'saas'] as const;
export const TemplateFamily = z.enum(TEMPLATE_FAMILIES);
export type TemplateFamily = z.infer<typeof TemplateFamily>;

/**
 * The clause kinds legal review may require before a round goes out (DESIGN §1, "get legal advice"),
 * in the order the checklist shows them. Persisted in templates' checklists: a kind may be added,
 * never renamed without a migration.
 */
export const ESSENTIAL_CLAUSE_KINDS = [
  'availability',
  'exclusions',
  'service-credits',
  'chronic-failure',
  'liability',
  'force-majeure',
  'review-change',
  'data-protection',
] as const;
export const EssentialClauseKind = z.enum(ESSENTIAL_CLAUSE_KINDS);
export type EssentialClauseKind = z.infer<typeof EssentialClauseKind>;

/**
 * Whether a template is offered for new deals. Persisted on every version of an own template;
 * absent (every version stored before templates could be retired, and all built-ins) means
 * `active`. A name may be added, never renamed without a migration.
 */
export const TEMPLATE_STATUSES = ['active', 'retired'] as const;
export const TemplateStatus = z.enum(TEMPLATE_STATUSES);
export type TemplateStatus = z.infer<typeof TemplateStatus>;

/**
 * A template version. Templates are versioned: editing an own template writes version n+1 and keeps n,
 * so a deal can always show the exact version it started from.
 */
export const Template = z.object({
  id: EntityId,
  version: z.number().int().min(1),
  name: z.string().trim().min(1).max(200),
  description: z.string().max(2_000),
  /**
   * Which family it belongs to; copies keep their source's family. Absent on templates stored before
   * families existed: `templateFamilyOf` derives it from the id they were copied from.
   */
  family: TemplateFamily.optional(),
  tier: Tier,
  language: Language,
  builtIn: z.boolean(),
  /** For own templates: the template version it was duplicated from. */
  basedOn: z.object({ id: EntityId, version: z.number().int().min(1) }).optional(),
  reviewDate: IsoDate,
  document: SlaDocument,
  /** Optional clauses that are not in the default document but can be added to a deal. */
  clauseLibrary: z.array(LibraryClause),
  /**
   * The essential clause kinds legal review requires of deals from this version (issue 12 §1), each
   * once, in checklist order. Absent means every essential: the built-ins, and templates stored
   * before templates carried their own checklist (so no migration was needed).
   */
  checklist: z
    .array(EssentialClauseKind)
    .max(ESSENTIAL_CLAUSE_KINDS.length)
    .refine((kinds) => new Set(kinds).size === kinds.length, 'a checklist names each clause kind once')
    .optional(),
  /**
   * `retired`: kept for the deals that started from it, no longer offered for new ones. The same on
   * every version of a template (retiring writes all of them); read it with `templateStatusOf`.
   */
  status: TemplateStatus.optional(),
  /** When it was retired; only on a retired template. */
  retiredAt: IsoDateTime.optional(),
  updatedAt: IsoDateTime,
});
export type Template = z.infer<typeof Template>;
