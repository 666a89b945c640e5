export * from './backupFormat';
export { BackupImportError, type BackupErrorParams, type BackupImportErrorCode } from './BackupImportError';
export { BackupWriter } from './BackupWriter';
export {
  BackupReader,
  DEFAULT_BACKUP_LIMITS,
  type BackupLimits,
  type BackupProgress,
  type BackupReaderOptions,
  type BackupReadResult,
  type BackupRecord,
} from './BackupReader';
export {
  BackupValidator,
  type BackupCheckSummary,
  checkUpgradePath,
  upgradeBackupTables,
  type BackupValidatorOptions,
  type BrokenDeal,
} from './BackupValidator';
export { parseBackup, type ParseBackupOptions } from './parseBackup';
export * from './backupSchedule';
