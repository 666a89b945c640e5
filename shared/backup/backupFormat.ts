import { z } from 'zod';
import {
  ChangeReview,
  Deal,
  Draft,
  EntityId,
  IsoDateTime,
  PublicSigningKey,
  Round,
  Template,
} from '../model';
import { ApprovalRecord } from '../checks/approvals';
import { DealCompanyProfile } from '../company/companyProfile';
import { PlaybookRecord } from '../playbook/playbook';
import { SupplierPlan } from '../suppliers/supplierPlan';
import { Agreement, Incident, Review } from '../monitoring/model';
import { CommentThreadRecord } from '../comments/commentThread';
import { TemplateWorkingCopyRecord } from '../templates/templateWorkingCopy';
import { BackupWriter } from './BackupWriter';

/**
 * The backup file: the whole database, versioned. Persisted: a reader must accept every file an older
 * build wrote, so changing the layout bumps BACKUP_FORMAT_VERSION, and a change of the records' shape
 * goes with a database schema version (and a backup upgrade step).
 *
 * Format 2 (issue 9: backups at any size) is one JSON value per line, so a file of hundreds of MB is
 * written and read a line at a time, never as one string:
 *
 *     {"app":…,"counts":{…},"createdAt":…,"format":"sla-workbench-backup","formatVersion":2,"schemaVersion":3}
 *     {"record":{…},"table":"templates"}
 *     …one line per record, tables in BACKUP_TABLES order…
 *     {"checksum":"<SHA-256 of every byte above this line>","records":1234}
 *
 * Every line is canonical JSON (sorted keys, no spaces), so the same database always gives the same
 * bytes. Format 1 (one JSON document, written before issue 9) is still read.
 */
export const BACKUP_FORMAT = 'sla-workbench-backup';
export const BACKUP_FORMAT_VERSION = 2;
/** Every format this build reads. */
export const READABLE_BACKUP_FORMATS = [1, 2] as const;

/** One row of the settings table; the value is whatever JSON the settings repository stored. */
export const BackupSetting = z.object({
  key: z.string().min(1).max(200),
  value: z.json(),
});
export type BackupSetting = z.infer<typeof BackupSetting>;

/**
 * One audit entry. `seq` is kept so a restore brings the log back in its original order. The action
 * is checked for shape only: a newer build of the same schema version may log actions this one does
 * not name, and refusing the whole backup for that would be worse than keeping the entry.
 */
export const BackupAuditRecord = z.object({
  seq: z.number().int().min(1),
  at: IsoDateTime,
  action: z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, 'invalid audit action'),
  dealId: EntityId.optional(),
  detail: z.string().max(2_000).optional(),
});
export type BackupAuditRecord = z.infer<typeof BackupAuditRecord>;

/** The tables of schema version 1, which every backup file holds. */
export const CORE_BACKUP_TABLES = ['templates', 'deals', 'drafts', 'rounds', 'settings', 'audit'] as const;
/**
 * Tables added by later schema versions. A file written before they existed lacks them; they read as
 * empty. Append new tables here. The signing keys are public halves only: the private key of an
 * installation never leaves it.
 */
export const ADDED_BACKUP_TABLES = [
  // Schema version 3 (issue 9).
  'changeReviews',
  'signingKeys',
  // Schema version 4 (issue 10).
  'playbooks',
  'companyProfiles',
  'suppliers',
  'approvals',
  // Schema version 5 (issue 11).
  'agreements',
  'incidents',
  'reviews',
  // Schema version 6 (issue 12 §6).
  'commentThreads',
  // Schema version 7 (issue 12).
  'templateWorkingCopies',
] as const;
/**
 * Every table a backup holds, in the order a format-2 file lists them and a restore writes them
 * (issue 9's tables keep the places the first format-2 files gave them).
 */
export const BACKUP_TABLES = [
  'templates',
  'deals',
  'drafts',
  'rounds',
  'changeReviews',
  'settings',
  'audit',
  'signingKeys',
  'playbooks',
  'companyProfiles',
  'suppliers',
  'approvals',
  'agreements',
  'incidents',
  'reviews',
  'commentThreads',
  'templateWorkingCopies',
] as const;
export type BackupTableName = (typeof BACKUP_TABLES)[number];
export type AddedBackupTableName = (typeof ADDED_BACKUP_TABLES)[number];

/** The schema version a table first appeared in: a backup of an older version restores it empty. */
export const BACKUP_TABLE_SINCE: Readonly<Record<BackupTableName, number>> = {
  templates: 1,
  deals: 1,
  drafts: 1,
  rounds: 1,
  changeReviews: 3,
  settings: 1,
  audit: 1,
  signingKeys: 3,
  playbooks: 4,
  companyProfiles: 4,
  suppliers: 4,
  approvals: 4,
  agreements: 5,
  incidents: 5,
  reviews: 5,
  commentThreads: 6,
  templateWorkingCopies: 7,
};

