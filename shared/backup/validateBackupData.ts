import type { z } from 'zod';
import type { Round } from '../model';
import { verifyChain } from '../rounds/hashRound';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_RECORD_SCHEMAS,
  BACKUP_TABLES,
  BackupEnvelope,
  backupChecksum,
  createBackup,
  type BackupData,
  type BackupTableName,
  type BackupTables,
  type RawBackupTables,
} from './backupFormat';
import { BackupImportError } from './BackupImportError';

/** Lifts the raw tables of schema version `n` to version `n + 1`; pure, like the Dexie upgrade steps. */
export type BackupUpgrade = (tables: RawBackupTables) => RawBackupTables;

export interface ValidateBackupOptions {
  /** The database schema version this build writes (CURRENT_SCHEMA_VERSION). */
  supportedSchemaVersion: number;
  /** `upgrades[n]` lifts a backup of schema version n to n + 1. Empty while only version 1 exists. */
  upgrades?: Readonly<Record<number, BackupUpgrade>>;
  /**
   * Restore deals whose round hash chain does not verify. Off by default: the UI may offer it after
   * telling the user which round was altered.
   */
  acceptBrokenChains?: boolean;
  /**
   * Further schemas a table's records must also pass, e.g. the storage layer's stricter rules for
   * settings and audit entries, so the user hears which record is wrong before anything is written.
   */
  recordChecks?: Readonly<Partial<Record<BackupTableName, z.ZodType>>>;
}

/**
 * Checks a parsed backup completely: envelope, versions, checksum, every record against the domain
 * schemas, and the links between records. Returns a self-consistent copy of only the validated data.
 * Throws BackupImportError and nothing else.
 */
export function validateBackupData(value: unknown, options: ValidateBackupOptions): BackupData {
  if (!isPlainObject(value) || value.format !== BACKUP_FORMAT)
    throw new BackupImportError('not-a-backup', 'This file is not an SLA Workbench backup.');
  refuseNewer(value, options.supportedSchemaVersion);

  const envelope = BackupEnvelope.safeParse(value);
  if (!envelope.success)
    throw new BackupImportError(
      'damaged',
      `The backup file is incomplete or damaged (${describeIssue(envelope.error.issues[0])}).`,
    );
  const { data } = envelope;
  if (backupChecksum(data.tables) !== data.checksum)
    throw new BackupImportError(
      'damaged',
      'The backup file was changed or damaged after it was written: its checksum does not match.',
    );

  const raw = upgradeTables(data.tables as RawBackupTables, data.schemaVersion, options);
  const tables = validateRecords(raw, options.recordChecks ?? {});
  checkLinks(tables, options.acceptBrokenChains ?? false);
  return createBackup({
    schemaVersion: options.supportedSchemaVersion,
    app: data.app,
    createdAt: data.createdAt,
    tables,
  });
}

function refuseNewer(value: Record<string, unknown>, supportedSchemaVersion: number): void {
  const { formatVersion, schemaVersion } = value;
  const newerFormat = typeof formatVersion === 'number' && formatVersion > BACKUP_FORMAT_VERSION;
  const newerSchema = typeof schemaVersion === 'number' && schemaVersion > supportedSchemaVersion;
  if (!newerFormat && !newerSchema) return;
  const detail = newerSchema
    ? `data version ${schemaVersion}; this app reads up to ${supportedSchemaVersion}`
    : `file format ${formatVersion}; this app reads up to ${BACKUP_FORMAT_VERSION}`;
  throw new BackupImportError(
    'newer-version',
    `This backup was written by a newer version of SLA Workbench (${detail}). Update the app to restore it.`,
  );
}

function upgradeTables(
  tables: RawBackupTables,
  from: number,
  options: ValidateBackupOptions,
): RawBackupTables {
  let current = tables;
  for (let version = from; version < options.supportedSchemaVersion; version++) {
    const upgrade = options.upgrades?.[version];
    if (!upgrade)
      throw new BackupImportError(
        'unsupported-version',
        `This backup holds data version ${from}, which this version of SLA Workbench cannot restore.`,
      );
    try {
      current = upgrade(current);
    } catch (error) {
      throw new BackupImportError(
        'unsupported-version',
        `This backup (data version ${from}) could not be brought up to date: ${errorText(error)}`,
        { cause: error },
      );
    }
  }
  return current;
}

function validateRecords(
  raw: RawBackupTables,
  recordChecks: Readonly<Partial<Record<BackupTableName, z.ZodType>>>,
): BackupTables {
  const out: Partial<Record<keyof BackupTables, unknown[]>> = {};
  for (const table of BACKUP_TABLES) {
    const schema: z.ZodType = BACKUP_RECORD_SCHEMAS[table];
    const extra = recordChecks[table];
    // A table a file of an older version did not have is empty (its upgrade may not have run yet).
    out[table] = (raw[table] ?? []).map((record, index) => {
      const result = schema.safeParse(record);
      const problem = !result.success ? result.error : extra?.safeParse(result.data).error;
      if (!problem) return result.data;
      throw new BackupImportError(
        'invalid-record',
        `The backup's record ${table}[${index}]${recordLabel(record)} is invalid: ` +
          `${describeIssue(problem.issues[0])}.`,
      );
    });
  }
  return out as BackupTables;
}

