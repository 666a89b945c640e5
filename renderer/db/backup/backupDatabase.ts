import Dexie from 'dexie';
import {
  BACKUP_TABLES,
  BackupReader,
  BackupWriter,
  backupHeaderOf,
  createBackup,
  parseBackup,
  type BackupApp,
  type BackupData,
  type BackupLimits,
  type BackupReaderOptions,
  type BackupReadResult,
  type BackupRecord,
  type BackupTableName,
  type BackupTables,
  type BackupUpgrade,
} from '../../../shared/backup';
import type { PublicSigningKey } from '../../../shared/model';
import { AuditRecord } from '../AuditRecord';
import { CURRENT_SCHEMA_VERSION } from '../migrations';
import { upgradeTables0003 } from '../migrations/0003-review-work-and-signatures';
import { upgradeBackupTables0002 } from '../migrations/0002-document-version-2';
import { companyProfilesFromDeals0004 } from '../migrations/0004-guardrails';
import { upgradeBackupTables0005 } from '../migrations/0005-monitoring';
import { upgradeBackupTables0006 } from '../migrations/0006-comment-threads';
import { upgradeBackupTables0007 } from '../migrations/0007-template-working-copies';
import { SettingRecord } from '../Settings';
import { webCryptoVerify } from '../signing/ed25519';
import type { SigningKeyRecord } from '../signing/SigningKeyRecord';
import type { SlaDatabase, StagedRecord } from '../SlaDatabase';
import { markPrevalidated } from '../validateWritesMiddleware';
import { RestoreError, storageFailureOf } from './RestoreError';

/**
 * Lifts backups of older schema versions: `BACKUP_UPGRADES[n]` turns the tables of a version-n backup
 * into n + 1, calling the same pure functions as the Dexie upgrade of version n + 1. Append with each
 * new schema version, or older backups can no longer be restored.
 */
export const BACKUP_UPGRADES: Readonly<Record<number, BackupUpgrade>> = {
  1: (tables) => upgradeBackupTables0002(tables) as typeof tables,
  // 2 → 3 (issue 9): review work and signing keys, which an older backup restores empty.
  2: (tables) => upgradeTables0003(tables as Record<string, unknown[]>) as typeof tables,
  // 3 → 4 (issue 10): the guardrail tables, with the company profiles the Dexie step derives.
  3: (tables) => ({
    ...tables,
    playbooks: tables.playbooks ?? [],
    companyProfiles: tables.companyProfiles ?? companyProfilesFromDeals0004(tables.deals, tables.drafts),
    suppliers: tables.suppliers ?? [],
    approvals: tables.approvals ?? [],
  }),
  4: upgradeBackupTables0005,
  // 5 → 6 (issue 12 §6): comment threads, which an older backup restores empty.
  5: upgradeBackupTables0006,
  // 6 → 7 (issue 12): template working copies, which an older backup restores empty.
  6: upgradeBackupTables0007,
};
/**
 * The storage layer's own rules for tables the shared backup schema checks only loosely; the write
 * middleware would refuse such records anyway, but only after the restore had started.
 */
const RECORD_CHECKS = { settings: SettingRecord, audit: AuditRecord } as const;

const DEFAULT_APP: BackupApp = { name: 'SLA Workbench', version: 'unknown' };

/** Records a staging or swap transaction handles at a time: bounded memory whatever the file size. */
const BATCH_RECORDS = 200;
const BATCH_BYTES = 8 * 1024 * 1024;

export interface ExportBackupOptions {
  /** Written into the file so a support request can tell which build made it. */
  app?: BackupApp;
  now?: () => Date;
}

export type BackupPhase = 'reading' | 'checking' | 'writing' | 'saving-copy';

/** Progress of a long backup or restore step: `done` of `total` records. */
export interface BackupProgressEvent {
  phase: BackupPhase;
  done: number;
  total: number;
}

export type ProgressListener = (progress: BackupProgressEvent) => void;

function tablesOf(db: SlaDatabase) {
  return BACKUP_TABLES.map((name) => db.table(name));
}

