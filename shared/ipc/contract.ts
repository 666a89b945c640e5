import { z } from 'zod';
import {
  IPC_CHANNELS,
  MAX_BACKUP_CHUNK_BYTES,
  MAX_FILE_BYTES,
  type BackupRequestReason,
  type IpcChannelName,
  type MenuCommand,
  type RendererGoneReason,
} from './channels';

export {
  BACKUP_REQUEST_CHANNEL,
  BACKUP_REQUEST_REASONS,
  IPC_CHANNELS,
  MAX_BACKUP_CHUNK_BYTES,
  MAX_FILE_BYTES,
  MENU_COMMAND_CHANNEL,
  MENU_COMMANDS,
  RENDERER_GONE_REASONS,
  RENDERER_RECOVERED_CHANNEL,
  isBackupRequestReason,
  isMenuCommand,
  isRendererGoneReason,
} from './channels';
export type { BackupRequestReason, IpcChannelName, MenuCommand, RendererGoneReason } from './channels';

/**
 * The one typed contract between renderer, preload and main (CONVENTIONS 3, 4). Main parses every
 * request with these schemas at run time; the preload's API `satisfies` {@link SlaWorkbenchApi}.
 */

/** A file-dialog filter: `{ name: 'Word', extensions: ['docx'] }`. Extensions carry no dot. */
export const FileFilter = z.strictObject({
  name: z.string().trim().min(1).max(80),
  extensions: z
    .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/, 'extension without a dot, e.g. "docx"'))
    .min(1)
    .max(20),
});
export type FileFilter = z.infer<typeof FileFilter>;

/** Typed as plain `Uint8Array` so callers may pass any view (a Node Buffer, a slice of a shared buffer). */
const Bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected bytes (Uint8Array)');

/**
 * A bare file name: the save dialog starts in the user's documents folder, so a name with a path
 * in it could point the dialog somewhere the user did not choose.
 */
export const SuggestedFileName = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((name) => !/[/\\\0]/.test(name) && name !== '.' && name !== '..', 'a file name without a path');

export const OpenFileRequest = z.strictObject({
  title: z.string().max(120).optional(),
  filters: z.array(FileFilter).max(10),
});
export type OpenFileRequest = z.infer<typeof OpenFileRequest>;

export const OpenedFile = z.strictObject({ name: z.string(), bytes: Bytes });
export type OpenedFile = z.infer<typeof OpenedFile>;
/** `null` when the user cancelled the dialog. */
export const OpenFileResponse = OpenedFile.nullable();
export type OpenFileResponse = z.infer<typeof OpenFileResponse>;

export const SaveFileRequest = z.strictObject({
  title: z.string().max(120).optional(),
  bytes: Bytes,
  suggestedName: SuggestedFileName,
  filters: z.array(FileFilter).max(10),
});
export type SaveFileRequest = z.infer<typeof SaveFileRequest>;

/** `saved: false` when the user cancelled; `path` is where the file went. */
export const SaveFileResponse = z.strictObject({ saved: z.boolean(), path: z.string().optional() });
export type SaveFileResponse = z.infer<typeof SaveFileResponse>;

export const AppInfoRequest = z.undefined();
export const AppInfoResponse = z.strictObject({
  name: z.string(),
  version: z.string(),
  electron: z.string(),
  chrome: z.string(),
  node: z.string(),
  platform: z.string(),
  userDataPath: z.string(),
});
export type AppInfoResponse = z.infer<typeof AppInfoResponse>;

/**
 * Names of the backup files main keeps in `<userData>/backups`: automatic ones and the copy taken
 * before a restore. Only such names can be read back, so a request can never reach another file.
 * Persisted names (see electron/main/backups/rotateBackups.ts): changing this hides existing files.
 */
export const BACKUP_FILE_NAME_PATTERN = /^sla-workbench(?:-before-restore)?-\d{8}-\d{6}\.json$/;
export const BackupFileName = z.string().regex(BACKUP_FILE_NAME_PATTERN, 'not a backup file name');

export const BACKUP_KINDS = ['automatic', 'before-restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export const BackupWriteRequest = z.strictObject({
  /** The serialized backup (shared/backup serializeBackup). */
  text: z.string().min(1).max(MAX_FILE_BYTES),
  /** `automatic` files are rotated; a `before-restore` copy is kept until the user deletes it. */
  kind: z.enum(BACKUP_KINDS),
});
export type BackupWriteRequest = z.infer<typeof BackupWriteRequest>;
export const BackupWriteResponse = z.strictObject({ name: BackupFileName, path: z.string() });
export type BackupWriteResponse = z.infer<typeof BackupWriteResponse>;

export const BackupFileInfo = z.strictObject({
  name: BackupFileName,
  kind: z.enum(BACKUP_KINDS),
  size: z.number().int().min(0),
  /** ISO date-time the file was written. */
  createdAt: z.string(),
});
export type BackupFileInfo = z.infer<typeof BackupFileInfo>;
/** Newest first. */
export const BackupListResponse = z.array(BackupFileInfo);

