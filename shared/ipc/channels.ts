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

export function isBackupRequestReason(value: unknown): value is BackupRequestReason {
  return typeof value === 'string' && (BACKUP_REQUEST_REASONS as readonly string[]).includes(value);
}

/** Files larger than this are refused with a clear error; SLA documents are far smaller. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
