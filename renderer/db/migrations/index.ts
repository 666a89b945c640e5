import type { Transaction } from 'dexie';
import { stores0001 } from './0001-initial';
import { stores0003 } from './0003-review-work-and-signatures';

/**
 * Adding schema version N (never edit a shipped step):
 * 1. `000N-what-changes.ts`: `storesN` (only the tables that change; `null` drops one) and a named
 *    pure function per changed record, e.g. `export function upgradeDealN(old: unknown): Deal`.
 * 2. Append `{ version: N, stores: storesN, upgrade: (tx) => tx.table('deals').toCollection().modify(…) }`
 *    below; the upgrade only maps records through the pure functions.
 * 3. `000N-what-changes.test.ts`: the pure functions on sample records, and `writeFixture` with
 *    `fixtures/v(N-1).json` → `openSlaDatabase` → the records read back in the new shape.
 * 4. Freeze `fixtures/vN.json` (records as version N writes them) and add it to FIXTURES in
 *    `migrations.test.ts`, so version N+1 is tested from it.
 *
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

/**
 * Version numbers are reserved per issue (coordination of parallel work: 2 = issue 8, 3 = issue 9,
 * 4 = issue 10 …), so a branch may skip a number another branch fills in; Dexie accepts the gap and
 * a database at version 1 upgrades straight to 3.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  { version: 1, stores: stores0001 },
  // New tables only: nothing to rewrite (upgradeTables0003 is the identity on existing tables).
  { version: 3, stores: stores0003 },
];

/** The schema version this build writes. A database with a higher one is refused. */
export const CURRENT_SCHEMA_VERSION: number = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
