import Dexie from 'dexie';

/**
 * Writes a record past every check, through a second plain connection: how a test simulates a
 * record damaged on disk or edited outside the app.
 */
export async function writeRaw(databaseName: string, table: string, record: unknown): Promise<void> {
  const raw = new Dexie(databaseName);
  await raw.open();
  try {
    await raw.table(table).put(record);
  } finally {
    raw.close();
  }
}
