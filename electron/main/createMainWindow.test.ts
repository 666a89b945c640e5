import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  const windows: Array<{
    options: unknown;
    loadURL: ReturnType<typeof vi.fn>;
    once: ReturnType<typeof vi.fn>;
  }> = [];
  class BrowserWindow {
    loadURL = vi.fn(async () => undefined);
    once = vi.fn();
    show = vi.fn();
    constructor(readonly options: unknown) {
      windows.push(this);
    }
  }
  return { BrowserWindow, windows };
});
vi.mock('electron', () => ({ BrowserWindow: electron.BrowserWindow }));

import { createMainWindow, mainWindowOptions } from './createMainWindow';

describe('main window', () => {
  beforeEach(() => electron.windows.splice(0));

  it('isolates the page: sandboxed, context-isolated, no Node, no webview, web security on', () => {
    const { webPreferences } = mainWindowOptions('/app/out/preload/index.cjs');
    expect(webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
    expect(webPreferences).not.toHaveProperty('enableRemoteModule');
    expect(webPreferences).not.toHaveProperty('experimentalFeatures');
  });

  it('loads the app from app://bundle, never file://, and shows only when painted', () => {
    createMainWindow('/app/out/preload/index.cjs');
    const [window] = electron.windows;
    expect(window?.loadURL).toHaveBeenCalledWith('app://bundle/index.html');
    expect(window?.options).toMatchObject({ show: false, title: 'SLA Workbench' });
    expect(window?.once).toHaveBeenCalledWith('ready-to-show', expect.any(Function));
  });
});
