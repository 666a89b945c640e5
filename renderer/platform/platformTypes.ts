import type {
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
}
