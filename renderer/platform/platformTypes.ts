import type {
  BackupFileInfo,
  BackupKind,
  BackupRequestReason,
  BackupWriteResponse,
  FileFilter,
  MenuCommand,
  OpenedFile,
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
  /** Saves bytes where the user chooses; `saved: false` when they cancel. Throws {@link PlatformError}. */
  saveFile(options: SaveFileOptions): Promise<SaveFileResponse>;
  appInfo(): Promise<AppInfo>;
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
