import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  const windows: Array<{
    options: { webPreferences: Record<string, unknown> } & Record<string, unknown>;
    loadURL: ReturnType<typeof vi.fn>;
    once: ReturnType<typeof vi.fn>;
  }> = [];
  class BrowserWindow {
    loadURL = vi.fn(async () => undefined);
    once = vi.fn();
    show = vi.fn();
    constructor(readonly options: { webPreferences: Record<string, unknown> } & Record<string, unknown>) {
      windows.push(this);
    }
  }
  return { BrowserWindow, windows };
});
vi.mock('electron', () => ({ BrowserWindow: electron.BrowserWindow }));

import { createMainWindow } from './createMainWindow';

function openWindow() {
  createMainWindow('/app/out/preload/index.cjs');
  const [window] = electron.windows;
  if (!window) throw new Error('no window was created');
  return window;
}

describe('main window', () => {
  beforeEach(() => electron.windows.splice(0));

  it('isolates the page: sandboxed, context-isolated, no Node, no webview, web security on', () => {
    const { webPreferences } = openWindow().options;
    expect(webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    });
    // Checklist 10: no Blink feature switched on; no remote module (removed from Electron anyway).
    expect(webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(webPreferences).not.toHaveProperty('enableRemoteModule');
  });

  it('loads the app from app://bundle, never file://, and shows only when painted', () => {
    const window = openWindow();
    expect(window.loadURL).toHaveBeenCalledWith('app://bundle/index.html');
    expect(window.options).toMatchObject({ show: false, title: 'SLA Workbench' });
    expect(window.once).toHaveBeenCalledWith('ready-to-show', expect.any(Function));
  });
});
