import { readFileSync } from 'node:fs';
import { afterEach, expect, it } from 'vitest';
import { verifyDatabase } from '../integrity/verifyDatabase';
import { openSlaDatabase } from '../openSlaDatabase';
import type { SlaDatabase } from '../SlaDatabase';
import { readBackup, restoreBackup } from './backupDatabase';

/**
 * Backup files written by earlier builds, frozen: never edit or regenerate one. Each must stay
 * restorable by every later build; when the schema version rises, BACKUP_UPGRADES must lift them.
 * `backup-v1.json`: format 1 (one JSON document), schema 1. `backup-v3.json`: format 2 (a record per
 * line), schema 3 as the merged numbering defines it (documents of model version 2), rounds of hash
 * version 2 signed by the test key, with review work; lifted through versions 4 and 5 on restore.
 * (Frozen again once, when issue 9 merged after document model 2: no released build wrote the earlier
 * one, whose documents had the version-1 shape.) `backup-v5.json`: format 2, schema 5 (the sample
 * backup with an agreement, an incident and a review, as the last build before comment threads
 * wrote it); lifted to version 6 on restore, its comment threads empty.
 */
const FROZEN_BACKUPS = [
  { name: 'backup-v1.json', deals: ['Hosting'], rounds: 2, reviews: 0 },
  { name: 'backup-v3.json', deals: ['Hosting for Muster', 'Help desk'], rounds: 2, reviews: 1 },
  { name: 'backup-v5.json', deals: ['Hosting for Muster', 'Help desk'], rounds: 2, reviews: 1 },
] as const;

let db: SlaDatabase | undefined;
afterEach(() => db?.close());

it.each(FROZEN_BACKUPS)('restores the frozen backup $name with its rounds verifying', async (frozen) => {
  const text = readFileSync(new URL(`./fixtures/${frozen.name}`, import.meta.url), 'utf8');
  const backup = await readBackup(text);
  expect(backup.tables.deals.map((deal) => deal.title)).toEqual(frozen.deals);
  expect(backup.tables.rounds).toHaveLength(frozen.rounds);
  db = await openSlaDatabase(`frozen-${crypto.randomUUID()}`);
  await restoreBackup(db, text, { saveCurrent: async () => {} });
  const verification = await verifyDatabase(db);
  expect(verification.ok).toBe(true);
  expect(await db.changeReviews.count()).toBe(frozen.reviews);
  expect(await db.commentThreads.count()).toBe(0);
  expect(await db.settings.get('uiLanguage')).toEqual({ key: 'uiLanguage', value: 'de' });
});
