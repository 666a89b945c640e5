import { utf8ToBytes } from '@noble/hashes/utils.js';
import {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  type BackupData,
  type BackupTableName,
  type BackupTables,
} from './backupFormat';
import { BackupReader, type BackupReaderOptions, type BackupReadResult } from './BackupReader';

export type ParseBackupOptions = BackupReaderOptions;

/**
 * Reads a whole backup held in memory (tests, the command line, small files) and validates all of it.
 * Large files go through {@link BackupReader} chunk by chunk instead. Throws BackupImportError only.
 */
export async function parseBackup(
  input: string | Uint8Array,
  options: ParseBackupOptions,
): Promise<BackupData & { result: BackupReadResult }> {
  const reader = new BackupReader(options);
  const bytes = typeof input === 'string' ? utf8ToBytes(input) : input;
  const records = [...reader.push(bytes), ...reader.end()];
  const result = await reader.finish();
  const tables = Object.fromEntries(BACKUP_TABLES.map((table) => [table, [] as unknown[]])) as Record<
    BackupTableName,
    unknown[]
  >;
  for (const { table, record } of records) tables[table].push(record);
  return {
    format: BACKUP_FORMAT,
    formatVersion: result.formatVersion,
    schemaVersion: result.schemaVersion,
    app: result.app,
    createdAt: result.createdAt,
    tables: tables as BackupTables,
    checksum: result.checksum,
    result,
  };
}
