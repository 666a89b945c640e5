import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, MAX_FILE_BYTES } from '../../shared/ipc/contract';
import { registerIpcHandlers, type IpcHandlerDeps } from './ipcHandlers';

type Invoke = (event: IpcMainInvokeEvent, payload?: unknown) => Promise<unknown>;

const fromApp = { senderFrame: { url: 'app://bundle/index.html' } } as unknown as IpcMainInvokeEvent;
const fromElsewhere = { senderFrame: { url: 'https://evil.example/' } } as unknown as IpcMainInvokeEvent;
const fromFile = { senderFrame: { url: 'file:///tmp/page.html' } } as unknown as IpcMainInvokeEvent;
const fromDestroyedFrame = { senderFrame: null } as unknown as IpcMainInvokeEvent;

let folder: string;
let handlers: Map<string, Invoke>;
let deps: IpcHandlerDeps;

const appInfo = {
  name: 'SLA Workbench',
  version: '0.1.0',
  electron: '45.5.0',
  chrome: '140.0.0.0',
  node: '22.20.0',
  platform: 'linux',
  userDataPath: '/home/u/.config/SLA Workbench',
};

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'sla-ipc-'));
  handlers = new Map();
  deps = {
    ipcMain: { handle: (channel, listener) => handlers.set(channel, listener as Invoke) },
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
    showSaveDialog: vi.fn(async () => ({ canceled: true })),
    appInfo: () => appInfo,
    defaultSaveDirectory: () => folder,
    notify: vi.fn(() => true),
    backups: {
      folder: () => join(folder, 'userData', 'backups'),
      openFolder: vi.fn(async () => ''),
      written: vi.fn(),
      activity: vi.fn(),
      now: () => new Date(2026, 10, 3, 14, 30, 0),
    },
  };
  registerIpcHandlers(deps);
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const invoke = (channel: string, event: IpcMainInvokeEvent, payload?: unknown) =>
  handlers.get(channel)!(event, payload);
const docxFilter = [{ name: 'Word', extensions: ['docx'] }];

describe('IPC handlers', () => {
  it('registers exactly one handler per contract channel', () => {
    expect([...handlers.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });

  it('rejects calls from frames that are not the app, without opening a dialog', async () => {
    for (const event of [fromElsewhere, fromFile, fromDestroyedFrame]) {
      const result = await invoke(IPC_CHANNELS.openFile, event, { filters: docxFilter });
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    }
    expect(deps.showOpenDialog).not.toHaveBeenCalled();
  });

  it('rejects payloads that do not match the contract, saying where', async () => {
    const missingFilters = await invoke(IPC_CHANNELS.openFile, fromApp, {});
    expect(missingFilters).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const stringBytes = await invoke(IPC_CHANNELS.saveFile, fromApp, {
      bytes: 'not bytes',
      suggestedName: 'a.docx',
      filters: docxFilter,
    });
    expect(stringBytes).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringContaining('bytes') },
    });
    const pathInName = await invoke(IPC_CHANNELS.saveFile, fromApp, {
      bytes: new Uint8Array([1]),
      suggestedName: '../../.bashrc',
      filters: docxFilter,
    });
    expect(pathInName).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const extraKey = await invoke(IPC_CHANNELS.openFile, fromApp, {
      filters: docxFilter,
      defaultPath: '/etc',
    });
    expect(extraKey).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
  });

  it('opens the chosen file and returns its name and bytes', async () => {
    const path = join(folder, 'Acme SLA.docx');
    writeFileSync(path, Buffer.from([0x50, 0x4b, 3, 4]));
    vi.mocked(deps.showOpenDialog).mockResolvedValueOnce({ canceled: false, filePaths: [path] });
    const result = await invoke(IPC_CHANNELS.openFile, fromApp, { filters: docxFilter, title: 'Import' });
    expect(result).toEqual({
      ok: true,
      value: { name: 'Acme SLA.docx', bytes: new Uint8Array([0x50, 0x4b, 3, 4]) },
    });
    expect(deps.showOpenDialog).toHaveBeenCalledWith({ title: 'Import', filters: docxFilter });
  });

  it('returns null when the user cancels the open dialog', async () => {
    expect(await invoke(IPC_CHANNELS.openFile, fromApp, { filters: docxFilter })).toEqual({
      ok: true,
      value: null,
    });
  });

  it('refuses a file above the size limit with a clear message, before reading it', async () => {
    const path = join(folder, 'huge.docx');
    writeFileSync(path, '');
    truncateSync(path, MAX_FILE_BYTES + 1);
    vi.mocked(deps.showOpenDialog).mockResolvedValueOnce({ canceled: false, filePaths: [path] });
    const result = await invoke(IPC_CHANNELS.openFile, fromApp, { filters: docxFilter });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'file-too-large', message: expect.stringMatching(/huge\.docx.*50 MB/) },
    });
  });

  it('reports a vanished file as an I/O error instead of crashing', async () => {
    vi.mocked(deps.showOpenDialog).mockResolvedValueOnce({
      canceled: false,
      filePaths: [join(folder, 'gone.docx')],
    });
    const result = await invoke(IPC_CHANNELS.openFile, fromApp, { filters: docxFilter });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'io-error', message: expect.stringContaining('gone.docx') },
    });
  });

  it('saves the bytes where the user chose, starting the dialog in the documents folder', async () => {
    const target = join(folder, 'Round 2.docx');
    writeFileSync(target, 'old version');
    vi.mocked(deps.showSaveDialog).mockResolvedValueOnce({ canceled: false, filePath: target });
    const result = await invoke(IPC_CHANNELS.saveFile, fromApp, {
      bytes: new Uint8Array([1, 2, 3]),
      suggestedName: 'Round 2.docx',
      filters: docxFilter,
    });
    expect(result).toEqual({ ok: true, value: { saved: true, path: target } });
    expect([...readFileSync(target)]).toEqual([1, 2, 3]);
    expect(readdirSync(folder)).toEqual(['Round 2.docx']); // no temporary file left behind
    expect(deps.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: join(folder, 'Round 2.docx'), filters: docxFilter }),
    );
  });

  it('reports saved: false when the user cancels the save dialog', async () => {
    const result = await invoke(IPC_CHANNELS.saveFile, fromApp, {
      bytes: new Uint8Array([1]),
      suggestedName: 'x.docx',
      filters: docxFilter,
    });
    expect(result).toEqual({ ok: true, value: { saved: false } });
  });

  it('refuses to save more than the size limit', async () => {
    const result = await invoke(IPC_CHANNELS.saveFile, fromApp, {
      bytes: new Uint8Array(MAX_FILE_BYTES + 1),
      suggestedName: 'big.json',
      filters: [{ name: 'Backup', extensions: ['json'] }],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'file-too-large' } });
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
  });

  it('reports a failed write as an I/O error', async () => {
    vi.mocked(deps.showSaveDialog).mockResolvedValueOnce({
      canceled: false,
      filePath: join(folder, 'missing-folder', 'x.docx'),
    });
    const result = await invoke(IPC_CHANNELS.saveFile, fromApp, {
      bytes: new Uint8Array([1]),
      suggestedName: 'x.docx',
      filters: docxFilter,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'io-error' } });
  });

  it('answers appInfo for the app and nobody else', async () => {
    expect(await invoke(IPC_CHANNELS.appInfo, fromApp)).toEqual({ ok: true, value: appInfo });
    expect(await invoke(IPC_CHANNELS.appInfo, fromElsewhere)).toMatchObject({ ok: false });
    expect(await invoke(IPC_CHANNELS.appInfo, fromApp, { sneaky: true })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });
});