export function isBackupTableName(value: unknown): value is BackupTableName {
  return typeof value === 'string' && (BACKUP_TABLES as readonly string[]).includes(value);
}

export const BACKUP_RECORD_SCHEMAS = {
  templates: Template,
  deals: Deal,
  drafts: Draft,
  rounds: Round,
  changeReviews: ChangeReview,
  settings: BackupSetting,
  audit: BackupAuditRecord,
  signingKeys: PublicSigningKey,
  playbooks: PlaybookRecord,
  companyProfiles: DealCompanyProfile,
  suppliers: SupplierPlan,
  approvals: ApprovalRecord,
  agreements: Agreement,
  incidents: Incident,
  reviews: Review,
  commentThreads: CommentThreadRecord,
  templateWorkingCopies: TemplateWorkingCopyRecord,
} as const satisfies Record<BackupTableName, z.ZodType>;

export type BackupTables = { [T in BackupTableName]: z.infer<(typeof BACKUP_RECORD_SCHEMAS)[T]>[] };
/** Tables as read from a file, before their records are validated; added tables may be missing. */
export type RawBackupTables = Record<(typeof CORE_BACKUP_TABLES)[number], unknown[]> &
  Partial<Record<AddedBackupTableName, unknown[]>>;

/**
 * Lifts the raw tables of a backup of schema version `n` to `n + 1`, calling the same pure functions
 * as the Dexie upgrade of version n + 1.
 */
export type BackupUpgrade = (tables: RawBackupTables) => RawBackupTables;

export const BackupApp = z.object({ name: z.string().max(100), version: z.string().max(100) });
export type BackupApp = z.infer<typeof BackupApp>;

export const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 hex digest');

const Count = z.number().int().min(0);

/** The first line of a format-2 file. `counts` lets a reader show progress before it has read everything. */
export const BackupHeader = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(2),
  schemaVersion: z.number().int().min(1),
  app: BackupApp,
  createdAt: IsoDateTime,
  counts: z.partialRecord(z.enum(BACKUP_TABLES), Count),
});
export type BackupHeader = z.infer<typeof BackupHeader>;

/** The last line of a format-2 file. */
export const BackupTrailer = z.object({ checksum: Sha256Hex, records: Count });
export type BackupTrailer = z.infer<typeof BackupTrailer>;

/** A whole backup in memory: what tests, the command line and small restores work with. */
export interface BackupData {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  /** The database schema version the records follow (CURRENT_SCHEMA_VERSION of the writer). */
  schemaVersion: number;
  app: BackupApp;
  createdAt: string;
  tables: BackupTables;
  /** SHA-256 (hex) of the file's bytes before the checksum line: catches a file damaged after writing. */
  checksum: string;
}

export interface CreateBackupInput {
  schemaVersion: number;
  app: BackupApp;
  createdAt: string;
  tables: BackupTables;
}

export function backupHeaderOf(
  input: Omit<CreateBackupInput, 'tables'>,
  counts: Readonly<Record<BackupTableName, number>>,
): BackupHeader {
  return {
    format: BACKUP_FORMAT,
    formatVersion: 2,
    schemaVersion: input.schemaVersion,
    app: { name: input.app.name, version: input.app.version },
    createdAt: input.createdAt,
    counts: { ...counts },
  };
}

/** The lines of a backup file, as bytes, with the checksum computed once while writing them. */
export function writeBackupLines(input: CreateBackupInput): { chunks: Uint8Array[]; checksum: string } {
  const counts = {} as Record<BackupTableName, number>;
  for (const table of BACKUP_TABLES) counts[table] = input.tables[table].length;
  const writer = new BackupWriter(backupHeaderOf(input, counts));
  const chunks = [writer.header()];
  for (const table of BACKUP_TABLES)
    for (const record of input.tables[table]) chunks.push(writer.record(table, record));
  const { trailer, checksum } = writer.finish();
  chunks.push(trailer);
  return { chunks, checksum };
}

export function createBackup(input: CreateBackupInput): BackupData {
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: input.schemaVersion,
    app: { name: input.app.name, version: input.app.version },
    createdAt: input.createdAt,
    tables: input.tables,
    checksum: writeBackupLines(input).checksum,
  };
}

declare const TextDecoder: new (label: string) => { decode(input: Uint8Array): string };

/**
 * The file text of a backup held in memory (tests, small backups). Large backups are written a line
 * at a time by {@link BackupWriter} instead. The checksum is computed from the lines written.
 */
export function serializeBackup(data: Omit<BackupData, 'checksum' | 'format' | 'formatVersion'>): string {
  const decoder = new TextDecoder('utf-8');
  return writeBackupLines(data)
    .chunks.map((chunk) => decoder.decode(chunk))
    .join('');
}

/** `sla-workbench-backup-2026-11-03-1430.json`: the name offered for a manual download. */
export function backupFileName(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `sla-workbench-backup-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `-${pad(date.getHours())}${pad(date.getMinutes())}.json`
  );
}
