import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../shared/ipc/contract';
import type { IpcMainInvokeEvent } from 'electron';

const electron = vi.hoisted(() => {
  const shown: { title: string; body: string; silent: boolean }[] = [];
  const clicks: (() => void)[] = [];
  let supported = true;
  class Notification {
    static isSupported = () => supported;
    constructor(readonly options: { title: string; body: string; silent: boolean }) {}
    on(event: string, listener: () => void) {
      if (event === 'click') clicks.push(listener);
      return this;
    }
    show() {
      shown.push(this.options);
    }
  }
  return { shown, clicks, setSupported: (value: boolean) => (supported = value), module: { Notification } };
});
vi.mock('electron', () => electron.module);

const { showSystemNotification } = await import('./notifications');
const { registerIpcHandlers } = await import('./ipcHandlers');

beforeEach(() => {
  electron.shown.length = 0;
  electron.clicks.length = 0;
  electron.setSupported(true);
});

describe('system notifications', () => {
  it('show the warning with Electron’s Notification and focus the app when clicked', () => {
    const focus = vi.fn();
    expect(
      showSystemNotification(
        { title: 'Müller Logistik: 83 % of the error budget used', body: 'October 2026' },
        focus,
      ),
    ).toBe(true);
    expect(electron.shown).toEqual([
      { title: 'Müller Logistik: 83 % of the error budget used', body: 'October 2026', silent: false },
    ]);
    electron.clicks[0]?.();
    expect(focus).toHaveBeenCalledOnce();
  });

  it('say so where the desktop has none', () => {
    electron.setSupported(false);
    expect(showSystemNotification({ title: 'x', body: '' })).toBe(false);
    expect(electron.shown).toEqual([]);
  });

  it('are validated in main: only from the app, only plain short text', async () => {
    const handlers = new Map<string, (event: IpcMainInvokeEvent, payload?: unknown) => Promise<unknown>>();
    const notify = vi.fn((request: { title: string; body: string }) => showSystemNotification(request));
    registerIpcHandlers({
      ipcMain: {
        handle: (
          channel: string,
          listener: (event: IpcMainInvokeEvent, payload?: unknown) => Promise<unknown>,
        ) => handlers.set(channel, listener),
      },
      showOpenDialog: vi.fn(),
      showSaveDialog: vi.fn(),
      appInfo: vi.fn(),
      defaultSaveDirectory: () => '/tmp',
      notify,
      backups: {
        folder: () => '/tmp',
        openFolder: vi.fn(),
        written: vi.fn(),
        activity: vi.fn(),
        now: () => new Date(),
      },
    } as never);
    const call = handlers.get(IPC_CHANNELS.showNotification)!;
    const fromApp = { senderFrame: { url: 'app://bundle/index.html' } } as unknown as IpcMainInvokeEvent;
    const fromElsewhere = { senderFrame: { url: 'https://evil.example/' } } as unknown as IpcMainInvokeEvent;
    expect(await call(fromApp, { title: 'Budget at 80 %', body: 'Müller Logistik' })).toEqual({
      ok: true,
      value: { shown: true },
    });
    expect(await call(fromElsewhere, { title: 'x', body: '' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
    expect(await call(fromApp, { title: '', body: '' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(await call(fromApp, { title: 'x'.repeat(121), body: '' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(await call(fromApp, { title: 'x', body: '', icon: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(notify).toHaveBeenCalledTimes(1);
  });
});