describe('backup channels', () => {
  const backupsFolder = () => join(folder, 'userData', 'backups');
  const text = '{"format":"sla-workbench-backup"}\n';

  it('writes an automatic backup into <userData>/backups and restarts the activity clock', async () => {
    const result = await invoke(IPC_CHANNELS.backupWrite, fromApp, { text, kind: 'automatic' });
    expect(result).toEqual({
      ok: true,
      value: {
        name: 'sla-workbench-20261103-143000.json',
        path: join(backupsFolder(), 'sla-workbench-20261103-143000.json'),
      },
    });
    expect(readFileSync(join(backupsFolder(), 'sla-workbench-20261103-143000.json'), 'utf8')).toBe(text);
    expect(deps.backups.written).toHaveBeenCalledTimes(1);
  });

  it('keeps only the newest ten automatic backups plus one a day, never the copy taken before a restore', async () => {
    mkdirSync(backupsFolder(), { recursive: true });
    const old = [
      'sla-workbench-before-restore-20250101-090000.json',
      'notes.txt',
      ...Array.from(
        { length: 12 },
        (_, i) => `sla-workbench-20261103-10${String(i).padStart(2, '0')}00.json`,
      ),
    ];
    for (const name of old) writeFileSync(join(backupsFolder(), name), '{}');
    await invoke(IPC_CHANNELS.backupWrite, fromApp, { text, kind: 'automatic' });
    const left = readdirSync(backupsFolder());
    expect(left.filter((name) => /^sla-workbench-\d{8}/.test(name))).toHaveLength(10);
    expect(left).toContain('sla-workbench-20261103-143000.json');
    expect(left).toContain('sla-workbench-before-restore-20250101-090000.json');
    expect(left).toContain('notes.txt');
  });

  it('writes the copy before a restore under its own name, without counting it as an automatic backup', async () => {
    const result = await invoke(IPC_CHANNELS.backupWrite, fromApp, { text, kind: 'before-restore' });
    expect(result).toMatchObject({
      ok: true,
      value: { name: 'sla-workbench-before-restore-20261103-143000.json' },
    });
    expect(deps.backups.written).not.toHaveBeenCalled();
  });

  it('lists backups newest first with size and kind, and an empty list before the first one', async () => {
    expect(await invoke(IPC_CHANNELS.backupList, fromApp)).toEqual({ ok: true, value: [] });
    await invoke(IPC_CHANNELS.backupWrite, fromApp, { text, kind: 'automatic' });
    writeFileSync(join(backupsFolder(), 'unrelated.json'), '{}');
    const result = (await invoke(IPC_CHANNELS.backupList, fromApp)) as {
      ok: true;
      value: { name: string; kind: string; size: number }[];
    };
    expect(result.value).toEqual([
      expect.objectContaining({
        name: 'sla-workbench-20261103-143000.json',
        kind: 'automatic',
        size: text.length,
      }),
    ]);
  });

  it('reads a backup back by name', async () => {
    await invoke(IPC_CHANNELS.backupWrite, fromApp, { text, kind: 'automatic' });
    expect(
      await invoke(IPC_CHANNELS.backupRead, fromApp, { name: 'sla-workbench-20261103-143000.json' }),
    ).toEqual({ ok: true, value: { name: 'sla-workbench-20261103-143000.json', text } });
  });

  it('refuses to read anything that is not a backup file name: no paths, no traversal', async () => {
    writeFileSync(join(folder, 'secret.json'), 'secret');
    for (const name of [
      '../secret.json',
      '../../userData/backups/../secret.json',
      '/etc/passwd',
      'sla-workbench-20261103-143000.json/../../secret.json',
      'secret.json',
      'sla-workbench-20261103-143000.json\0',
    ]) {
      const result = await invoke(IPC_CHANNELS.backupRead, fromApp, { name });
      expect(result, name).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
  });

  it('reports a missing backup as an I/O error that names it', async () => {
    const result = await invoke(IPC_CHANNELS.backupRead, fromApp, {
      name: 'sla-workbench-20200101-000000.json',
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'io-error', message: expect.stringContaining('sla-workbench-20200101-000000.json') },
    });
  });

  it('refuses backup calls from other frames and oversized or malformed payloads', async () => {
    expect(await invoke(IPC_CHANNELS.backupWrite, fromElsewhere, { text, kind: 'automatic' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
    expect(await invoke(IPC_CHANNELS.backupWrite, fromApp, { text, kind: 'manual' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(
      await invoke(IPC_CHANNELS.backupWrite, fromApp, { text, kind: 'automatic', path: '/tmp/x' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(await invoke(IPC_CHANNELS.backupList, fromFile)).toMatchObject({ ok: false });
    expect(readdirSync(folder)).not.toContain('userData');
  });

  it('opens the backups folder, creating it first', async () => {
    expect(await invoke(IPC_CHANNELS.backupOpenFolder, fromApp)).toEqual({
      ok: true,
      value: { path: backupsFolder() },
    });
    expect(deps.backups.openFolder).toHaveBeenCalledWith(backupsFolder());
    expect(readdirSync(join(folder, 'userData'))).toEqual(['backups']);
    vi.mocked(deps.backups.openFolder).mockResolvedValueOnce('no file manager');
    expect(await invoke(IPC_CHANNELS.backupOpenFolder, fromApp)).toMatchObject({
      ok: false,
      error: { code: 'io-error', message: expect.stringContaining('no file manager') },
    });
  });

  it('passes reported activity on to the automatic backups', async () => {
    expect(await invoke(IPC_CHANNELS.reportActivity, fromApp)).toEqual({ ok: true, value: null });
    expect(deps.backups.activity).toHaveBeenCalledTimes(1);
    await invoke(IPC_CHANNELS.reportActivity, fromElsewhere);
    expect(deps.backups.activity).toHaveBeenCalledTimes(1);
  });
});

describe('printToPdf', () => {
  it('prints the sender window and saves the PDF where the user chooses', async () => {
    const pdf = Buffer.from('%PDF-1.7 test');
    const printToPDF = vi.fn(async () => pdf);
    const event = { ...fromApp, sender: { printToPDF } } as unknown as IpcMainInvokeEvent;
    const target = join(folder, 'Acme-SLA-round-2.pdf');
    deps.showSaveDialog = vi.fn(async () => ({ canceled: false, filePath: target }));
    const result = await invoke(IPC_CHANNELS.printToPdf, event, { suggestedName: 'Acme-SLA-round-2.pdf' });
    expect(result).toEqual({ ok: true, value: { saved: true, path: target } });
    expect(printToPDF).toHaveBeenCalledWith(expect.objectContaining({ pageSize: 'A4' }));
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 test');
    expect(deps.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ filters: [{ name: 'PDF', extensions: ['pdf'] }] }),
    );
  });

  it('refuses a suggested name with a path, before printing anything', async () => {
    const printToPDF = vi.fn();
    const event = { ...fromApp, sender: { printToPDF } } as unknown as IpcMainInvokeEvent;
    const result = await invoke(IPC_CHANNELS.printToPdf, event, { suggestedName: '../evil.pdf' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(printToPDF).not.toHaveBeenCalled();
  });
});
