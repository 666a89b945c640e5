import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import {
  MAX_FILE_BYTES,
  formatMaxFileSize,
  ipcContract,
  type AppInfoResponse,
  type FileFilter,
  type IpcChannelName,
  type IpcErrorCode,
  type IpcParsedRequest,
  type IpcResponse,
  type IpcResult,
  type OpenFileRequest,
  type OpenFileResponse,
  type PrintToPdfRequest,
  type SaveFileRequest,
  type SaveFileResponse,
  type ShowNotificationRequest,
} from '../../shared/ipc/contract';
import { isAppUrl } from './appOrigin';
import { BackupFileError, listBackups, readBackupFile, writeBackup } from './backups/backupFiles';
import { BackupStreamError, BackupStreams } from './backups/backupStreams';

/** What the handlers need from Electron, passed in so tests can drive them without a window. */
export interface IpcHandlerDeps {
  ipcMain: {
    handle(
      channel: string,
      listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>,
    ): void;
  };
  showOpenDialog(options: {
    title?: string;
    filters: FileFilter[];
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: {
    title?: string;
    defaultPath: string;
    filters: FileFilter[];
  }): Promise<{ canceled: boolean; filePath?: string }>;
  appInfo(): AppInfoResponse;
  /** Folder the save dialog starts in (the user's documents folder). */
  defaultSaveDirectory(): string;
  /** Shows a system notification; false where the system has none. */
  notify(request: ShowNotificationRequest): boolean;
  backups: {
    /** `<userData>/backups`. */
    folder(): string;
    /** Shows the folder in the file manager (`shell.openPath`); resolves to an error text or ''. */
    openFolder(path: string): Promise<string>;
    /** An automatic backup was written: the activity clock starts again. */
    written(): void;
    /** The renderer saved something. */
    activity(): void;
    now(): Date;
  };
}

class IpcFailure extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
  }
}

function fail<T>(code: IpcErrorCode, message: string): IpcResult<T> {
  return { ok: false, error: { code, message } };
}

function tooLarge(name: string, bytes: number): IpcFailure {
  const megabytes = (bytes / (1024 * 1024)).toFixed(1);
  return new IpcFailure(
    'file-too-large',
    `"${name}" is ${megabytes} MB; files larger than ${formatMaxFileSize()} are not accepted.`,
  );
}

async function openFile(deps: IpcHandlerDeps, request: OpenFileRequest): Promise<OpenFileResponse> {
  const result = await deps.showOpenDialog({ title: request.title, filters: request.filters });
  const path = result.filePaths[0];
  if (result.canceled || path === undefined) return null;
  const name = basename(path);
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw new IpcFailure('io-error', `Could not read "${name}": ${(error as Error).message}`);
  }
  if (!info.isFile()) throw new IpcFailure('io-error', `"${name}" is not a file.`);
  // Checked before reading so a huge file is never loaded into memory.
  if (info.size > MAX_FILE_BYTES) throw tooLarge(name, info.size);
  try {
    const content = await readFile(path);
    if (content.byteLength > MAX_FILE_BYTES) throw tooLarge(name, content.byteLength);
    return { name, bytes: new Uint8Array(content.buffer, content.byteOffset, content.byteLength) };
  } catch (error) {
    if (error instanceof IpcFailure) throw error;
    throw new IpcFailure('io-error', `Could not read "${name}": ${(error as Error).message}`);
  }
}

/**
 * Writes beside the target and renames over it, so an interrupted save never leaves a
 * half-written file where the user's previous version was.
 */
async function writeFileAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, bytes, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

async function saveFile(deps: IpcHandlerDeps, request: SaveFileRequest): Promise<SaveFileResponse> {
  if (request.bytes.byteLength > MAX_FILE_BYTES)
    throw tooLarge(request.suggestedName, request.bytes.byteLength);
  const result = await deps.showSaveDialog({
    title: request.title,
    defaultPath: join(deps.defaultSaveDirectory(), request.suggestedName),
    filters: request.filters,
  });
  if (result.canceled || !result.filePath) return { saved: false };
  try {
    await writeFileAtomically(result.filePath, request.bytes);
  } catch (error) {
    throw new IpcFailure(
      'io-error',
      `Could not save "${basename(result.filePath)}": ${(error as Error).message}`,
    );
  }
  return { saved: true, path: result.filePath };
}

/** The sender window as PDF (A4, the page's print stylesheet), then the same save dialog as saveFile. */
async function printToPdf(
  deps: IpcHandlerDeps,
  request: PrintToPdfRequest,
  event: IpcMainInvokeEvent,
): Promise<SaveFileResponse> {
  let data: Uint8Array;
  try {
    data = await event.sender.printToPDF({ pageSize: 'A4', printBackground: false, preferCSSPageSize: true });
  } catch (error) {
    throw new IpcFailure('io-error', `The PDF could not be produced: ${(error as Error).message}`);
  }
  return saveFile(deps, {
    title: request.title,
    bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
    suggestedName: request.suggestedName,
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  });
}

