import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { Deal, Draft, EntityId, IsoDateTime, Round, Template } from '../model';
import { ApprovalRecord } from '../checks/approvals';
import { DealCompanyProfile } from '../company/companyProfile';
import { PlaybookRecord } from '../playbook/playbook';
import { canonicalize } from '../rounds/hashRound';
import { SupplierPlan } from '../suppliers/supplierPlan';
import { Agreement, Incident, Review } from '../monitoring/model';

/**
 * The backup file: the whole database as one versioned JSON document. Persisted: a reader must
 * accept every file an older build wrote, so changing the envelope bumps BACKUP_FORMAT_VERSION and a
 * change of the records' shape goes with a database schema version (and a backup upgrade step).
 */
export const BACKUP_FORMAT = 'sla-workbench-backup';
export const BACKUP_FORMAT_VERSION = 1;

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
 * Tables added by later schema versions (issue 10: version 4). A file written before they existed
 * lacks them; they read as empty. Append new tables here.
 */
export const ADDED_BACKUP_TABLES = [
  'playbooks',
  'companyProfiles',
  'suppliers',
  'approvals',
  // Schema version 5 (issue 11).
  'agreements',
  'incidents',
  'reviews',
] as const;
/** Every table of the database, in the order a restore writes them. */
export const BACKUP_TABLES = [...CORE_BACKUP_TABLES, ...ADDED_BACKUP_TABLES] as const;
export type BackupTableName = (typeof BACKUP_TABLES)[number];
export type AddedBackupTableName = (typeof ADDED_BACKUP_TABLES)[number];

export const BACKUP_RECORD_SCHEMAS = {
  templates: Template,
  deals: Deal,
  drafts: Draft,
  rounds: Round,
  settings: BackupSetting,
  audit: BackupAuditRecord,
  playbooks: PlaybookRecord,
  companyProfiles: DealCompanyProfile,
  suppliers: SupplierPlan,
  approvals: ApprovalRecord,
  agreements: Agreement,
  incidents: Incident,
  reviews: Review,
} as const satisfies Record<BackupTableName, z.ZodType>;

export type BackupTables = { [T in BackupTableName]: z.infer<(typeof BACKUP_RECORD_SCHEMAS)[T]>[] };
/** Tables as read from a file, before their records are validated; added tables may be missing. */
export type RawBackupTables = Record<(typeof CORE_BACKUP_TABLES)[number], unknown[]> &
  Partial<Record<AddedBackupTableName, unknown[]>>;

export const BackupApp = z.object({ name: z.string().max(100), version: z.string().max(100) });
export type BackupApp = z.infer<typeof BackupApp>;

const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 hex digest');

/**
 * The envelope with the tables left unchecked, so a file with one bad record can be reported by table,
 * index and field instead of as one long zod error.
 */
export const BackupEnvelope = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  schemaVersion: z.number().int().min(1),
  app: BackupApp,
  createdAt: IsoDateTime,
  tables: z.object({
    templates: z.array(z.unknown()),
    deals: z.array(z.unknown()),
    drafts: z.array(z.unknown()),
    rounds: z.array(z.unknown()),
    settings: z.array(z.unknown()),
    audit: z.array(z.unknown()),
    playbooks: z.array(z.unknown()).optional(),
    companyProfiles: z.array(z.unknown()).optional(),
    suppliers: z.array(z.unknown()).optional(),
    approvals: z.array(z.unknown()).optional(),
    // Optional, so a file written before version 5 keeps its checksum (the key is absent, not []).
    agreements: z.array(z.unknown()).optional(),
    incidents: z.array(z.unknown()).optional(),
    reviews: z.array(z.unknown()).optional(),
  }),
  checksum: Sha256Hex,
});
export type BackupEnvelope = z.infer<typeof BackupEnvelope>;

/** The complete backup schema, every record checked with the domain schemas. */
export const Backup = BackupEnvelope.extend({
  tables: z.object({
    templates: z.array(Template),
    deals: z.array(Deal),
    drafts: z.array(Draft),
    rounds: z.array(Round),
    settings: z.array(BackupSetting),
    audit: z.array(BackupAuditRecord),
    playbooks: z.array(PlaybookRecord).optional(),
    companyProfiles: z.array(DealCompanyProfile).optional(),
    suppliers: z.array(SupplierPlan).optional(),
    approvals: z.array(ApprovalRecord).optional(),
    agreements: z.array(Agreement).optional(),
    incidents: z.array(Incident).optional(),
    reviews: z.array(Review).optional(),
  }),
});

export interface BackupData {
  format: typeof BACKUP_FORMAT;
  formatVersion: typeof BACKUP_FORMAT_VERSION;
  /** The database schema version the records follow (CURRENT_SCHEMA_VERSION of the writer). */
  schemaVersion: number;
  app: BackupApp;
  createdAt: string;
  tables: BackupTables;
  /** SHA-256 (hex) of the canonical JSON of `tables`: catches a file damaged or edited after writing. */
  checksum: string;
}

/**
 * SHA-256 of the canonical tables JSON. It detects accidental damage and casual edits; it is not a
 * signature (anyone can recompute it), so a restore still validates every record.
 */
export function backupChecksum(tables: unknown): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalize(tables))));
}

export interface CreateBackupInput {
  schemaVersion: number;
  app: BackupApp;
  createdAt: string;
  tables: BackupTables;
}

export function createBackup(input: CreateBackupInput): BackupData {
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: input.schemaVersion,
    app: { name: input.app.name, version: input.app.version },
    createdAt: input.createdAt,
    tables: input.tables,
    checksum: backupChecksum(input.tables),
  };
}

/**
 * The file text: canonical JSON (sorted keys, no spaces), so the same database always gives the same
 * bytes and two backups can be compared with any diff tool.
 */
export function serializeBackup(data: BackupData): string {
  return `${canonicalize(data)}\n`;
}

/** `sla-workbench-backup-2026-11-03-1430.json`: the name offered for a manual download. */
export function backupFileName(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `sla-workbench-backup-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `-${pad(date.getHours())}${pad(date.getMinutes())}.json`
  );
}