/** The public half only: a private key never leaves its installation, not even in a backup. */
function publicKey(record: SigningKeyRecord): PublicSigningKey {
  return { keyId: record.keyId, publicKey: record.publicKey, createdAt: record.createdAt };
}

/** Reads one table in key order inside the running transaction, one record at a time (a cursor). */
function eachRecord(
  db: SlaDatabase,
  table: BackupTableName,
  visit: (record: unknown) => void,
): Promise<void> {
  const collection = table === 'audit' ? db.audit.orderBy('seq') : db.table(table).toCollection();
  return collection.each((record: unknown) =>
    visit(table === 'signingKeys' ? publicKey(record as SigningKeyRecord) : record),
  );
}

export interface WrittenBackup {
  checksum: string;
  bytes: number;
  counts: Record<BackupTableName, number>;
}

/**
 * The whole database as a format-2 backup, streamed: every line is handed to `sink` as it is made, in
 * one read transaction so the tables are consistent with each other. Memory stays bounded by one
 * record; the checksum is computed once, while writing. `sink` must not await (the transaction would
 * end): collect the bytes, e.g. into Blob parts.
 *
 * Records are written as stored, even one that no longer passes its schema: a backup must not lose
 * data. Such a backup is refused on restore with the record named, and the file still holds it.
 */
export async function writeBackup(
  db: SlaDatabase,
  sink: (chunk: Uint8Array) => void,
  options: ExportBackupOptions & { onProgress?: ProgressListener } = {},
): Promise<WrittenBackup> {
  return db.transaction('r', [...tablesOf(db)], async () => {
    const counts = {} as Record<BackupTableName, number>;
    for (const table of BACKUP_TABLES) counts[table] = await db.table(table).count();
    const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
    const writer = new BackupWriter(
      backupHeaderOf(
        {
          schemaVersion: CURRENT_SCHEMA_VERSION,
          app: options.app ?? DEFAULT_APP,
          createdAt: (options.now?.() ?? new Date()).toISOString(),
        },
        counts,
      ),
    );
    sink(writer.header());
    let done = 0;
    for (const table of BACKUP_TABLES)
      await eachRecord(db, table, (record) => {
        sink(writer.record(table, record));
        done += 1;
        if (done % 100 === 0) options.onProgress?.({ phase: 'writing', done, total });
      });
    const { trailer, checksum, bytes } = writer.finish();
    sink(trailer);
    options.onProgress?.({ phase: 'writing', done: total, total });
    return { checksum, bytes, counts };
  });
}

