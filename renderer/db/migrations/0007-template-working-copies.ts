import type { RawBackupTables } from '../../../shared/backup';

/**
 * Version 7 (issue 12): the unsaved edit of an own template is kept in the database, as a deal's
 * draft is, so a reload or a crash loses nothing. Shipped steps are never edited.
 *
 * `templateWorkingCopies`: one per own template being edited, keyed by the template id, holding the
 * version the edit started from; removed when the edit is saved as a version or discarded.
 * No existing record changes shape.
 */
export const stores0007 = {
  templateWorkingCopies: 'templateId',
} as const;

/** The table version 7 adds, empty, in a backup of version 6 (the pure step of the backup upgrade). */
export function upgradeBackupTables0007(tables: RawBackupTables): RawBackupTables {
  return { ...tables, templateWorkingCopies: tables.templateWorkingCopies ?? [] };
}
