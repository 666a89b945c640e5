import { mkdtempSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
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