export const BackupReadRequest = z.strictObject({ name: BackupFileName });
export type BackupReadRequest = z.infer<typeof BackupReadRequest>;
export const BackupReadResponse = z.strictObject({ name: BackupFileName, text: z.string() });
export type BackupReadResponse = z.infer<typeof BackupReadResponse>;

export const BackupOpenFolderResponse = z.strictObject({ path: z.string() });

/**
 * Prints the sender window (its print stylesheet shows only the document or the redline) to PDF and
 * offers to save it, like saveFile.
 */
export const PrintToPdfRequest = z.strictObject({
  title: z.string().max(120).optional(),
  suggestedName: SuggestedFileName,
});
export type PrintToPdfRequest = z.infer<typeof PrintToPdfRequest>;

/** An open backup stream or sink in main; random, unguessable, valid for one sender window. */
export const BackupHandle = z.string().regex(/^[0-9a-f]{32}$/, 'not a backup handle');

/** Where a backup is read from: a file of the backups folder, or one the user picks. */
export const BackupStreamOpenRequest = z.strictObject({
  source: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('folder'), name: BackupFileName }),
    z.strictObject({
      kind: z.literal('pick'),
      title: z.string().max(120).optional(),
      filters: z.array(FileFilter).max(10),
    }),
  ]),
});
export type BackupStreamOpenRequest = z.infer<typeof BackupStreamOpenRequest>;
/** `null` when the user cancelled the dialog. */
export const BackupStreamOpenResponse = z
  .strictObject({ handle: BackupHandle, name: z.string(), size: z.number().int().min(0) })
  .nullable();
export type BackupStreamOpenResponse = z.infer<typeof BackupStreamOpenResponse>;

export const BackupStreamReadRequest = z.strictObject({
  handle: BackupHandle,
  offset: z.number().int().min(0),
  length: z.number().int().min(1).max(MAX_BACKUP_CHUNK_BYTES),
});
export type BackupStreamReadRequest = z.infer<typeof BackupStreamReadRequest>;
/** Fewer bytes than asked for only at the end of the file; none past it. */
export const BackupStreamReadResponse = z.strictObject({ bytes: Bytes });

export const BackupHandleRequest = z.strictObject({ handle: BackupHandle });

/**
 * Where a backup is written: an automatic one (rotated), the copy before a restore (kept), or a file
 * the user chooses in a save dialog.
 */
export const BackupSinkOpenRequest = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('automatic') }),
  z.strictObject({ kind: z.literal('before-restore') }),
  z.strictObject({
    kind: z.literal('save-as'),
    title: z.string().max(120).optional(),
    suggestedName: SuggestedFileName,
    filters: z.array(FileFilter).max(10),
  }),
]);
export type BackupSinkOpenRequest = z.infer<typeof BackupSinkOpenRequest>;
/** `null` when the user cancelled the save dialog. */
export const BackupSinkOpenResponse = z.strictObject({ handle: BackupHandle }).nullable();

export const BackupSinkWriteRequest = z.strictObject({
  handle: BackupHandle,
  bytes: Bytes.refine(
    (bytes) => bytes.byteLength >= 1 && bytes.byteLength <= MAX_BACKUP_CHUNK_BYTES,
    `a chunk of 1 byte to ${MAX_BACKUP_CHUNK_BYTES / (1024 * 1024)} MB`,
  ),
});
export type BackupSinkWriteRequest = z.infer<typeof BackupSinkWriteRequest>;

/**
 * Ends a sink: main closes the file, reads it back from disk and compares its SHA-256 and size with
 * what the renderer says it sent; only a file that matches is put in place (issue 9: restore only
 * after the copy exists, written and re-read).
 */
export const BackupSinkFinishRequest = z.strictObject({
  handle: BackupHandle,
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 hex digest'),
  bytes: z.number().int().min(1),
});
export type BackupSinkFinishRequest = z.infer<typeof BackupSinkFinishRequest>;
export const BackupSinkFinishResponse = z.strictObject({
  name: z.string(),
  path: z.string(),
  /** The file was read back and matched, byte for byte by its hash. */
  verified: z.literal(true),
});
export type BackupSinkFinishResponse = z.infer<typeof BackupSinkFinishResponse>;
/**
 * A system notification (issue 11: a warning before an SLA limit is crossed). Plain text only; main
 * shows it with Electron's Notification and focuses the window when it is clicked.
 */
export const ShowNotificationRequest = z.strictObject({
  title: z.string().trim().min(1).max(120),
  body: z.string().trim().max(500),
});
export type ShowNotificationRequest = z.infer<typeof ShowNotificationRequest>;
/** `shown: false` where the system offers no notifications. */
export const ShowNotificationResponse = z.strictObject({ shown: z.boolean() });
export type ShowNotificationResponse = z.infer<typeof ShowNotificationResponse>;

