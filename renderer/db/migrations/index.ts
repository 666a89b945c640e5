import type { Transaction } from 'dexie';
import { stores0001 } from './0001-initial';
import { stores0003 } from './0003-review-work-and-signatures';
import {
  stores0002,
  upgradeDraft0002,
  upgradeRound0002,
  upgradeTemplate0002,
} from './0002-document-version-2';
import { companyProfilesFromDeals0004, stores0004 } from './0004-guardrails';
import { stores0005 } from './0005-monitoring';
import { stores0006 } from './0006-comment-threads';
import { stores0007 } from './0007-template-working-copies';

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

type Rewrite = (record: unknown) => unknown;
/** Replaces every record of a table by the pure step's result (Dexie's modify with a new value). */
const rewrite = (tx: Transaction, table: string, step: Rewrite) =>
  tx
    .table(table)
    .toCollection()
    .modify((record, ref) => {
      ref.value = step(record) as typeof record;
    });

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  { version: 1, stores: stores0001 },
  {
    version: 2,
    stores: stores0002,
    upgrade: async (tx) => {
      await rewrite(tx, 'rounds', upgradeRound0002);
      await rewrite(tx, 'drafts', upgradeDraft0002);
      await rewrite(tx, 'templates', upgradeTemplate0002);
    },
  },
  // Issue 9: new tables only, nothing to rewrite (upgradeTables0003 is the identity on existing tables).
  { version: 3, stores: stores0003 },
  {
    version: 4,
    stores: stores0004,
    upgrade: async (tx) => {
      const profiles = companyProfilesFromDeals0004(
        await tx.table('deals').toArray(),
        await tx.table('drafts').toArray(),
      );
      await tx.table('companyProfiles').bulkPut(profiles);
    },
  },
  { version: 5, stores: stores0005 },
  // Issue 12 §6: a new table only, nothing to rewrite.
  { version: 6, stores: stores0006 },
  // Issue 12: unsaved template edits, a new table only.
  { version: 7, stores: stores0007 },
];

/**
 * The schema version this build writes. A database with a higher one is refused. Versions are
 * ascending but may have gaps: numbers are reserved per issue, and a branch may lack a lower one.
 */
export const CURRENT_SCHEMA_VERSION: number = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
