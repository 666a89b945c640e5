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
  updatedAt: IsoDateTime,
});
export type Template = z.infer<typeof Template>;
