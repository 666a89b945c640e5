export * from './backupFormat';
export { BackupImportError, type BackupImportErrorCode } from './BackupImportError';
export {
  DEFAULT_BACKUP_LIMITS,
  parseBackup,
  type BackupLimits,
  type ParseBackupOptions,
} from './parseBackup';
export { validateBackupData, type BackupUpgrade, type ValidateBackupOptions } from './validateBackupData';
export * from './backupSchedule';
