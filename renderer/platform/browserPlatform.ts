import { MAX_FILE_BYTES, formatMaxFileSize, type FileFilter } from '../../shared/ipc/contract';
import { PlatformError } from './PlatformError';
import type { BackupSource, Platform, SaveFileOutcome } from './platformTypes';

/** Set by the renderer build (electron/launcher/electron.vite.config.ts); absent in unit tests. */
declare const __SLA_WORKBENCH_VERSION__: string | undefined;

/** How long a download's object URL stays valid; Chromium reads the blob after `click()` returns. */
const OBJECT_URL_LIFETIME_MS = 60_000;

/** `[{ extensions: ['docx'] }]` → `.docx`; a `*` filter means any file, so no `accept` at all. */
export function acceptAttribute(filters: readonly FileFilter[]): string {
  const extensions = filters.flatMap((filter) => filter.extensions);
  if (extensions.length === 0 || extensions.includes('*')) return '';
  return [...new Set(extensions.map((extension) => `.${extension.toLowerCase()}`))].join(',');
}

function tooLarge(name: string): PlatformError {
  return new PlatformError(
    'file-too-large',
    `"${name}" is larger than ${formatMaxFileSize()} and cannot be opened.`,
  );
}

function openFile(filters: readonly FileFilter[]): Promise<{ name: string; bytes: Uint8Array } | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = acceptAttribute(filters);
    input.hidden = true;
    const finish = (): void => input.remove();
    input.addEventListener(
      'change',
      () => {
        const file = input.files?.[0];
        finish();
        if (!file) return resolve(null);
        if (file.size > MAX_FILE_BYTES) return reject(tooLarge(file.name));
        file.arrayBuffer().then(
          (buffer) => resolve({ name: file.name, bytes: new Uint8Array(buffer) }),
          (error: unknown) =>
            reject(new PlatformError('io-error', `Could not read "${file.name}": ${String(error)}`)),
        );
      },
      { once: true },
    );
    // Chromium fires `cancel` when the picker closes without a choice (Chrome 113+).
    input.addEventListener(
      'cancel',
      () => {
        finish();
        resolve(null);
      },
      { once: true },
    );
    document.body.append(input);
    input.click();
  });
}

/** Hands a Blob to the browser as a download; large ones too (no copy into the page's memory). */
function download(blob: Blob, suggestedName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = suggestedName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), OBJECT_URL_LIFETIME_MS);
}

function saveFile(bytes: Uint8Array, suggestedName: string): SaveFileOutcome {
  if (bytes.byteLength > MAX_FILE_BYTES) throw tooLarge(suggestedName);
  // A copy, so the Blob owns plain ArrayBuffer memory even if the caller's view is shared or reused.
  download(new Blob([bytes.slice()]), suggestedName);
  // The browser decides where the download goes and reports neither a cancel nor a failure: the
  // download started, and that is all this code can know.
  return { saved: false, downloadStarted: true };
}

/** A backup file picked by the user, not read: the worker that restores it reads it in slices. */
function openBackup(filters: readonly FileFilter[]): Promise<BackupSource | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = acceptAttribute(filters);
    input.hidden = true;
    input.addEventListener(
      'change',
      () => {
        const file = input.files?.[0];
        input.remove();
        resolve(file ? { name: file.name, size: file.size, blob: file, close: async () => {} } : null);
      },
      { once: true },
    );
    input.addEventListener(
      'cancel',
      () => {
        input.remove();
        resolve(null);
      },
      { once: true },
    );
    document.body.append(input);
    input.click();
  });
}

function chromeVersion(): string | null {
  return /\bChrom(?:e|ium)\/([\d.]+)/.exec(navigator.userAgent)?.[1] ?? null;
}

/**
 * Browser mode: the same renderer in any Chromium, with files through a file input and downloads
 * (DESIGN §3). This is how e2e tests and machines without the Electron runtime run the app.
 */
export function createBrowserPlatform(): Platform {
  return {
    kind: 'browser',
    openFile: (options) => openFile(options.filters),
    saveFile: async (options) => saveFile(options.bytes, options.suggestedName),
    openBackup: (options) => openBackup(options.filters),
    saveBackup: async (content, _target, options) => {
      download(content.blob, options.suggestedName);
      return { status: 'download-started', name: options.suggestedName };
    },
    appInfo: async () => ({
      kind: 'browser',
      name: 'SLA Workbench',
      version: typeof __SLA_WORKBENCH_VERSION__ === 'string' ? __SLA_WORKBENCH_VERSION__ : 'development',
      electron: null,
      chrome: chromeVersion(),
      node: null,
      platform: navigator.platform,
      userDataPath: null,
    }),
    onMenuCommand: () => () => {},
    onRendererRecovered: () => () => {},
    // No backups folder in a browser: the Data section offers downloads and reminds the user.
    backups: null,
    printToPdf: async () => {
      window.print();
      return { saved: true };
    },
    notify: async (options) => {
      // Browser mode never asks for permission: a prompt out of nowhere would be worse than none.
      if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return false;
      new Notification(options.title, { body: options.body });
      return true;
    },
  };
}
