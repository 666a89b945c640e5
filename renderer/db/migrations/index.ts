import type { Transaction } from 'dexie';
import { stores0001 } from './0001-initial';

/**
 * One entry per Dexie schema version, append-only. `upgrade` runs inside Dexie's upgrade
 * transaction and should only read the old records and call a named pure function from the
 * version's own file (e.g. `upgradeDeal0002(oldDeal)`), so the step can be tested without a database.
 */
export interface SchemaVersion {
  version: number;
  /** Dexie store definitions; `null` deletes a table. */
  stores: Readonly<Record<string, string | null>>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [{ version: 1, stores: stores0001 }];

/** The schema version this build writes. A database with a higher one is refused. */
export const CURRENT_SCHEMA_VERSION: number = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
