import type {
  BackupFileInfo,
  BackupKind,
  BackupRequestReason,
  BackupWriteResponse,
  FileFilter,
  MenuCommand,
  OpenedFile,
  RendererGoneReason,
  SaveFileResponse,
  SlaWorkbenchApi,
} from '../../shared/ipc/contract';

declare global {
  interface Window {
    /** Present only inside the Electron window, put there by electron/preload. */
    slaWorkbench?: SlaWorkbenchApi;
  }
}

export interface OpenFileOptions {
  title?: string;
  filters: FileFilter[];
}

export interface SaveFileOptions {
  title?: string;
  bytes: Uint8Array;
  /** A bare file name such as `Acme SLA round 3.docx`. */
  suggestedName: string;
  filters: FileFilter[];
}

/**
 * What `saveFile` knows. `saved` is true only when the file is known to be on disk (Electron wrote it
 * through main). A browser hands the bytes over as a download and cannot know whether, or where, it
 * was saved: `saved` is false there and `downloadStarted` true, so no caller claims a success it
 * cannot know (issue 9).
 */
export interface SaveFileOutcome extends SaveFileResponse {
  downloadStarted?: boolean;
}

/** A backup file to read, of any size: never loaded whole on the UI thread. */
export interface BackupSource {
  name: string;
  size: number;
  /** Browser: the picked file itself, which a worker reads in slices. */
  blob?: Blob;
  /** Electron: a chunk of the file, read through main. */
  read?(offset: number, length: number): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** A backup file made in memory-friendly parts, with the checksum its writer computed. */
export interface BackupFileContent {
  blob: Blob;
  /** The backup's checksum (its last line names it). */
  checksum: string;
  bytes: number;
}

/** Where a backup goes: rotated automatic file, the kept copy before a restore, or a file the user picks. */
export type BackupTarget = 'automatic' | 'before-restore' | 'save-as';

export type SavedBackup =
  /** Electron: written, read back by main and found intact. */
  | { status: 'verified'; name: string; path: string }
  /** Browser: handed over as a download; whether it reached the disk only the user knows. */
  | { status: 'download-started'; name: string }
  | { status: 'cancelled' };

export interface AppInfo {
  kind: Platform['kind'];
  name: string;
  version: string;
  /** Runtime versions; `null` where the mode has no such runtime (browser mode has no Electron). */
  electron: string | null;
  chrome: string | null;
  node: string | null;
  platform: string;
  /** Where Electron keeps the database; `null` in browser mode (the browser profile holds it). */
  userDataPath: string | null;
}

/**
 * The backup files main keeps in `<userData>/backups` (Electron only). Browser mode has no such
 * folder: there the user downloads backups instead.
 */
export interface BackupFiles {
  /** Writes a serialized backup; `automatic` files are rotated, a `before-restore` copy is kept. */
  write(text: string, kind: BackupKind): Promise<BackupWriteResponse>;
  /** Newest first. */
  list(): Promise<BackupFileInfo[]>;
  read(name: string): Promise<string>;
  /** Opens one backup of the folder for reading in chunks (any size). */
  openStream(name: string): Promise<BackupSource>;
  /** Shows the folder in the system's file manager; resolves to its path. */
  openFolder(): Promise<string>;
  /** Tells main that something was saved, so it schedules the next automatic backup. */
  reportActivity(): Promise<void>;
  /** Main asks for an automatic backup (every 30 minutes of activity, and before closing). */
  onRequest(listener: (reason: BackupRequestReason) => void): () => void;
}

/**
 * Everything the renderer needs from its host, the same in the Electron window and in a plain
 * browser tab (DESIGN §3). Screens call this, never `window.slaWorkbench` directly.
 */
export interface Platform {
  kind: 'electron' | 'browser';
  /** Lets the user pick one file; `null` when they cancel. Throws {@link PlatformError}. */
  openFile(options: OpenFileOptions): Promise<OpenedFile | null>;
  /**
   * Saves bytes where the user chooses; `saved: false` when they cancel, or in a browser, which can
   * only start a download (`downloadStarted`). Throws {@link PlatformError}.
   */
  saveFile(options: SaveFileOptions): Promise<SaveFileOutcome>;
  /** Lets the user pick a backup file to restore (any size); `null` when they cancel. */
  openBackup(options: { filters: FileFilter[] }): Promise<BackupSource | null>;
  /**
   * Writes a backup file: in Electron in chunks through main, which reads the file back and checks it
   * before it counts; in a browser as a download.
   */
  saveBackup(
    content: BackupFileContent,
    target: BackupTarget,
    options: { suggestedName: string; filters: FileFilter[] },
  ): Promise<SavedBackup>;
  appInfo(): Promise<AppInfo>;
  /**
   * Electron: main reloaded this window because its renderer process died, and says why (once, after
   * the reload). A browser reloads a crashed tab itself and says nothing.
   */
  onRendererRecovered(listener: (reason: RendererGoneReason) => void): () => void;
  /** Application-menu commands (Electron only; browser mode binds shortcuts in the renderer). */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Backup files written by main; `null` in browser mode. */
  backups: BackupFiles | null;
  /**
   * The window as PDF through its print stylesheet: Electron renders it and asks where to save;
   * a browser opens its print dialog ("Save as PDF") and cannot tell whether the user saved.
   */
  printToPdf(options: PrintToPdfOptions): Promise<SaveFileResponse>;
  /**
   * A system notification (SLA warnings). Electron shows it through main; a browser only when the
   * user already allowed notifications for this page (it never asks). Resolves to whether it showed.
   */
  notify(options: NotifyOptions): Promise<boolean>;
}

export interface NotifyOptions {
  title: string;
  body: string;
}

export interface PrintToPdfOptions {
  title?: string;
  /** A bare file name such as `Acme-SLA-round-3.pdf`. */
  suggestedName: string;
}
