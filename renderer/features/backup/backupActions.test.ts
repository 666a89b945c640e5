import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRepositories, openSlaDatabase, type SlaDatabase } from '../../db';
import type { Platform } from '../../platform/platform';
import {
  backupIsDue,
  createBackupText,
  describeBackup,
  readBackupFile,
  restoreFromBackup,
  saveBackupNow,
} from './backupActions';

const open: SlaDatabase[] = [];
afterEach(() => {
  while (open.length > 0) open.pop()?.close();
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
  return { db, repos, deal };
}

function fakePlatform(withFiles: boolean) {
  const saveFile = vi.fn(async () => ({ saved: true }));
  const write = vi.fn(async () => ({
    name: 'sla-workbench-before-restore-20261103-143000.json',
    path: '/x',
  }));
  const platform = {
    kind: withFiles ? 'electron' : 'browser',
    saveFile,
    appInfo: async () => ({ name: 'SLA Workbench', version: '9.9.9' }),
    backups: withFiles ? { write } : null,
  } as unknown as Platform;
  return { platform, saveFile, write };
}

describe('backup actions', () => {
  it('"Back up now" saves the whole database under a dated name and remembers when', async () => {
    const { db, repos } = await databaseWithDeal();
    const { platform, saveFile } = fakePlatform(false);
    const now = new Date(2026, 10, 3, 14, 30);
    expect(await saveBackupNow(db, platform, repos.settings, now)).toBe(true);
    const [[request]] = saveFile.mock.calls as unknown as [[{ bytes: Uint8Array; suggestedName: string }]];
    expect(request.suggestedName).toBe('sla-workbench-backup-2026-11-03-1430.json');
    const data = readBackupFile(request.bytes);
    expect(describeBackup(data)).toMatchObject({ deals: 1, templates: 0 });
    expect(data.app).toEqual({ name: 'SLA Workbench', version: '9.9.9' });
    expect(await repos.settings.get('lastBackupAt')).toBe(now.toISOString());
  });

  it('does not record a backup the user cancelled', async () => {
    const { db, repos } = await databaseWithDeal();
    const { platform, saveFile } = fakePlatform(false);
    saveFile.mockResolvedValueOnce({ saved: false });
    expect(await saveBackupNow(db, platform, repos.settings)).toBe(false);
    expect(await repos.settings.get('lastBackupAt')).toBe('');
  });

  it('restoring in Electron keeps the current state as a before-restore file first', async () => {
    const { db, repos } = await databaseWithDeal();
    const { platform, write, saveFile } = fakePlatform(true);
    const backup = readBackupFile(await createBackupText(db, platform));
    await repos.deals.remove((await repos.deals.list())[0]!.id);
    await restoreFromBackup(db, platform, backup);
    expect(write).toHaveBeenCalledWith(expect.stringContaining('"deals":[]'), 'before-restore');
    expect(saveFile).not.toHaveBeenCalled();
    expect((await repos.deals.list()).map((deal) => deal.title)).toEqual(['Rechenzentrum Süd']);
  });

  it('restoring in a browser downloads the current state first, and restores nothing if that fails', async () => {
    const { db, repos } = await databaseWithDeal();
    const { platform, saveFile } = fakePlatform(false);
    const backup = readBackupFile(await createBackupText(db, platform));
    await repos.deals.remove((await repos.deals.list())[0]!.id);
    saveFile.mockRejectedValueOnce(new Error('download blocked'));
    await expect(restoreFromBackup(db, platform, backup)).rejects.toThrow(/Nothing was changed/);
    expect(await repos.deals.list()).toEqual([]);
    await restoreFromBackup(db, platform, backup);
    expect(saveFile).toHaveBeenLastCalledWith(
      expect.objectContaining({ suggestedName: expect.stringMatching(/^sla-workbench-before-restore-/) }),
    );
    expect(await repos.deals.list()).toHaveLength(1);
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
