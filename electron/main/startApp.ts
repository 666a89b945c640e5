import { BrowserWindow, Menu, app, dialog, ipcMain, session, shell } from 'electron';
import { BACKUP_REQUEST_CHANNEL, MENU_COMMAND_CHANNEL, type MenuCommand } from '../../shared/ipc/contract';
import { isAppUrl, preloadScriptPath, rendererDirectory } from './appOrigin';
import { AutomaticBackups } from './backups/AutomaticBackups';
import { backupsFolder } from './backups/rotateBackups';
import type { BackupStreams } from './backups/backupStreams';
import { crashMessage } from './crashMessages';
import { createMainWindow } from './createMainWindow';
import { registerIpcHandlers } from './ipcHandlers';
import { showSystemNotification } from './notifications';
import { buildMenuTemplate } from './menu';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { hardenSession, hardenWebContents } from './security';
import { recoverCrashedRenderer } from './recoverCrashedRenderer';
import { pinUserDataPath } from './userData';

/**
 * Boots the main process. Returns false when another instance already runs: that instance gets
 * focus (via `second-instance`) and this one quits, so two processes never write one database.
 */
export function startApp(): boolean {
  // These three must happen before `ready`.
  pinUserDataPath(app);
  registerAppScheme();
  app.enableSandbox();

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }

  let mainWindow: BrowserWindow | null = null;
  let streams: BackupStreams | null = null;

  const backups = new AutomaticBackups({
    requestBackup: (reason) => {
      const target = mainWindow;
      if (!target || target.isDestroyed() || !isAppUrl(target.webContents.getURL())) return false;
      target.webContents.send(BACKUP_REQUEST_CHANNEL, reason);
      return true;
    },
  });

  const openMainWindow = (): BrowserWindow => {
    const window = createMainWindow(preloadScriptPath(app.getAppPath()));
    const contentsId = window.webContents.id;
    // A dead renderer is reloaded and told why; what it was transferring is released (issue 9).
    recoverCrashedRenderer(window, {
      onCrash: () => void streams?.releaseOwner(contentsId),
      onGiveUp: (reason) => {
        const text = crashMessage(app.getLocale(), reason);
        void dialog.showMessageBox({ type: 'error', ...text, buttons: ['OK'] });
      },
    });
    let backedUpForClose = false;
    // Closing the window ends the renderer that writes backups, so the last one is asked for first.
    window.on('close', (event) => {
      if (backedUpForClose || !backups.hasUnbackedActivity) return;
      event.preventDefault();
      backedUpForClose = true;
      void backups.flushBeforeClose().finally(() => {
        if (!window.isDestroyed()) window.close();
      });
    });
    window.on('closed', () => {
      void streams?.releaseOwner(contentsId);
      if (mainWindow === window) mainWindow = null;
    });
    mainWindow = window;
    return window;
  };

  // Quitting from the menu (or Cmd+Q) fires before-quit before any window closes.
  let quitAfterBackup = false;
  app.on('before-quit', (event) => {
    if (quitAfterBackup || !backups.hasUnbackedActivity) return;
    event.preventDefault();
    quitAfterBackup = true;
    void backups.flushBeforeClose().finally(() => app.quit());
  });

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

  const sendCommand = (command: MenuCommand): void => {
    const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
    if (target && !target.isDestroyed() && isAppUrl(target.webContents.getURL())) {
      target.webContents.send(MENU_COMMAND_CHANNEL, command);
    }
  };

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    serveAppProtocol(rendererDirectory(app.getAppPath()));
    streams = registerIpcHandlers({
      ipcMain,
      showOpenDialog: (options) => {
        const owner = BrowserWindow.getFocusedWindow() ?? mainWindow;
        const dialogOptions = { ...options, properties: ['openFile' as const] };
        return owner ? dialog.showOpenDialog(owner, dialogOptions) : dialog.showOpenDialog(dialogOptions);
      },
      showSaveDialog: (options) => {
        const owner = BrowserWindow.getFocusedWindow() ?? mainWindow;
        const dialogOptions = { ...options, properties: ['showOverwriteConfirmation' as const] };
        return owner ? dialog.showSaveDialog(owner, dialogOptions) : dialog.showSaveDialog(dialogOptions);
      },
      appInfo: () => ({
        name: app.getName(),
        version: app.getVersion(),
        electron: process.versions.electron ?? '',
        chrome: process.versions.chrome ?? '',
        node: process.versions.node,
        platform: process.platform,
        userDataPath: app.getPath('userData'),
      }),
      defaultSaveDirectory: () => app.getPath('documents'),
      notify: (request) =>
        showSystemNotification(request, () => {
          const target = mainWindow;
          if (!target || target.isDestroyed()) return;
          if (target.isMinimized()) target.restore();
          target.show();
          target.focus();
        }),
      backups: {
        folder: () => backupsFolder(app.getPath('userData')),
        openFolder: (path) => shell.openPath(path),
        written: () => backups.noteBackupWritten(),
        activity: () => backups.noteActivity(),
        now: () => new Date(),
      },
    });
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({
          locale: app.getLocale(),
          platform: process.platform,
          isPackaged: app.isPackaged,
          sendCommand,
        }),
      ),
    );
    openMainWindow();
  });

  return true;
}
