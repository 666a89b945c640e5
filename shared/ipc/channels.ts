/**
 * IPC channel names and menu command names, kept free of zod so the sandboxed preload (one small
 * CommonJS file that cannot `require` packages) can import them. The schemas live in `contract.ts`.
 * Channel names are part of the main ↔ preload protocol: rename both sides together.
 */
export const IPC_CHANNELS = {
  openFile: 'sla-workbench:open-file',
  saveFile: 'sla-workbench:save-file',
  appInfo: 'sla-workbench:app-info',
  backupWrite: 'sla-workbench:backup-write',
  backupList: 'sla-workbench:backup-list',
  backupRead: 'sla-workbench:backup-read',
  backupOpenFolder: 'sla-workbench:backup-open-folder',
  reportActivity: 'sla-workbench:report-activity',
  printToPdf: 'sla-workbench:print-to-pdf',
  // Backups of any size, in chunks (issue 9): a reading stream and a writing sink, one handle each.
  backupStreamOpen: 'sla-workbench:backup-stream-open',
  backupStreamRead: 'sla-workbench:backup-stream-read',
  backupStreamClose: 'sla-workbench:backup-stream-close',
  backupSinkOpen: 'sla-workbench:backup-sink-open',
  backupSinkWrite: 'sla-workbench:backup-sink-write',
  backupSinkFinish: 'sla-workbench:backup-sink-finish',
  backupSinkAbort: 'sla-workbench:backup-sink-abort',
  showNotification: 'sla-workbench:show-notification',
} as const;

export type IpcChannelName = keyof typeof IPC_CHANNELS;

/** Main → renderer: the user picked an application-menu item (or pressed its accelerator). */
export const MENU_COMMAND_CHANNEL = 'sla-workbench:menu-command';

export const MENU_COMMANDS = ['new-deal', 'open-import', 'export', 'settings', 'about'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/**
 * Main → renderer: "produce an automatic backup now" (after 30 minutes of activity, and before the
 * window closes). The renderer answers by calling `backupWrite` with kind `automatic`.
 */
export const BACKUP_REQUEST_CHANNEL = 'sla-workbench:backup-request';

export const BACKUP_REQUEST_REASONS = ['interval', 'quit'] as const;
export type BackupRequestReason = (typeof BACKUP_REQUEST_REASONS)[number];

/**
 * Main → renderer, after main reloaded a window whose renderer process died (issue 9: a crashed
 * renderer is reloaded and the user told what happened). The payload is the reason Electron gave.
 */
export const RENDERER_RECOVERED_CHANNEL = 'sla-workbench:renderer-recovered';

export const RENDERER_GONE_REASONS = [
  'abnormal-exit',
  'killed',
  'crashed',
  'oom',
  'launch-failed',
  'integrity-failure',
  'memory-eviction',
] as const;
export type RendererGoneReason = (typeof RENDERER_GONE_REASONS)[number];

export function isRendererGoneReason(value: unknown): value is RendererGoneReason {
  return typeof value === 'string' && (RENDERER_GONE_REASONS as readonly string[]).includes(value);
}

export function isBackupRequestReason(value: unknown): value is BackupRequestReason {
  return typeof value === 'string' && (BACKUP_REQUEST_REASONS as readonly string[]).includes(value);
}

/** Files larger than this are refused with a clear error; SLA documents are far smaller. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * A backup travels between renderer and main in chunks of at most this size: the limit is per chunk,
 * not per file, so a database of any size can be backed up and restored.
 */
export const MAX_BACKUP_CHUNK_BYTES = 16 * 1024 * 1024;
