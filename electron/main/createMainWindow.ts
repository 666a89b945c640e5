import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './appOrigin';

/**
 * The renderer gets no Node.js and no Electron: it runs sandboxed, in its own JavaScript world,
 * and reaches main only through the preload's named functions (Electron security checklist 2–4,
 * 6, 8–10). The options are written out literally inside `new BrowserWindow(…)` on purpose: the
 * electronegativity scan (`npm run scan`) reads them there, and cannot follow a helper function.
 */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    title: 'SLA Workbench',
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    // Shown on ready-to-show, so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#f7f7f8',
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click on a link would otherwise ask for a new window (denied anyway in security.ts).
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      safeDialogs: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