/** The whole database as a backup held in memory (tests, small databases). */
export async function exportBackup(db: SlaDatabase, options: ExportBackupOptions = {}): Promise<BackupData> {
  const tables = Object.fromEntries(BACKUP_TABLES.map((table) => [table, [] as unknown[]])) as Record<
    BackupTableName,
    unknown[]
  >;
  await db.transaction('r', [...tablesOf(db)], async () => {
    for (const table of BACKUP_TABLES) await eachRecord(db, table, (record) => tables[table].push(record));
  });
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

/** How this build reads backups: its schema version, upgrade steps, record rules and known keys. */
export async function backupReaderOptions(
  db: SlaDatabase | null,
  options: ReadBackupOptions = {},
): Promise<BackupReaderOptions> {
  const knownKeys = db ? (await db.signingKeys.toArray()).map(publicKey) : [];
  return {
    supportedSchemaVersion: CURRENT_SCHEMA_VERSION,
    upgrades: BACKUP_UPGRADES,
    recordChecks: RECORD_CHECKS,
    knownKeys,
    verify: webCryptoVerify,
    ...options,
  };
}

/**
 * Reads a whole untrusted backup file held in memory and checks all of it (the command line, tests).
 * The app stages large files instead ({@link stageBackup}). Throws BackupImportError only.
 */
export async function readBackup(
  input: string | Uint8Array,
  options: ReadBackupOptions & { db?: SlaDatabase } = {},
): Promise<BackupData & { result: BackupReadResult }> {
  const { db, ...rest } = options;
  return parseBackup(input, await backupReaderOptions(db ?? null, rest));
}

/** A backup read completely, checked and waiting in `restoreStaging` for {@link commitStagedBackup}. */
export interface StagedBackup {
  result: BackupReadResult;
  records: number;
}

/** Empties the staging table (a cancelled restore, or one a crash interrupted). */
export async function discardStagedBackup(db: SlaDatabase): Promise<void> {
  await db.restoreStaging.clear();
}

/**
 * Reads an untrusted backup from `source` chunk by chunk, validating every record as it arrives and
 * staging it in the database, then checks what needs the whole file (checksum, links, chains and
 * signatures). Nothing the user sees is touched: the staged records wait for the swap. Throws
 * BackupImportError for a file that is not a valid backup (the staging is emptied again).
 */
export async function stageBackup(
  db: SlaDatabase,
  source: AsyncIterable<Uint8Array>,
  options: ReadBackupOptions & { onProgress?: ProgressListener; size?: number } = {},
): Promise<StagedBackup> {
  await discardStagedBackup(db);
  const reader = new BackupReader(await backupReaderOptions(db, options));
  let batch: StagedRecord[] = [];
  let batchBytes = 0;
  let staged = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const records = batch;
    batch = [];
    batchBytes = 0;
    await db.restoreStaging.bulkAdd(records);
    staged += records.length;
  };
  const take = async (records: BackupRecord[], chunkBytes: number) => {
    for (const { table, record } of records) batch.push({ table, record });
    batchBytes += chunkBytes;
    if (batch.length >= BATCH_RECORDS || batchBytes >= BATCH_BYTES) await flush();
  };
  try {
    for await (const chunk of source) {
      await take(reader.push(chunk), chunk.length);
      const { records, expectedRecords, bytes } = reader.progress;
      options.onProgress?.(
        expectedRecords > 0
          ? { phase: 'reading', done: records, total: expectedRecords }
          : { phase: 'reading', done: bytes, total: options.size ?? bytes },
      );
    }
    await take(reader.end(), 0);
    await flush();
    options.onProgress?.({ phase: 'checking', done: staged, total: staged });
    const result = await reader.finish();
    return { result, records: staged };
  } catch (error) {
    await discardStagedBackup(db).catch(() => undefined);
    if (isStorageFailure(error))
      throw new RestoreError('write-failed', 'The backup could not be staged for restoring.', {
        cause: error,
        reason: storageFailureOf(error),
      });
    throw error;
  }
}

function isStorageFailure(error: unknown): boolean {
  return error instanceof Dexie.DexieError;
}

export type RestoreSummary = Record<BackupTableName, number>;

/**
 * Replaces the whole database with the staged backup in ONE transaction: every table cleared and
 * filled from the staging, a batch at a time (only IndexedDB work inside, so the transaction stays
 * alive whatever the size). The signing keys are merged, not replaced: this installation keeps its
 * own key, and the backup's public keys are added so its rounds keep verifying. If anything fails,
 * the database is exactly as it was. Records are not validated again: {@link stageBackup} did.
 */
export async function commitStagedBackup(
  db: SlaDatabase,
  staged: StagedBackup,
  options: { onProgress?: ProgressListener } = {},
): Promise<RestoreSummary> {
  const replaced = BACKUP_TABLES.filter((table) => table !== 'signingKeys');
  const total = staged.records;
  try {
    await db.transaction('rw', [...tablesOf(db), db.restoreStaging], async () => {
      markPrevalidated(Dexie.currentTransaction!.idbtrans);
      for (const table of replaced) await db.table(table).clear();
      let last = -Infinity;
      let done = 0;
      for (;;) {
        const batch = await db.restoreStaging.where(':id').above(last).limit(BATCH_RECORDS).toArray();
        if (batch.length === 0) break;
        last = batch.at(-1)!.seq!;
        const byTable = new Map<BackupTableName, unknown[]>();
        for (const { table, record } of batch) {
          const records = byTable.get(table as BackupTableName) ?? [];
          records.push(record);
          byTable.set(table as BackupTableName, records);
        }
        for (const [table, records] of byTable) {
          if (table === 'signingKeys') await mergeKeys(db, records as PublicSigningKey[]);
          else await db.table(table).bulkAdd(records);
        }
        done += batch.length;
        options.onProgress?.({ phase: 'writing', done, total });
      }
      if (done !== total) throw new Error(`Only ${done} of ${total} staged records were found.`);
      await db.restoreStaging.clear();
    });
  } catch (error) {
    // Nothing was swapped in; the staged copy goes too, so the database is exactly as before.
    await discardStagedBackup(db).catch(() => undefined);
    throw new RestoreError('write-failed', `The backup could not be written. Nothing was changed.`, {
      cause: error,
      reason: storageFailureOf(error),
    });
  }
  const summary = {} as RestoreSummary;
  for (const table of BACKUP_TABLES) summary[table] = staged.result.counts[table];
  return summary;
}

