import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** Records the order of calls, to prove what happens before `ready`. */
const electron = vi.hoisted(() => {
  const calls: string[] = [];
  const listeners = new Map<string, (...args: unknown[]) => void>();
  let resolveReady: () => void = () => {};
  const windows: Array<Record<string, ReturnType<typeof vi.fn>>> = [];
  const app = {
    getPath: vi.fn((name: string) => (name === 'appData' ? '/home/u/.config' : `/home/u/${name}`)),
    setPath: vi.fn((name: string, value: string) => calls.push(`setPath:${name}=${value}`)),
    enableSandbox: vi.fn(() => calls.push('enableSandbox')),
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(() => calls.push('quit')),
    on: vi.fn((event: string, listener: (...args: unknown[]) => void) => listeners.set(event, listener)),
    whenReady: vi.fn(
      () =>
        new Promise<void>((resolve) => {
          resolveReady = () => {
            calls.push('ready');
            resolve();
          };
        }),
    ),
    isReady: vi.fn(() => true),
    getAppPath: vi.fn(() => '/opt/sla-workbench'),
    getLocale: vi.fn(() => 'de-DE'),
    getName: vi.fn(() => 'SLA Workbench'),
    getVersion: vi.fn(() => '0.1.0'),
    isPackaged: true,
  };
  class BrowserWindow {
    static getFocusedWindow = vi.fn(() => null);
    static getAllWindows = vi.fn(() => windows);
    loadURL = vi.fn(async () => undefined);
    once = vi.fn();
    on = vi.fn();
    close = vi.fn();
    isDestroyed = vi.fn(() => false);
    webContents = {
      id: 7,
      getURL: vi.fn(() => 'app://bundle/index.html'),
      send: vi.fn(),
      on: vi.fn(),
      once: vi.fn(),
      reload: vi.fn(),
    };
    isMinimized = vi.fn(() => true);
    restore = vi.fn();
    show = vi.fn();
    focus = vi.fn();
    constructor(readonly options: { webPreferences: { preload: string } }) {
      windows.push(this as unknown as Record<string, ReturnType<typeof vi.fn>>);
    }
  }
  const defaultSession = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  };
  return {
    calls,
    listeners,
    windows,
    ready: () => resolveReady(),
    module: {
      app,
      BrowserWindow,
      Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((template: unknown) => ({ template })) },
      dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showMessageBox: vi.fn() },
      ipcMain: { handle: vi.fn() },
      shell: { openPath: vi.fn(async () => '') },
      session: { defaultSession },
      protocol: {
        registerSchemesAsPrivileged: vi.fn(() => calls.push('registerSchemesAsPrivileged')),
        handle: vi.fn(() => calls.push('protocol.handle')),
      },
    },
  };
});
vi.mock('electron', () => electron.module);

import { IPC_CHANNELS } from '../../shared/ipc/channels';
import { startApp } from './startApp';

const { app, protocol, ipcMain, Menu, session } = electron.module;

