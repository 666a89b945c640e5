import { contextBridge, ipcRenderer } from 'electron';
// Only the zod-free channel module: a sandboxed preload is one bundled file and cannot load packages.
import { IPC_CHANNELS, MENU_COMMAND_CHANNEL, isMenuCommand } from '../../shared/ipc/channels';
import type { MenuCommand, SlaWorkbenchApi } from '../../shared/ipc/contract';

/**
 * The whole bridge between the page and main: one named function per channel (CONVENTIONS 3).
 * Main validates every payload again; nothing here trusts the page.
 */
const api = {
  openFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.openFile, request),
  saveFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.saveFile, request),
  appInfo: () => ipcRenderer.invoke(IPC_CHANNELS.appInfo),
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
} satisfies SlaWorkbenchApi;

contextBridge.exposeInMainWorld('slaWorkbench', api);
