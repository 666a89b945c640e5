import { createBrowserPlatform } from './browserPlatform';
import { createElectronPlatform } from './electronPlatform';
import type { Platform } from './platformTypes';

export type {
  BackupFileInfo,
  BackupKind,
  BackupRequestReason,
  FileFilter,
  MenuCommand,
  OpenedFile,
} from '../../shared/ipc/contract';
export type {
  AppInfo,
  BackupFileContent,
  BackupFiles,
  BackupSource,
  BackupTarget,
  SavedBackup,
  SaveFileOutcome,
  NotifyOptions,
  OpenFileOptions,
  Platform,
  PrintToPdfOptions,
  SaveFileOptions,
} from './platformTypes';
export { PlatformError } from './PlatformError';

let current: Platform | undefined;

/** The platform for this page: the Electron bridge when the preload put it there, else the browser. */
export function getPlatform(): Platform {
  current ??= window.slaWorkbench ? createElectronPlatform(window.slaWorkbench) : createBrowserPlatform();
  return current;
}