beforeEach(() => {
  vi.clearAllMocks();
  electron.calls.splice(0);
  electron.listeners.clear();
  electron.windows.splice(0);
  app.requestSingleInstanceLock.mockReturnValue(true);
  delete process.env.SLA_WORKBENCH_USER_DATA_DIR;
});

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('startApp', () => {
  it('pins userData and registers app:// as privileged before ready', async () => {
    expect(startApp()).toBe(true);
    electron.ready();
    await flush();
    const order = electron.calls;
    expect(order).toContain(`setPath:userData=${join('/home/u/.config', 'SLA Workbench')}`);
    expect(order.indexOf('registerSchemesAsPrivileged')).toBeLessThan(order.indexOf('ready'));
    expect(order.findIndex((call) => call.startsWith('setPath:userData'))).toBeLessThan(
      order.indexOf('ready'),
    );
    expect(order.indexOf('enableSandbox')).toBeLessThan(order.indexOf('ready'));
    expect(order.indexOf('protocol.handle')).toBeGreaterThan(order.indexOf('ready'));
  });

  it('quits at once when another instance holds the lock, opening no window', async () => {
    app.requestSingleInstanceLock.mockReturnValue(false);
    expect(startApp()).toBe(false);
    expect(app.quit).toHaveBeenCalled();
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(electron.windows).toHaveLength(0);
  });

  it('on ready: hardens the session, serves the renderer, registers IPC, sets the menu, opens the window', async () => {
    startApp();
    electron.ready();
    await flush();
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalled();
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    // Every channel of the contract has exactly one handler, so a new channel cannot be forgotten.
    const handled = ipcMain.handle.mock.calls.map(([channel]) => channel as string);
    expect([...handled].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
    expect(Menu.setApplicationMenu).toHaveBeenCalled();
    const [window] = electron.windows;
    expect(window?.loadURL).toHaveBeenCalledWith('app://bundle/index.html');
    expect(
      (window as unknown as { options: { webPreferences: { preload: string } } }).options.webPreferences
        .preload,
    ).toBe(join('/opt/sla-workbench', 'out', 'preload', 'index.cjs'));
  });

  it('brings the existing window forward when a second instance starts', async () => {
    startApp();
    electron.ready();
    await flush();
    electron.listeners.get('second-instance')?.({}, ['electron', '.'], '/');
    const [window] = electron.windows;
    expect(window?.restore).toHaveBeenCalled();
    expect(window?.focus).toHaveBeenCalled();
  });

  it('watches the main window for a dead renderer, to reload it', async () => {
    startApp();
    electron.ready();
    await flush();
    const [window] = electron.windows as unknown as { webContents: { on: ReturnType<typeof vi.fn> } }[];
    expect(window?.webContents.on).toHaveBeenCalledWith('render-process-gone', expect.any(Function));
  });

  it('hardens every web contents as it is created', () => {
    startApp();
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    electron.listeners.get('web-contents-created')?.({}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.on).toHaveBeenCalledWith('will-navigate', expect.any(Function));
  });

  it('uses SLA_WORKBENCH_USER_DATA_DIR for throw-away test profiles', () => {
    process.env.SLA_WORKBENCH_USER_DATA_DIR = '/tmp/sla-e2e-profile';
    startApp();
    expect(app.setPath).toHaveBeenCalledWith('userData', '/tmp/sla-e2e-profile');
  });

  it('before quitting after a save, asks the renderer for a backup and quits once it is written', async () => {
    startApp();
    electron.ready();
    await flush();
    const [window] = electron.windows as unknown as {
      webContents: { send: ReturnType<typeof vi.fn> };
    }[];
    const handlers = new Map(
      ipcMain.handle.mock.calls.map(([channel, handler]) => [channel as string, handler as Handler]),
    );
    const fromApp = { senderFrame: { url: 'app://bundle/index.html' } };
    await handlers.get('sla-workbench:report-activity')?.(fromApp);

    const quitEvent = { preventDefault: vi.fn() };
    electron.listeners.get('before-quit')?.(quitEvent);
    expect(quitEvent.preventDefault).toHaveBeenCalled();
    expect(window?.webContents.send).toHaveBeenCalledWith('sla-workbench:backup-request', 'quit');
    expect(app.quit).not.toHaveBeenCalled();

    process.env.SLA_WORKBENCH_USER_DATA_DIR = mkdtempSync(join(tmpdir(), 'sla-quit-'));
    app.getPath.mockImplementation((name: string) =>
      name === 'userData' ? (process.env.SLA_WORKBENCH_USER_DATA_DIR ?? '') : `/home/u/${name}`,
    );
    const written = await handlers.get('sla-workbench:backup-write')?.(fromApp, {
      text: '{}\n',
      kind: 'automatic',
    });
    expect(written).toMatchObject({ ok: true });
    await flush();
    expect(app.quit).toHaveBeenCalledTimes(1);

    // The second before-quit (from app.quit) goes through.
    const secondQuit = { preventDefault: vi.fn() };
    electron.listeners.get('before-quit')?.(secondQuit);
    expect(secondQuit.preventDefault).not.toHaveBeenCalled();
    rmSync(process.env.SLA_WORKBENCH_USER_DATA_DIR, { recursive: true, force: true });
  });

  it('quits without waiting when nothing was saved', async () => {
    startApp();
    electron.ready();
    await flush();
    const quitEvent = { preventDefault: vi.fn() };
    electron.listeners.get('before-quit')?.(quitEvent);
    expect(quitEvent.preventDefault).not.toHaveBeenCalled();
  });
});

type Handler = (event: unknown, payload?: unknown) => Promise<unknown>;
