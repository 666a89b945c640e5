import type { IpcResult, SlaWorkbenchApi } from '../../shared/ipc/contract';
import { PlatformError } from './PlatformError';
import type { Platform } from './platformTypes';

function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new PlatformError(result.error.code, result.error.message);
}

/** The Electron implementation: every call goes through the preload's typed bridge to main. */
export function createElectronPlatform(api: SlaWorkbenchApi): Platform {
  return {
    kind: 'electron',
    openFile: async (options) => unwrap(await api.openFile(options)),
    saveFile: async (options) => unwrap(await api.saveFile(options)),
    appInfo: async () => ({ kind: 'electron', ...unwrap(await api.appInfo()) }),
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    backups: {
      write: async (text, kind) => unwrap(await api.backupWrite({ text, kind })),
      list: async () => unwrap(await api.backupList()),
      read: async (name) => unwrap(await api.backupRead({ name })).text,
      openFolder: async () => unwrap(await api.backupOpenFolder()).path,
      reportActivity: async () => {
        unwrap(await api.reportActivity());
      },
      onRequest: (listener) => api.onBackupRequest(listener),
    },
    printToPdf: async (options) => unwrap(await api.printToPdf(options)),
    notify: async (options) =>
      unwrap(
        await api.showNotification({ title: options.title.slice(0, 120), body: options.body.slice(0, 500) }),
      ).shown,
  };
}
