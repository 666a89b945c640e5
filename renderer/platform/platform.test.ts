// @vitest-environment jsdom
import { File as NodeFile } from 'node:buffer';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SlaWorkbenchApi } from '../../shared/ipc/contract';
import { MAX_FILE_BYTES } from '../../shared/ipc/contract';
import { acceptAttribute, createBrowserPlatform } from './browserPlatform';
import { createElectronPlatform } from './electronPlatform';
import { PlatformError } from './platform';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** jsdom opens no picker: capture the input the adapter clicks, then play the user's part. */
function nextFileInput(): Promise<HTMLInputElement> {
  return new Promise((resolve) => {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      resolve(this);
    });
  });
}

/** jsdom's File lacks arrayBuffer(); Node's File is the same web API, complete. */
function file(bytes: Uint8Array | string, name: string): File {
  return new NodeFile([bytes], name) as unknown as File;
}

function readBlob(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

function choose(input: HTMLInputElement, files: File[]) {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change'));
}

describe('browser platform', () => {
  const platform = createBrowserPlatform();
  const docx = [{ name: 'Word', extensions: ['docx'] }];

  it('opens a file through a hidden file input, limited to the filter’s extensions', async () => {
    const picked = nextFileInput();
    const result = platform.openFile({ filters: docx });
    const input = await picked;
    expect(input.type).toBe('file');
    expect(input.accept).toBe('.docx');
    choose(input, [file(new Uint8Array([80, 75, 3, 4]), 'Gegenentwurf.docx')]);
    expect(await result).toEqual({ name: 'Gegenentwurf.docx', bytes: new Uint8Array([80, 75, 3, 4]) });
    expect(document.querySelector('input[type=file]')).toBeNull();
  });

  it('resolves null when the user cancels the picker', async () => {
    const picked = nextFileInput();
    const result = platform.openFile({ filters: docx });
    (await picked).dispatchEvent(new Event('cancel'));
    expect(await result).toBeNull();
  });

  it('refuses a file above the size limit with a clear error', async () => {
    const picked = nextFileInput();
    const result = platform.openFile({ filters: docx });
    const huge = file('x', 'huge.docx');
    Object.defineProperty(huge, 'size', { value: MAX_FILE_BYTES + 1 });
    choose(await picked, [huge]);
    await expect(result).rejects.toMatchObject({
      code: 'file-too-large',
      message: expect.stringContaining('50 MB'),
    });
  });

  it('saves by downloading a blob under the suggested name', async () => {
    const createObjectURL = vi.fn(() => 'blob:http://127.0.0.1/1');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const result = await platform.saveFile({
      bytes: new Uint8Array([1, 2]),
      suggestedName: 'Acme SLA.docx',
      filters: docx,
    });
    // A browser can only start the download; it cannot know that the file was saved.
    expect(result).toEqual({ saved: false, downloadStarted: true });
    const clicked = click.mock.contexts[0] as HTMLAnchorElement | undefined;
    expect(clicked?.download).toBe('Acme SLA.docx');
    expect(clicked?.href).toBe('blob:http://127.0.0.1/1');
    const blob = (createObjectURL.mock.calls[0] as unknown as [Blob])[0];
    expect(await readBlob(blob)).toEqual(new Uint8Array([1, 2]));
  });

  it('describes itself as browser mode, without Electron', async () => {
    expect(platform.kind).toBe('browser');
    expect(await platform.appInfo()).toMatchObject({
      kind: 'browser',
      name: 'SLA Workbench',
      electron: null,
    });
    const unsubscribe = platform.onMenuCommand(() => {});
    expect(unsubscribe).toBeTypeOf('function');
    // No backups folder in a browser: backups are downloads.
    expect(platform.backups).toBeNull();
  });

  it('turns dialog filters into an accept list', () => {
    expect(
      acceptAttribute([
        { name: 'Word', extensions: ['docx', 'DOCX'] },
        { name: 'JSON', extensions: ['json'] },
      ]),
    ).toBe('.docx,.json');
    expect(acceptAttribute([{ name: 'Any', extensions: ['*'] }])).toBe('');
  });
});

describe('electron platform', () => {
  function fakeApi(overrides: Partial<SlaWorkbenchApi>): SlaWorkbenchApi {
    return {
      openFile: vi.fn(async () => ({ ok: true as const, value: null })),
      saveFile: vi.fn(async () => ({ ok: true as const, value: { saved: false } })),
      appInfo: vi.fn(),
      onMenuCommand: vi.fn(() => () => {}),
      onBackupRequest: vi.fn(() => () => {}),
      ...overrides,
    } as SlaWorkbenchApi;
  }

  it('returns the bridge’s value on success', async () => {
    const bytes = new Uint8Array([7]);
    const platform = createElectronPlatform(
      fakeApi({ openFile: async () => ({ ok: true, value: { name: 'a.docx', bytes } }) }),
    );
    expect(await platform.openFile({ filters: [] })).toEqual({ name: 'a.docx', bytes });
  });

  it('throws a PlatformError with main’s code and message on failure', async () => {
    const platform = createElectronPlatform(
      fakeApi({
        saveFile: async () => ({
          ok: false,
          error: { code: 'io-error', message: 'Could not save "x.docx": disk full' },
        }),
      }),
    );
    const attempt = platform.saveFile({ bytes: new Uint8Array(), suggestedName: 'x.docx', filters: [] });
    await expect(attempt).rejects.toBeInstanceOf(PlatformError);
    await expect(attempt).rejects.toMatchObject({
      code: 'io-error',
      message: 'Could not save "x.docx": disk full',
    });
  });

  it('shows a notification through the bridge and says whether it showed', async () => {
    const showNotification = vi.fn(async () => ({ ok: true as const, value: { shown: true } }));
    const platform = createElectronPlatform(fakeApi({ showNotification }));
    expect(await platform.notify({ title: 'Budget 80 %', body: 'Müller' })).toBe(true);
    expect(showNotification).toHaveBeenCalledWith({ title: 'Budget 80 %', body: 'Müller' });
  });

  it('prints to PDF through the bridge and reports where it was saved', async () => {
    const printToPdf = vi.fn(async () => ({ ok: true as const, value: { saved: true, path: '/u/a.pdf' } }));
    const platform = createElectronPlatform(fakeApi({ printToPdf }));
    expect(await platform.printToPdf({ suggestedName: 'a.pdf' })).toEqual({ saved: true, path: '/u/a.pdf' });
    expect(printToPdf).toHaveBeenCalledWith({ suggestedName: 'a.pdf' });
  });

  it('writes, lists and reads backup files through the bridge', async () => {
    const backupWrite = vi.fn(async () => ({
      ok: true as const,
      value: {
        name: 'sla-workbench-20261103-143000.json',
        path: '/u/backups/sla-workbench-20261103-143000.json',
      },
    }));
    const backupRead = vi.fn(async () => ({
      ok: true as const,
      value: { name: 'sla-workbench-20261103-143000.json', text: '{}' },
    }));
    const platform = createElectronPlatform(fakeApi({ backupWrite, backupRead }));
    expect(await platform.backups?.write('{}', 'automatic')).toMatchObject({
      name: 'sla-workbench-20261103-143000.json',
    });
    expect(backupWrite).toHaveBeenCalledWith({ text: '{}', kind: 'automatic' });
    expect(await platform.backups?.read('sla-workbench-20261103-143000.json')).toBe('{}');
  });

  it('turns a refused backup read into a PlatformError naming the problem', async () => {
    const platform = createElectronPlatform(
      fakeApi({
        backupRead: async () => ({
          ok: false,
          error: {
            code: 'invalid-request',
            message: 'Invalid backupRead request at name: not a backup file name',
          },
        }),
      }),
    );
    await expect(platform.backups?.read('../secret')).rejects.toMatchObject({ code: 'invalid-request' });
  });
});
