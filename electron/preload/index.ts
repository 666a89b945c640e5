import { contextBridge, ipcRenderer } from 'electron';
// Only the zod-free channel module: a sandboxed preload is one bundled file and cannot load packages.
import {
  BACKUP_REQUEST_CHANNEL,
  IPC_CHANNELS,
  MENU_COMMAND_CHANNEL,
  RENDERER_RECOVERED_CHANNEL,
  isBackupRequestReason,
  isMenuCommand,
  isRendererGoneReason,
} from '../../shared/ipc/channels';
import type {
  BackupRequestReason,
  MenuCommand,
  RendererGoneReason,
  SlaWorkbenchApi,
} from '../../shared/ipc/contract';

/**
 * The whole bridge between the page and main: one named function per channel (CONVENTIONS 3).
 * Main validates every payload again; nothing here trusts the page.
 */
const api = {
  openFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.openFile, request),
  saveFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.saveFile, request),
  appInfo: () => ipcRenderer.invoke(IPC_CHANNELS.appInfo),
  backupWrite: (request) => ipcRenderer.invoke(IPC_CHANNELS.backupWrite, request),
  backupList: () => ipcRenderer.invoke(IPC_CHANNELS.backupList),
  backupRead: (request) => ipcRenderer.invoke(IPC_CHANNELS.backupRead, request),
  backupOpenFolder: () => ipcRenderer.invoke(IPC_CHANNELS.backupOpenFolder),
  reportActivity: () => ipcRenderer.invoke(IPC_CHANNELS.reportActivity),
  printToPdf: (request) => ipcRenderer.invoke(IPC_CHANNELS.printToPdf, request),
  backupStreamOpen: (request) => ipcRenderer.invoke(IPC_CHANNELS.backupStreamOpen, request),
  backupStreamRead: (request) => ipcRenderer.invoke(IPC_CHANNELS.backupStreamRead, request),
  backupStreamClose: (request) => ipcRenderer.invoke(IPC_CHANNELS.backupStreamClose, request),
  backupSinkOpen: (request) => ipcRenderer.invoke(IPC_CHANNELS.backupSinkOpen, request),
  backupSinkWrite: (request) => ipcRenderer.invoke(IPC_CHANNELS.backupSinkWrite, request),
  backupSinkFinish: (request) => ipcRenderer.invoke(IPC_CHANNELS.backupSinkFinish, request),
  backupSinkAbort: (request) => ipcRenderer.invoke(IPC_CHANNELS.backupSinkAbort, request),
  showNotification: (request) => ipcRenderer.invoke(IPC_CHANNELS.showNotification, request),
  onMenuCommand: (listener: (command: MenuCommand) => void) => {
    // The page only ever sees the command name, never the IPC event (which carries `sender`).
    const forward = (_event: Electron.IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, forward);
    };
  },
  onBackupRequest: (listener: (reason: BackupRequestReason) => void) => {
    const forward = (_event: Electron.IpcRendererEvent, reason: unknown): void => {
      if (isBackupRequestReason(reason)) listener(reason);
    };
    ipcRenderer.on(BACKUP_REQUEST_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(BACKUP_REQUEST_CHANNEL, forward);
    };
  },
  onRendererRecovered: (listener: (reason: RendererGoneReason) => void) => {
    const forward = (_event: Electron.IpcRendererEvent, reason: unknown): void => {
      if (isRendererGoneReason(reason)) listener(reason);
    };
    ipcRenderer.on(RENDERER_RECOVERED_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(RENDERER_RECOVERED_CHANNEL, forward);
    };
  },
} satisfies SlaWorkbenchApi;

contextBridge.exposeInMainWorld('slaWorkbench', api);
