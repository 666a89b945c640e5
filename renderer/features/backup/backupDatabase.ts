import { openSlaDatabase, type SlaDatabase } from '../../db';

let opening: Promise<SlaDatabase> | undefined;

/**
 * The database connection for whole-database work (backup, restore, verify), which the
 * repositories do not offer. A second connection to the same IndexedDB database: Dexie tells the
 * screens' live queries about its writes, so a restore shows at once everywhere.
 */
export function backupDatabase(): Promise<SlaDatabase> {
  opening ??= openSlaDatabase().catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
}