async function mergeKeys(db: SlaDatabase, keys: readonly PublicSigningKey[]): Promise<void> {
  const existing = await db.signingKeys.bulkGet(keys.map((key) => key.keyId));
  const added = keys.filter((_, index) => existing[index] === undefined);
  await db.signingKeys.bulkAdd(added.map((key) => ({ ...key, origin: 'backup' as const })));
}

/** A copy of the current data, as the restore saves it before replacing anything. */
export interface SafetyCopy {
  blob: Blob;
  checksum: string;
  bytes: number;
}

/** The whole database as a backup file in a Blob (parts, not one string: any size). */
export async function backupAsBlob(
  db: SlaDatabase,
  options: ExportBackupOptions & { onProgress?: ProgressListener } = {},
): Promise<SafetyCopy> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  const blobs: Blob[] = [];
  let pending = 0;
  const written = await writeBackup(
    db,
    (chunk) => {
      parts.push(chunk as Uint8Array<ArrayBuffer>);
      pending += chunk.length;
      // Folding the parts into a Blob every few MB hands the bytes to the browser's blob storage.
      if (pending >= BATCH_BYTES) {
        blobs.push(new Blob(parts.splice(0)));
        pending = 0;
      }
    },
    options,
  );
  blobs.push(new Blob(parts));
  return {
    blob: new Blob(blobs, { type: 'application/json' }),
    checksum: written.checksum,
    bytes: written.bytes,
  };
}

async function* chunksOf(input: string | Uint8Array): AsyncIterable<Uint8Array> {
  yield typeof input === 'string' ? new TextEncoder().encode(input) : input;
}

export interface RestoreBackupOptions extends ReadBackupOptions {
  /**
   * Stores the copy of the current state somewhere safe (a file, a download) and resolves only once
   * it is known to be there. Called after the backup was checked and before anything is replaced; if
   * it fails, nothing is restored.
   */
  saveCurrent: (copy: SafetyCopy) => Promise<void>;
  app?: BackupApp;
  now?: () => Date;
  onProgress?: ProgressListener;
}

/**
 * Replaces the whole database with a backup file: check and stage everything, save the current state,
 * then swap in one transaction. Throws BackupImportError for a file that is not a valid backup and
 * RestoreError when saving the copy or writing fails; in every failure the database is unchanged.
 */
export async function restoreBackup(
  db: SlaDatabase,
  input: string | Uint8Array | AsyncIterable<Uint8Array>,
  options: RestoreBackupOptions,
): Promise<RestoreSummary> {
  const source = typeof input === 'string' || input instanceof Uint8Array ? chunksOf(input) : input;
  const staged = await stageBackup(db, source, options);
  try {
    const copy = await backupAsBlob(db, { app: options.app, now: options.now });
    await options.saveCurrent(copy);
  } catch (error) {
    await discardStagedBackup(db).catch(() => undefined);
    throw new RestoreError(
      'save-current-failed',
      'The current data could not be saved as a backup first, so the backup was not restored. Nothing was changed.',
      { cause: error },
    );
  }
  return commitStagedBackup(db, staged, options);
}
