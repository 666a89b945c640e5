import type { RawBackupTables } from '../../../shared/backup';

/**
 * Version 6 (issue 12 §6): our replies to the counterparty's Word comments, resolve and reopen, and
 * comments of our own, one record per thread (shared/comments/commentThread.ts). Shipped steps are
 * never edited. No existing record changes shape: the received comments stay in their frozen rounds.
 */
export const stores0006 = {
  commentThreads: 'id, dealId',
} as const;

/** The table version 6 adds, empty, in a backup of version 5 (the pure step of the backup upgrade). */
export function upgradeBackupTables0006(tables: RawBackupTables): RawBackupTables {
  return { ...tables, commentThreads: tables.commentThreads ?? [] };
}
