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
  };
}
