import Dexie, { type DBCore, type Middleware } from 'dexie';
import { DatabaseTooNewError } from './DatabaseTooNewError';
import { CURRENT_SCHEMA_VERSION } from './migrations';
import { DEFAULT_DATABASE_NAME, SlaDatabase } from './SlaDatabase';

/** Dexie stores version n as native IndexedDB version n × 10. */
const DEXIE_VERSION_FACTOR = 10;

function indexedDbFactory(): IDBFactory {
  const factory = Dexie.dependencies.indexedDB ?? globalThis.indexedDB;
  if (!factory) throw new Error('This browser offers no IndexedDB; SLA Workbench cannot store data.');
  return factory;
}

/**
 * The native version of an existing database, or undefined if there is none. Aborts the
 * creation of a database that does not exist, so probing leaves no trace.
 */
export function probeNativeVersion(name: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const request = indexedDbFactory().open(name);
    let created = false;
    request.onupgradeneeded = () => {
      created = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => {
      const version = request.result.version;
      request.result.close();
      resolve(version);
    };
    request.onerror = (event) => {
      event.preventDefault();
      if (created) resolve(undefined);
      else reject(request.error ?? new Error(`Could not read the database ${name}.`));
    };
    request.onblocked = () => reject(new Error('The database is blocked by another window of the app.'));
  });
}

/** Native versions 11–19 are still version 1: Dexie may bump the native number to patch a schema. */
function schemaVersionOf(nativeVersion: number): number {
  return Math.floor(nativeVersion / DEXIE_VERSION_FACTOR);
}

function isVersionError(error: unknown): boolean {
  const named = error as { name?: string; inner?: { name?: string } } | null;
  return named?.name === 'VersionError' || named?.inner?.name === 'VersionError';
}

/**
 * Opens (creating or upgrading) the app's database. A database written by a newer app version is
 * refused with DatabaseTooNewError and left exactly as it is.
 *
 * The version is checked before Dexie opens the database because Dexie 4 does not refuse a newer
 * database: on VersionError it reopens at the stored version, and if the stored schema differs it
 * "patches" it by adding stores and bumping the version, i.e. it writes to the newer database.
 */
export interface OpenOptions {
  /** Extra DBCore middleware, e.g. the fault injection of tests (renderer/db/testing). */
  use?: readonly Middleware<DBCore>[];
}

export async function openSlaDatabase(
  name: string = DEFAULT_DATABASE_NAME,
  options: OpenOptions = {},
): Promise<SlaDatabase> {
  const stored = await probeNativeVersion(name);
  if (stored !== undefined && schemaVersionOf(stored) > CURRENT_SCHEMA_VERSION)
    throw new DatabaseTooNewError(schemaVersionOf(stored), CURRENT_SCHEMA_VERSION);

  const db = new SlaDatabase(name);
  for (const middleware of options.use ?? []) db.use(middleware);
  try {
    await db.open();
  } catch (error) {
    db.close();
    if (isVersionError(error))
      throw new DatabaseTooNewError(CURRENT_SCHEMA_VERSION + 1, CURRENT_SCHEMA_VERSION);
    throw error;
  }
  // A newer app in another window may have upgraded between the probe and the open.
  const opened = schemaVersionOf(db.backendDB().version);
  if (opened > CURRENT_SCHEMA_VERSION) {
    db.close();
    throw new DatabaseTooNewError(opened, CURRENT_SCHEMA_VERSION);
  }
  return db;
}

/**
 * Opens a connection again that the browser closed under the app (after an I/O error, a full disk,
 * the profile being cleaned up), with the same refusal of a newer database as the first open: Dexie
 * alone would patch a newer schema. Resolves at once when the connection is open.
 */
export async function reopenSlaDatabase(db: SlaDatabase): Promise<void> {
  if (db.isOpen()) return;
  const stored = await probeNativeVersion(db.name);
  if (stored !== undefined && schemaVersionOf(stored) > CURRENT_SCHEMA_VERSION)
    throw new DatabaseTooNewError(schemaVersionOf(stored), CURRENT_SCHEMA_VERSION);
  await db.open();
}
