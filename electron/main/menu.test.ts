import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuOptions } from './menu';

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  return (item?.submenu ?? []) as MenuItemConstructorOptions[];
}

function allItems(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...allItems(submenu(item))]);
}

const options = (overrides: Partial<MenuOptions> = {}): MenuOptions => ({
  locale: 'en-US',
  platform: 'linux',
  isPackaged: true,
  sendCommand: vi.fn(),
  ...overrides,
});

describe('application menu', () => {
  it('has File, Edit, View, Window and Help', () => {
    const labels = buildMenuTemplate(options()).map((item) => item.label);
    expect(labels).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
  });

  it('binds the documented shortcuts to app commands', () => {
    const sendCommand = vi.fn();
    const items = allItems(buildMenuTemplate(options({ sendCommand })));
    const byAccelerator = (accelerator: string) => items.find((item) => item.accelerator === accelerator);
    for (const [accelerator, command] of [
      ['CmdOrCtrl+N', 'new-deal'],
      ['CmdOrCtrl+O', 'open-import'],
      ['CmdOrCtrl+Shift+S', 'export'],
      ['CmdOrCtrl+,', 'settings'],
    ] as const) {
      const item = byAccelerator(accelerator);
      expect(item, accelerator).toBeDefined();
      (item?.click as () => void)();
      expect(sendCommand).toHaveBeenLastCalledWith(command);
    }
  });

  it('puts Quit in File and About in Help on Windows and Linux', () => {
    const sendCommand = vi.fn();
    const [file, , , , help] = buildMenuTemplate(options({ platform: 'win32', sendCommand }));
    expect(submenu(file).some((item) => item.role === 'quit')).toBe(true);
    const about = submenu(help).find((item) => item.label === 'About SLA Workbench');
    (about?.click as () => void)();
    expect(sendCommand).toHaveBeenCalledWith('about');
  });

  it('uses the native roles for editing so clipboard and undo work in every field', () => {
    const edit = buildMenuTemplate(options())[1];
    const roles = submenu(edit)
      .map((item) => item.role)
      .filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']));
  });

  it('offers DevTools and Reload only in development builds', () => {
    const roles = (isPackaged: boolean) =>
      allItems(buildMenuTemplate(options({ isPackaged }))).map((item) => item.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(true)).not.toContain('reload');
    expect(roles(false)).toContain('toggleDevTools');
  });

  it('speaks German when the system does', () => {
    const template = buildMenuTemplate(options({ locale: 'de-AT' }));
    expect(template.map((item) => item.label)).toEqual([
      '&Datei',
      '&Bearbeiten',
      '&Ansicht',
      '&Fenster',
      '&Hilfe',
    ]);
    const fileLabels = submenu(template[0]).map((item) => item.label);
    expect(fileLabels).toEqual(expect.arrayContaining(['Neuer Deal', 'Öffnen / Importieren…', 'Beenden']));
  });

  it('follows macOS conventions: an app menu with About, Settings and Quit', () => {
    const template = buildMenuTemplate(options({ platform: 'darwin' }));
    expect(template[0]?.role).toBe('appMenu');
    const appItems = submenu(template[0]);
    expect(appItems.map((item) => item.role ?? item.label)).toEqual(
      expect.arrayContaining(['About SLA Workbench', 'Settings…', 'quit']),
    );
    expect(submenu(template[1]).some((item) => item.role === 'quit')).toBe(false);
  });
});