export const ipcContract = {
  openFile: { channel: IPC_CHANNELS.openFile, request: OpenFileRequest, response: OpenFileResponse },
  saveFile: { channel: IPC_CHANNELS.saveFile, request: SaveFileRequest, response: SaveFileResponse },
  appInfo: { channel: IPC_CHANNELS.appInfo, request: AppInfoRequest, response: AppInfoResponse },
  backupWrite: {
    channel: IPC_CHANNELS.backupWrite,
    request: BackupWriteRequest,
    response: BackupWriteResponse,
  },
  backupList: { channel: IPC_CHANNELS.backupList, request: z.undefined(), response: BackupListResponse },
  backupRead: { channel: IPC_CHANNELS.backupRead, request: BackupReadRequest, response: BackupReadResponse },
  backupOpenFolder: {
    channel: IPC_CHANNELS.backupOpenFolder,
    request: z.undefined(),
    response: BackupOpenFolderResponse,
  },
  /** The renderer saved something; main counts it towards the next automatic backup. */
  reportActivity: { channel: IPC_CHANNELS.reportActivity, request: z.undefined(), response: z.null() },
  printToPdf: { channel: IPC_CHANNELS.printToPdf, request: PrintToPdfRequest, response: SaveFileResponse },
  backupStreamOpen: {
    channel: IPC_CHANNELS.backupStreamOpen,
    request: BackupStreamOpenRequest,
    response: BackupStreamOpenResponse,
  },
  backupStreamRead: {
    channel: IPC_CHANNELS.backupStreamRead,
    request: BackupStreamReadRequest,
    response: BackupStreamReadResponse,
  },
  backupStreamClose: {
    channel: IPC_CHANNELS.backupStreamClose,
    request: BackupHandleRequest,
    response: z.null(),
  },
  backupSinkOpen: {
    channel: IPC_CHANNELS.backupSinkOpen,
    request: BackupSinkOpenRequest,
    response: BackupSinkOpenResponse,
  },
  backupSinkWrite: {
    channel: IPC_CHANNELS.backupSinkWrite,
    request: BackupSinkWriteRequest,
    response: z.null(),
  },
  backupSinkFinish: {
    channel: IPC_CHANNELS.backupSinkFinish,
    request: BackupSinkFinishRequest,
    response: BackupSinkFinishResponse,
  },
  backupSinkAbort: {
    channel: IPC_CHANNELS.backupSinkAbort,
    request: BackupHandleRequest,
    response: z.null(),
  },
  showNotification: {
    channel: IPC_CHANNELS.showNotification,
    request: ShowNotificationRequest,
    response: ShowNotificationResponse,
  },
} as const satisfies Record<IpcChannelName, { channel: string; request: z.ZodType; response: z.ZodType }>;

export type IpcRequest<K extends IpcChannelName> = z.input<(typeof ipcContract)[K]['request']>;
/** A request after main has parsed it (defaults applied, strings trimmed). */
export type IpcParsedRequest<K extends IpcChannelName> = z.output<(typeof ipcContract)[K]['request']>;
export type IpcResponse<K extends IpcChannelName> = z.output<(typeof ipcContract)[K]['response']>;

export const IPC_ERROR_CODES = [
  /** The call came from a frame that is not our app (e.g. injected content). */
  'forbidden-sender',
  /** The payload did not match the contract. */
  'invalid-request',
  /** The file exceeds {@link MAX_FILE_BYTES}. */
  'file-too-large',
  /** Reading or writing the file failed (permissions, disk full, vanished file …). */
  'io-error',
  /** A backup written was read back and did not match what was sent: it is not kept. */
  'verify-failed',
  'internal',
] as const;
export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];

export const IpcError = z.strictObject({ code: z.enum(IPC_ERROR_CODES), message: z.string() });
export type IpcError = z.infer<typeof IpcError>;

/**
 * Handlers never throw across IPC: Electron flattens thrown errors into an opaque string, so a
 * failure travels as a typed value and the renderer's platform adapter turns it into an exception.
 */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

type ApiFunction<K extends IpcChannelName> =
  IpcRequest<K> extends undefined
    ? () => Promise<IpcResult<IpcResponse<K>>>
    : (request: IpcRequest<K>) => Promise<IpcResult<IpcResponse<K>>>;

/** What the preload exposes as `window.slaWorkbench`: one named function per channel, nothing raw. */
export type SlaWorkbenchApi = { [K in IpcChannelName]: ApiFunction<K> } & {
  /** Subscribes to application-menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Subscribes to main's requests for an automatic backup; returns the unsubscribe function. */
  onBackupRequest(listener: (reason: BackupRequestReason) => void): () => void;
  /** Called once after main reloaded this window because its renderer process died. */
  onRendererRecovered(listener: (reason: RendererGoneReason) => void): () => void;
};

/** Human-readable size limit for error messages ("50 MB"). */
export function formatMaxFileSize(): string {
  return `${Math.round(MAX_FILE_BYTES / (1024 * 1024))} MB`;
}