function checkLinks(tables: BackupTables, acceptBrokenChains: boolean): void {
  const inconsistent = (message: string) => new BackupImportError('inconsistent', message);
  const dealTitles = new Map<string, string>();
  for (const deal of tables.deals) {
    if (dealTitles.has(deal.id)) throw inconsistent(`The backup holds the deal ${deal.id} twice.`);
    dealTitles.set(deal.id, deal.title);
  }
  uniqueBy(
    tables.templates,
    (t) => `${t.id}@${t.version}`,
    (key) => inconsistent(`The backup holds template version ${key} twice.`),
  );
  uniqueBy(
    tables.settings,
    (s) => s.key,
    (key) => inconsistent(`The backup holds the setting ${key} twice.`),
  );
  uniqueBy(
    tables.audit,
    (a) => String(a.seq),
    (key) => inconsistent(`The backup holds audit entry ${key} twice.`),
  );
  uniqueBy(
    tables.drafts,
    (d) => d.dealId,
    (key) => inconsistent(`The backup holds two drafts for the deal ${key}.`),
  );
  for (const draft of tables.drafts)
    if (!dealTitles.has(draft.dealId))
      throw inconsistent(`The backup holds a draft for the deal ${draft.dealId}, which it does not contain.`);

  uniqueBy(
    tables.rounds,
    (r) => r.id,
    (key) => inconsistent(`The backup holds the round ${key} twice.`),
  );
  const roundsByDeal = new Map<string, Round[]>();
  for (const round of tables.rounds) {
    if (!dealTitles.has(round.dealId))
      throw inconsistent(`The backup holds a round of the deal ${round.dealId}, which it does not contain.`);
    const list = roundsByDeal.get(round.dealId) ?? [];
    if (list.some((other) => other.number === round.number))
      throw inconsistent(`The backup holds round ${round.number} of the deal ${round.dealId} twice.`);
    list.push(round);
    roundsByDeal.set(round.dealId, list);
  }
  checkGuardrailLinks(tables, dealTitles, inconsistent);
  const ownedByDeal = (table: 'agreements' | 'incidents', dealId: string) => {
    if (!dealTitles.has(dealId))
      throw inconsistent(`The backup holds ${table} of the deal ${dealId}, which it does not contain.`);
  };
  for (const agreement of tables.agreements) ownedByDeal('agreements', agreement.dealId);
  for (const incident of tables.incidents) ownedByDeal('incidents', incident.dealId);
  uniqueBy(
    [...tables.agreements, ...tables.incidents, ...tables.reviews],
    (record) => record.id,
    (key) => inconsistent(`The backup holds the record ${key} twice.`),
  );
  if (acceptBrokenChains) return;
  for (const [dealId, rounds] of roundsByDeal) {
    const chain = verifyChain(rounds);
    if (!chain.ok)
      throw new BackupImportError(
        'broken-chain',
        `The rounds of the deal “${dealTitles.get(dealId) ?? dealId}” do not verify: ${chain.reason}. ` +
          'The backup was altered or damaged, so its negotiation history cannot be trusted.',
      );
  }
}

/** Issue 10's records each belong to a deal (or a template's playbook) the backup must hold once. */
function checkGuardrailLinks(
  tables: BackupTables,
  dealTitles: ReadonlyMap<string, string>,
  inconsistent: (message: string) => BackupImportError,
): void {
  const perDeal: [string, readonly { dealId: string }[]][] = [
    ['company profile', tables.companyProfiles],
    ['supplier commitments', tables.suppliers],
  ];
  for (const [what, records] of perDeal) {
    uniqueBy(
      records,
      (record) => record.dealId,
      (key) => inconsistent(`The backup holds the ${what} of the deal ${key} twice.`),
    );
    for (const record of records)
      if (!dealTitles.has(record.dealId))
        throw inconsistent(
          `The backup holds ${what} for the deal ${record.dealId}, which it does not contain.`,
        );
  }
  uniqueBy(
    tables.playbooks,
    (record) => record.id,
    (key) => inconsistent(`The backup holds the playbook ${key} twice.`),
  );
  for (const record of tables.playbooks)
    if (record.scope === 'deal' && !dealTitles.has(record.ownerId))
      throw inconsistent(
        `The backup holds a playbook of the deal ${record.ownerId}, which it does not contain.`,
      );
  uniqueBy(
    tables.approvals,
    (record) => record.id,
    (key) => inconsistent(`The backup holds the approval ${key} twice.`),
  );
  for (const record of tables.approvals)
    if (!dealTitles.has(record.dealId))
      throw inconsistent(
        `The backup holds an approval for the deal ${record.dealId}, which it does not contain.`,
      );
}

function uniqueBy<T>(items: readonly T[], keyOf: (item: T) => string, error: (key: string) => Error): void {
  const seen = new Set<string>();
  for (const item of items) {
    const key = keyOf(item);
    if (seen.has(key)) throw error(key);
    seen.add(key);
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** ` (id "r-7")`: helps the user find the record, without echoing long or odd text from the file. */
function recordLabel(record: unknown): string {
  if (!isPlainObject(record)) return '';
  for (const key of ['id', 'dealId', 'key', 'seq'] as const) {
    const value = record[key];
    if ((typeof value === 'string' && /^[\w.-]{1,64}$/.test(value)) || typeof value === 'number')
      return ` (${key} ${JSON.stringify(value)})`;
  }
  return '';
}

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'invalid value';
  const path = issue.path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
  return path ? `field ${path}: ${issue.message}` : issue.message;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