/** `event` is for handlers that act on the sender's own window (print to PDF). */
type Handler<K extends IpcChannelName> = (
  request: IpcParsedRequest<K>,
  event: IpcMainInvokeEvent,
) => Promise<IpcResponse<K>>;

/**
 * Wraps a handler with the two checks every channel gets (CONVENTIONS 4): the sender must be a
 * frame showing our own app, and the payload must match the contract. Failures come back as a
 * typed result; nothing thrown here can crash main or leak a stack trace to the renderer.
 */
export function guardHandler<K extends IpcChannelName>(
  name: K,
  handler: Handler<K>,
): (event: IpcMainInvokeEvent, payload?: unknown) => Promise<IpcResult<IpcResponse<K>>> {
  const { request: schema } = ipcContract[name];
  return async (event, payload) => {
    const senderUrl = event.senderFrame?.url;
    if (!isAppUrl(senderUrl)) {
      return fail('forbidden-sender', `The ${name} request did not come from the SLA Workbench window.`);
    }
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
      return fail('invalid-request', `Invalid ${name} request${where}: ${issue?.message ?? 'malformed'}`);
    }
    try {
      return { ok: true, value: await handler(parsed.data as IpcParsedRequest<K>, event) };
    } catch (error) {
      if (error instanceof IpcFailure) return fail(error.code, error.message);
      if (error instanceof BackupFileError) return fail('io-error', error.message);
      if (error instanceof BackupStreamError) return fail(error.code, error.message);
      console.error(`[ipc] ${name} failed`, error);
      return fail('internal', `${name} failed unexpectedly: ${(error as Error).message ?? String(error)}`);
    }
  };
}

/** The window a request came from: backup transfers belong to it and to no other. */
const ownerOf = (event: IpcMainInvokeEvent): number => event.sender?.id ?? 0;

export function registerIpcHandlers(deps: IpcHandlerDeps): BackupStreams {
  const register = <K extends IpcChannelName>(name: K, handler: Handler<K>): void =>
    deps.ipcMain.handle(ipcContract[name].channel, guardHandler(name, handler));
  const streams = new BackupStreams({
    folder: () => deps.backups.folder(),
    now: () => deps.backups.now(),
    showOpenDialog: deps.showOpenDialog,
    showSaveDialog: deps.showSaveDialog,
    defaultSaveDirectory: deps.defaultSaveDirectory,
    automaticWritten: () => deps.backups.written(),
  });
  register('openFile', (request) => openFile(deps, request));
  register('saveFile', (request) => saveFile(deps, request));
  register('appInfo', async () => deps.appInfo());
  register('backupWrite', async ({ text, kind }) => {
    const written = await writeBackup(deps.backups.folder(), text, kind, deps.backups.now());
    if (kind === 'automatic') deps.backups.written();
    return written;
  });
  register('backupList', () => listBackups(deps.backups.folder()));
  register('backupRead', async ({ name }) => ({
    name,
    text: await readBackupFile(deps.backups.folder(), name),
  }));
  register('backupOpenFolder', async () => {
    const folder = deps.backups.folder();
    await mkdir(folder, { recursive: true });
    const problem = await deps.backups.openFolder(folder);
    if (problem) throw new IpcFailure('io-error', `The backups folder could not be opened: ${problem}`);
    return { path: folder };
  });
  register('reportActivity', async () => {
    deps.backups.activity();
    return null;
  });
  register('printToPdf', (request, event) => printToPdf(deps, request, event));
  register('backupStreamOpen', (request, event) => streams.openStream(ownerOf(event), request));
  register('backupStreamRead', async ({ handle, offset, length }, event) => ({
    bytes: await streams.read(ownerOf(event), handle, offset, length),
  }));
  register('backupStreamClose', async ({ handle }, event) => {
    await streams.closeStream(ownerOf(event), handle);
    return null;
  });
  register('backupSinkOpen', (request, event) => streams.openSink(ownerOf(event), request));
  register('backupSinkWrite', async ({ handle, bytes }, event) => {
    await streams.write(ownerOf(event), handle, bytes);
    return null;
  });
  register('backupSinkFinish', ({ handle, sha256, bytes }, event) =>
    streams.finish(ownerOf(event), handle, sha256, bytes),
  );
  register('backupSinkAbort', async ({ handle }, event) => {
    await streams.abort(ownerOf(event), handle);
    return null;
  });
  register('showNotification', async (request) => ({ shown: deps.notify(request) }));
  return streams;
}
