import { BACKUP_TABLES, type BackupHeader, type BackupTableName } from '../backupFormat';
import { BackupWriter } from '../BackupWriter';

declare const TextDecoder: new (label: string) => { decode(input: Uint8Array): string };

/** A format-2 backup file opened up without any check, as a forger would. */
export interface OpenedBackup {
  header: BackupHeader & Record<string, unknown>;
  tables: Record<BackupTableName, Record<string, unknown>[]>;
}

export function openBackupText(text: string): OpenedBackup {
  const lines = text.split('\n').filter((line) => line !== '');
  const header = JSON.parse(lines[0]!) as OpenedBackup['header'];
  const tables = Object.fromEntries(
    BACKUP_TABLES.map((table) => [table, []]),
  ) as unknown as OpenedBackup['tables'];
  for (const line of lines.slice(1, -1)) {
    const { table, record } = JSON.parse(line) as { table: BackupTableName; record: Record<string, unknown> };
    tables[table].push(record);
  }
  return { header, tables };
}

/**
 * Edits a backup file and writes it again with a matching checksum: what anyone can do with a text
 * editor and a SHA-256 tool. Only signatures stop this.
 */
export function forgeBackup(text: string, edit: (backup: OpenedBackup) => void): string {
  const opened = openBackupText(text);
  edit(opened);
  const writer = new BackupWriter(opened.header);
  const decoder = new TextDecoder('utf-8');
  let out = decoder.decode(writer.header());
  for (const table of BACKUP_TABLES)
    for (const record of opened.tables[table]) out += decoder.decode(writer.record(table, record));
  return out + decoder.decode(writer.finish().trailer);
}
