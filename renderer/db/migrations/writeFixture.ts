import Dexie from 'dexie';
import { SCHEMA_VERSIONS } from '.';

/** A frozen sample of a database at one schema version: raw records per table. */
export interface DatabaseFixture {
  version: number;
  tables: Record<string, readonly unknown[]>;
}

/**
 * Writes a fixture exactly as a build at `fixture.version` would have stored it: the schema of that
 * version, records as they are (no validation, no upgrade). Opening the result with
 * `openSlaDatabase` then runs every later upgrade, which is what a user's update does. Test use only.
 */
export async function writeFixture(name: string, fixture: DatabaseFixture): Promise<void> {
  const steps = SCHEMA_VERSIONS.filter((step) => step.version <= fixture.version);
  if (steps.at(-1)?.version !== fixture.version)
    throw new Error(`No schema version ${fixture.version} to write a fixture for.`);
  const db = new Dexie(name);
  for (const step of steps) db.version(step.version).stores({ ...step.stores });
  await db.open();
  try {
    await db.transaction('rw', db.tables, async () => {
      for (const [table, records] of Object.entries(fixture.tables))
        await db.table(table).bulkAdd([...records]);
    });
  } finally {
    db.close();
  }
}
