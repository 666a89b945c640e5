import { MAX_BACKUP_CHUNK_BYTES, type IpcResult, type SlaWorkbenchApi } from '../../shared/ipc/contract';
import { PlatformError } from './PlatformError';
import type { BackupFileContent, BackupSource, BackupTarget, Platform, SavedBackup } from './platformTypes';

function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new PlatformError(result.error.code, result.error.message);
}

/** Chunks of a backup between renderer and main: well below the contract's per-chunk limit. */
const CHUNK_BYTES = Math.min(8 * 1024 * 1024, MAX_BACKUP_CHUNK_BYTES);

function streamSource(
  api: SlaWorkbenchApi,
  opened: { handle: string; name: string; size: number },
): BackupSource {
  return {
    name: opened.name,
    size: opened.size,
    read: async (offset, length) =>
      unwrap(
        await api.backupStreamRead({ handle: opened.handle, offset, length: Math.min(length, CHUNK_BYTES) }),
      ).bytes,
    close: async () => {
      unwrap(await api.backupStreamClose({ handle: opened.handle }));
    },
  };
}

/**
 * Writes a backup through main in chunks: main writes a temporary file, reads it back and checks it
 * against the checksum, and only then gives it its name. Anything short of that is an error.
 */
async function saveBackup(
  api: SlaWorkbenchApi,
  content: BackupFileContent,
  target: BackupTarget,
  options: { suggestedName: string; filters: { name: string; extensions: string[] }[] },
): Promise<SavedBackup> {
  const opened = unwrap(
    await api.backupSinkOpen(
      target === 'save-as'
        ? { kind: 'save-as', suggestedName: options.suggestedName, filters: options.filters }
        : { kind: target },
    ),
  );
  if (!opened) return { status: 'cancelled' };
  try {
    for (let offset = 0; offset < content.bytes; offset += CHUNK_BYTES) {
      const bytes = new Uint8Array(await content.blob.slice(offset, offset + CHUNK_BYTES).arrayBuffer());
      unwrap(await api.backupSinkWrite({ handle: opened.handle, bytes }));
    }
    const done = unwrap(
      await api.backupSinkFinish({ handle: opened.handle, sha256: content.checksum, bytes: content.bytes }),
    );
    return { status: 'verified', name: done.name, path: done.path };
  } catch (error) {
    await api.backupSinkAbort({ handle: opened.handle }).catch(() => undefined);
    throw error;
  }
}

/** The Electron implementation: every call goes through the preload's typed bridge to main. */
export function createElectronPlatform(api: SlaWorkbenchApi): Platform {
  return {
    kind: 'electron',
    openFile: async (options) => unwrap(await api.openFile(options)),
    saveFile: async (options) => unwrap(await api.saveFile(options)),
    openBackup: async (options) => {
      const opened = unwrap(
        await api.backupStreamOpen({ source: { kind: 'pick', filters: options.filters } }),
      );
      return opened ? streamSource(api, opened) : null;
    },
    saveBackup: (content, target, options) => saveBackup(api, content, target, options),
    appInfo: async () => ({ kind: 'electron', ...unwrap(await api.appInfo()) }),
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    onRendererRecovered: (listener) => api.onRendererRecovered(listener),
    backups: {
      write: async (text, kind) => unwrap(await api.backupWrite({ text, kind })),
      list: async () => unwrap(await api.backupList()),
      read: async (name) => unwrap(await api.backupRead({ name })).text,
      openStream: async (name) => {
        const opened = unwrap(await api.backupStreamOpen({ source: { kind: 'folder', name } }));
        if (!opened) throw new PlatformError('io-error', `The backup ${name} could not be opened.`);
        return streamSource(api, opened);
      },
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
