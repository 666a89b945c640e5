import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  BACKUP_REQUEST_CHANNEL,
  IPC_CHANNELS,
  MENU_COMMAND_CHANNEL,
  type SlaWorkbenchApi,
} from '../../shared/ipc/contract';

const electron = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  const listeners = new Map<string, (...args: unknown[]) => void>();
  return {
    exposed,
    listeners,
    module: {
      contextBridge: { exposeInMainWorld: vi.fn((key: string, value: unknown) => exposed.set(key, value)) },
      ipcRenderer: {
        invoke: vi.fn(async () => ({ ok: true, value: null })),
        on: vi.fn((channel: string, listener: (...args: unknown[]) => void) =>
          listeners.set(channel, listener),
        ),
        removeListener: vi.fn((channel: string) => listeners.delete(channel)),
      },
    },
  };
});
vi.mock('electron', () => electron.module);

let api: SlaWorkbenchApi;
beforeAll(async () => {
  await import('./index');
  api = electron.exposed.get('slaWorkbench') as SlaWorkbenchApi;
});

describe('preload bridge', () => {
  it('exposes only the named functions under window.slaWorkbench, nothing raw', () => {
    expect([...electron.exposed.keys()]).toEqual(['slaWorkbench']);
    expect(Object.keys(api).sort()).toEqual([
      'appInfo',
      'backupList',
      'backupOpenFolder',
      'backupRead',
      'backupSinkAbort',
      'backupSinkFinish',
      'backupSinkOpen',
      'backupSinkWrite',
      'backupStreamClose',
      'backupStreamOpen',
      'backupStreamRead',
      'backupWrite',
      'onBackupRequest',
      'onMenuCommand',
      'onRendererRecovered',
      'openFile',
      'printToPdf',
      'reportActivity',
      'saveFile',
      'showNotification',
    ]);
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('send');
  });

  it('sends each call on its own channel', async () => {
    const filters = [{ name: 'Word', extensions: ['docx'] }];
    await api.openFile({ filters });
    expect(electron.module.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.openFile, { filters });
    await api.appInfo();
    expect(electron.module.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.appInfo);
  });

  it('passes menu commands without the IPC event, drops unknown ones, and unsubscribes', () => {
    const listener = vi.fn();
    const unsubscribe = api.onMenuCommand(listener);
    const forward = electron.listeners.get(MENU_COMMAND_CHANNEL);
    forward?.({ sender: 'ipc internals' }, 'new-deal');
    forward?.({ sender: 'ipc internals' }, 'format-disk');
    expect(listener.mock.calls).toEqual([['new-deal']]);
    unsubscribe();
    expect(electron.listeners.has(MENU_COMMAND_CHANNEL)).toBe(false);
  });

  it('sends backup calls on their own channels', async () => {
    await api.backupWrite({ text: '{}', kind: 'automatic' });
    expect(electron.module.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.backupWrite, {
      text: '{}',
      kind: 'automatic',
    });
    await api.backupRead({ name: 'sla-workbench-20261103-143000.json' });
    expect(electron.module.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.backupRead, {
      name: 'sla-workbench-20261103-143000.json',
    });
    await api.reportActivity();
    expect(electron.module.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.reportActivity);
  });

  it('passes backup requests with their reason only, drops unknown ones, and unsubscribes', () => {
    const listener = vi.fn();
    const unsubscribe = api.onBackupRequest(listener);
    const forward = electron.listeners.get(BACKUP_REQUEST_CHANNEL);
    forward?.({ sender: 'ipc internals' }, 'quit');
    forward?.({ sender: 'ipc internals' }, { path: '/etc' });
    expect(listener.mock.calls).toEqual([['quit']]);
    unsubscribe();
    expect(electron.listeners.has(BACKUP_REQUEST_CHANNEL)).toBe(false);
  });
});
