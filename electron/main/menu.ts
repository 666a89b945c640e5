import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/contract';
import { menuLabels } from './menuLabels';

export interface MenuOptions {
  locale: string;
  platform: NodeJS.Platform;
  /** Development builds get Reload and DevTools in the View menu. */
  isPackaged: boolean;
  /** Forwards a command to the focused app window's renderer. */
  sendCommand(command: MenuCommand): void;
}

/**
 * The application menu. App commands are forwarded to the renderer, which owns the screens; Edit
 * and View use Electron roles so the native clipboard, undo and zoom work in every text field.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const labels = menuLabels(options.locale);
  const isMac = options.platform === 'darwin';
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => options.sendCommand(name),
  });
  const settings = command(labels.settings, 'settings', 'CmdOrCtrl+,');
  const about = command(labels.about, 'about');

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          role: 'appMenu',
          submenu: [
            about,
            { type: 'separator' },
            settings,
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: labels.file,
    submenu: [
      command(labels.newDeal, 'new-deal', 'CmdOrCtrl+N'),
      command(labels.openImport, 'open-import', 'CmdOrCtrl+O'),
      command(labels.exportAs, 'export', 'CmdOrCtrl+Shift+S'),
      ...(isMac
        ? [{ type: 'separator' as const }, { role: 'close' as const }]
        : [
            { type: 'separator' as const },
            settings,
            { type: 'separator' as const },
            { role: 'quit' as const, label: labels.quit, accelerator: 'CmdOrCtrl+Q' },
          ]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: labels.edit,
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle' },
      { role: 'delete' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: labels.view,
    submenu: [
      ...(options.isPackaged
        ? []
        : [{ role: 'reload' as const }, { role: 'toggleDevTools' as const }, { type: 'separator' as const }]),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: labels.window,
    submenu: isMac
      ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  };

  const help: MenuItemConstructorOptions = { role: 'help', label: labels.help, submenu: [about] };

  return [...appMenu, file, edit, view, windowMenu, help];
}
