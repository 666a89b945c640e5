import { readFileSync } from 'node:fs';
import { afterEach, expect, it } from 'vitest';
import { verifyDatabase } from '../integrity/verifyDatabase';
import { openSlaDatabase } from '../openSlaDatabase';
import type { SlaDatabase } from '../SlaDatabase';
import { readBackup, restoreBackup } from './backupDatabase';

/**
 * Backup files written by earlier builds, frozen: never edit or regenerate one. Each must stay
 * restorable by every later build; when the schema version rises, BACKUP_UPGRADES must lift them.
 */
const FROZEN_BACKUPS = ['backup-v1.json'] as const;

let db: SlaDatabase | undefined;
afterEach(() => db?.close());

it.each(FROZEN_BACKUPS)('restores the frozen backup %s with its round chain intact', async (name) => {
  const text = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
  const backup = readBackup(text);
  expect(backup.tables.deals.map((deal) => deal.title)).toEqual(['Hosting']);
  expect(backup.tables.rounds).toHaveLength(2);

  db = await openSlaDatabase(`frozen-${crypto.randomUUID()}`);
  await restoreBackup(db, backup, { saveCurrent: async () => {} });
  const verification = await verifyDatabase(db);
  expect(verification.ok).toBe(true);
  expect(await db.settings.get('uiLanguage')).toEqual({ key: 'uiLanguage', value: 'de' });
});
