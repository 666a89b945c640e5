import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRepositories, openSlaDatabase, type SlaDatabase } from '../../db';
import { readBackup } from '../../db/backup';
import { SafetyCopyError } from '../../errors/SafetyCopyError';
import type { BackupFileContent, Platform, SavedBackup } from '../../platform/platform';
import { backUpNow, backupIsDue, describeBackup, saveSafetyCopy } from './backupActions';
import { BackupWorker } from './backupWorker';

const open: SlaDatabase[] = [];
const workers: BackupWorker[] = [];
afterEach(() => {
  while (open.length > 0) open.pop()?.close();
  while (workers.length > 0) workers.pop()?.dispose();
});

async function databaseWithDeal() {
  const db = await openSlaDatabase(`backup-actions-${crypto.randomUUID()}`);
  open.push(db);
  const repos = createRepositories(db);
  await repos.templates.ensureBuiltIns();
  const [template] = await repos.templates.list();
  if (!template) throw new Error('no built-in template');
  const deal = await repos.deals.createFromTemplate({
    title: 'Rechenzentrum Süd',
    customerName: 'Kessler Bau GmbH',
    templateId: template.id,
  });
  // The same handler as the worker's, in the page (unit tests have no Worker).
  const worker = new BackupWorker({ openDatabase: async () => db, inPage: true });
  workers.push(worker);
  return { db, repos, deal, worker };
}

function fakePlatform(electron: boolean, answer?: SavedBackup) {
  const saved: { content: BackupFileContent; target: string; name: string }[] = [];
  const saveBackup = vi.fn(
    async (content: BackupFileContent, target: string, options: { suggestedName: string }) => {
      saved.push({ content, target, name: options.suggestedName });
      return (
        answer ??
        (electron
          ? { status: 'verified' as const, name: options.suggestedName, path: `/u/${options.suggestedName}` }
          : { status: 'download-started' as const, name: options.suggestedName })
      );
    },
  );
  const platform = {
    kind: electron ? 'electron' : 'browser',
    saveBackup,
    appInfo: async () => ({ name: 'SLA Workbench', version: '9.9.9' }),
    backups: electron ? {} : null,
  } as unknown as Platform;
  return { platform, saveBackup, saved };
}

describe('backup actions', () => {
  it('"Back up now" saves the whole database under a dated name and remembers when', async () => {
    const { repos, worker } = await databaseWithDeal();
    const { platform, saved } = fakePlatform(false);
    const now = new Date(2026, 10, 3, 14, 30);
    expect(await backUpNow(worker, platform, repos.settings, now)).toEqual({
      status: 'download-started',
      name: 'sla-workbench-backup-2026-11-03-1430.json',
    });
    const data = await readBackup(new Uint8Array(await saved[0]!.content.blob.arrayBuffer()));
    expect(data.tables.deals).toHaveLength(1);
    expect(data.app).toEqual({ name: 'SLA Workbench', version: '9.9.9' });
    expect(data.checksum).toBe(saved[0]!.content.checksum);
    expect(await repos.settings.get('lastBackupAt')).toBe(now.toISOString());
  });

  it('does not record a backup the user cancelled', async () => {
    const { repos, worker } = await databaseWithDeal();
    const { platform } = fakePlatform(false, { status: 'cancelled' });
    expect(await backUpNow(worker, platform, repos.settings)).toEqual({ status: 'cancelled' });
    expect(await repos.settings.get('lastBackupAt')).toBe('');
  });

  it('the copy before a restore counts in Electron only when main verified it', async () => {
    const { worker } = await databaseWithDeal();
    const verified = fakePlatform(true);
    await expect(saveSafetyCopy(worker, verified.platform)).resolves.toMatchObject({ status: 'verified' });
    expect(verified.saved[0]?.target).toBe('before-restore');
    const unverified = fakePlatform(true, { status: 'download-started', name: 'x' });
    await expect(saveSafetyCopy(worker, unverified.platform)).rejects.toBeInstanceOf(SafetyCopyError);
  });

  it('in a browser the copy is only handed over: the caller must ask the user', async () => {
    const { worker } = await databaseWithDeal();
    const { platform, saved } = fakePlatform(false);
    await expect(saveSafetyCopy(worker, platform)).resolves.toMatchObject({ status: 'download-started' });
    expect(saved[0]?.name).toMatch(/^sla-workbench-before-restore-/);
    const cancelled = fakePlatform(false, { status: 'cancelled' });
    await expect(saveSafetyCopy(worker, cancelled.platform)).rejects.toMatchObject({
      code: 'copy-not-confirmed',
    });
  });

  it('describes what a staged backup holds', async () => {
    const { db, worker } = await databaseWithDeal();
    const copy = await worker.export({ name: 'x', version: '1' });
    const overview = await worker.stage({
      name: 'b.json',
      size: copy.bytes,
      blob: copy.blob,
      close: async () => {},
    });
    expect(describeBackup(overview)).toMatchObject({ deals: 1, templates: 0 });
    await worker.discard();
    expect(await db.restoreStaging.count()).toBe(0);
  });

  it('reminds after 7 days without a backup, counting from the oldest deal if there never was one', () => {
    const now = new Date('2026-11-20T12:00:00Z');
    expect(backupIsDue('', undefined, now)).toBe(false);
    expect(backupIsDue('', '2026-11-18T12:00:00Z', now)).toBe(false);
    expect(backupIsDue('', '2026-11-01T12:00:00Z', now)).toBe(true);
    expect(backupIsDue('2026-11-15T12:00:00Z', '2026-01-01T12:00:00Z', now)).toBe(false);
    expect(backupIsDue('2026-11-12T12:00:00Z', '2026-01-01T12:00:00Z', now)).toBe(true);
  });
});
