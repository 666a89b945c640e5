import {
  BACKUP_TABLES,
  createBackup,
  parseBackup,
  serializeBackup,
  validateBackupData,
  type BackupApp,
  type BackupData,
  type BackupLimits,
  type BackupTableName,
  type BackupTables,
  type BackupUpgrade,
} from '../../../shared/backup';
import { AuditRecord } from '../AuditRecord';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../migrations';
import { upgradeBackupTables0002 } from '../migrations/0002-document-version-2';
import { companyProfilesFromDeals0004 } from '../migrations/0004-guardrails';
import { upgradeBackupTables0005 } from '../migrations/0005-monitoring';
import { SettingRecord } from '../Settings';
import type { SlaDatabase } from '../SlaDatabase';
import { RestoreError } from './RestoreError';

/**
 * Lifts backups of older schema versions: `BACKUP_UPGRADES[n]` turns version n tables into n + 1,
 * calling the same pure functions as the Dexie upgrade of version n + 1. Append with each new
 * schema version, or older backups can no longer be restored.
 */
export const BACKUP_UPGRADES: Readonly<Record<number, BackupUpgrade>> = withoutGaps({
  1: (tables) => upgradeBackupTables0002(tables) as typeof tables,
  // 3 → 4 (issue 10): the guardrail tables, with the company profiles the Dexie step derives.
  3: (tables) => ({
    ...tables,
    playbooks: tables.playbooks ?? [],
    companyProfiles: tables.companyProfiles ?? companyProfilesFromDeals0004(tables.deals, tables.drafts),
    suppliers: tables.suppliers ?? [],
    approvals: tables.approvals ?? [],
  }),
  4: upgradeBackupTables0005,
});

/**
 * Schema versions are reserved per issue, so this build may lack some (e.g. 2 and 3 before issues
 * 8 and 9 land). No database, and so no backup, was ever written at a version that has no Dexie
 * step; lifting over it changes nothing.
 */
function withoutGaps(steps: Record<number, BackupUpgrade>): Record<number, BackupUpgrade> {
  const versions = new Set(SCHEMA_VERSIONS.map((step) => step.version));
  const out = { ...steps };
  for (let version = 1; version < CURRENT_SCHEMA_VERSION; version++)
    if (!out[version] && !versions.has(version + 1)) out[version] = (tables) => tables;
  return out;
}

/**
 * The storage layer's own rules for tables the shared backup schema checks only loosely; the write
 * middleware would refuse such records anyway, but only after the restore had started.
 */
const RECORD_CHECKS = { settings: SettingRecord, audit: AuditRecord } as const;

const DEFAULT_APP: BackupApp = { name: 'SLA Workbench', version: 'unknown' };

export interface ExportBackupOptions {
  /** Written into the file so a support request can tell which build made it. */
  app?: BackupApp;
  now?: () => Date;
}

function tablesOf(db: SlaDatabase) {
  return BACKUP_TABLES.map((name) => db.table(name));
}

/** The whole database as a backup, read in one transaction so the tables are consistent with each other. */
export async function exportBackup(db: SlaDatabase, options: ExportBackupOptions = {}): Promise<BackupData> {
  const tables = await db.transaction('r', tablesOf(db), async () => ({
    templates: await db.templates.toArray(),
    deals: await db.deals.toArray(),
    drafts: await db.drafts.toArray(),
    rounds: await db.rounds.toArray(),
    settings: await db.settings.toArray(),
    audit: await db.audit.orderBy('seq').toArray(),
    playbooks: await db.playbooks.toArray(),
    companyProfiles: await db.companyProfiles.toArray(),
    suppliers: await db.suppliers.toArray(),
    approvals: await db.approvals.toArray(),
    agreements: await db.agreements.toArray(),
    incidents: await db.incidents.toArray(),
    reviews: await db.reviews.toArray(),
  }));
  // Records are written as stored, even one that no longer passes its schema: a backup must not lose
  // data. Such a backup is refused on restore with the record named, and the file still holds it.
  return createBackup({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    app: options.app ?? DEFAULT_APP,
    createdAt: (options.now?.() ?? new Date()).toISOString(),
    tables: tables as BackupTables,
  });
}

export interface ReadBackupOptions {
  limits?: Partial<BackupLimits>;
  acceptBrokenChains?: boolean;
}

/** Reads an untrusted backup file for this build's schema version. Throws BackupImportError only. */
export function readBackup(input: string | Uint8Array, options: ReadBackupOptions = {}): BackupData {
  return parseBackup(input, {
    supportedSchemaVersion: CURRENT_SCHEMA_VERSION,
    upgrades: BACKUP_UPGRADES,
    recordChecks: RECORD_CHECKS,
    ...options,
  });
}

export interface RestoreBackupOptions {
  /**
   * Stores the backup text of the current state somewhere safe (a file, a download). Called before
   * anything is written; if it fails, nothing is restored.
   */
  saveCurrent: (backupText: string) => Promise<void>;
  app?: BackupApp;
  now?: () => Date;
  acceptBrokenChains?: boolean;
}

export type RestoreSummary = Record<BackupTableName, number>;

/**
 * Replaces the whole database with a backup: validate everything, save the current state, then clear
 * and fill every table in one transaction. Throws BackupImportError for a backup that is not valid and
 * RestoreError when saving or writing fails; in every failure the database is left unchanged.
 */
export async function restoreBackup(
  db: SlaDatabase,
  data: BackupData,
  options: RestoreBackupOptions,
): Promise<RestoreSummary> {
  const backup = validateBackupData(data, {
    supportedSchemaVersion: CURRENT_SCHEMA_VERSION,
    upgrades: BACKUP_UPGRADES,
    recordChecks: RECORD_CHECKS,
    acceptBrokenChains: options.acceptBrokenChains ?? false,
  });

  try {
    const current = await exportBackup(db, { app: options.app, now: options.now });
    await options.saveCurrent(serializeBackup(current));
  } catch (error) {
    throw new RestoreError(
      'save-current-failed',
      'The current data could not be saved as a backup first, so the backup was not restored. Nothing was changed.',
      { cause: error },
    );
  }

  try {
    await db.transaction('rw', tablesOf(db), async () => {
      for (const name of BACKUP_TABLES) await db.table(name).clear();
      for (const name of BACKUP_TABLES) await db.table(name).bulkAdd(backup.tables[name]);
    });
  } catch (error) {
    throw new RestoreError(
      'write-failed',
      `The backup could not be written (${describe(error)}). Nothing was changed.`,
      { cause: error },
    );
  }

  const summary = {} as RestoreSummary;
  for (const name of BACKUP_TABLES) summary[name] = backup.tables[name].length;
  return summary;
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const inner = (error as { inner?: unknown }).inner;
    return inner instanceof Error ? `${error.name}: ${inner.message}` : `${error.name}: ${error.message}`;
  }
  return String(error);
}
