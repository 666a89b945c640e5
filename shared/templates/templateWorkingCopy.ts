import { z } from 'zod';
import { EntityId, IsoDateTime } from '../model/deal';
import { Template } from '../model/template';

/**
 * The unsaved edit of an own template (issue 12, "nothing lost"): what the template editor shows,
 * written while the user types so a reload or a crash loses nothing, until it is saved as a version
 * or discarded. One per template. Persisted shape (table `templateWorkingCopies`, schema version 7,
 * and backups): fields may be added, never renamed without a migration.
 */
export const TemplateWorkingCopyRecord = z
  .object({
    templateId: EntityId,
    /** The stored version the edit started from: a newer stored version is shown as a conflict. */
    baseVersion: z.number().int().min(1),
    /** The edited content, as the next version would store it (its `version` is still the base's). */
    template: Template,
    updatedAt: IsoDateTime,
  })
  .refine((record) => record.template.id === record.templateId, {
    message: 'a working copy belongs to the template it edits',
    path: ['template', 'id'],
  })
  .refine((record) => !record.template.builtIn, {
    message: 'built-in templates are not edited',
    path: ['template', 'builtIn'],
  });
export type TemplateWorkingCopyRecord = z.infer<typeof TemplateWorkingCopyRecord>;
