export {
  BACKUP_UPGRADES,
  exportBackup,
  readBackup,
  restoreBackup,
  type ExportBackupOptions,
  type ReadBackupOptions,
  type RestoreBackupOptions,
  type RestoreSummary,
} from './backupDatabase';
export { RestoreError, type RestoreErrorCode } from './RestoreError';
