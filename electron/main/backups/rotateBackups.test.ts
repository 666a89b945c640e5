import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  backupFileName,
  planRotation,
  resolveInsideFolder,
  saveRotatingBackup,
  writeBackupFile,
  type BackupFs,
} from './rotateBackups';

/** Local time, so the tests hold in every time zone. */
const at = (day: number, hour: number, minute = 0, month = 10) => new Date(2026, month, day, hour, minute, 0);

describe('planRotation', () => {
  it('keeps the newest ten and deletes older ones from the same day', () => {
    const now = at(3, 18);
    const files = Array.from({ length: 14 }, (_, i) => backupFileName(at(3, 8, i * 30)));
    const deleted = planRotation(files, now);
    expect(deleted).toEqual(files.slice(0, 4).reverse());
  });

  it('keeps one backup per day for the last seven days, and nothing older beyond the newest ten', () => {
    const now = at(20, 12);
    const files: string[] = [];
    // Days 1 … 20 of November, three backups each.
    for (let day = 1; day <= 20; day++)
      for (const hour of [9, 13, 17]) files.push(backupFileName(at(day, hour)));
    const kept = files.filter((name) => !planRotation(files, now).includes(name));
    const newestTen = files.slice(-10);
    const dailyNewest = [14, 15, 16, 17, 18, 19, 20].map((day) => backupFileName(at(day, 17)));
    expect(kept.sort()).toEqual([...new Set([...newestTen, ...dailyNewest])].sort());
    expect(kept).not.toContain(backupFileName(at(13, 17)));
  });

  it('counts days across a month boundary', () => {
    const now = at(2, 10, 0, 11);
    const files = [at(26, 9), at(27, 9), at(27, 15)].map((d) => backupFileName(d));
    expect(planRotation(files, now, { keepNewest: 0, keepDailyFor: 7 })).toEqual([backupFileName(at(27, 9))]);
  });

  it('never deletes files that are not automatic backups', () => {
    const files = [
      'notes.txt',
      'sla-workbench-before-restore-20261101-100000.json',
      'sla-workbench-2026.json',
    ];
    expect(planRotation(files, at(20, 12), { keepNewest: 0, keepDailyFor: 0 })).toEqual([]);
  });
});

/** An in-memory folder with the same semantics as node:fs for the calls used. */
function memoryFs(options: { failRename?: boolean } = {}) {
  const files = new Map<string, string>();
  const fs: BackupFs = {
    mkdir: async () => undefined,
    writeFile: async (path, data) => void files.set(path, data),
    rename: async (from, to) => {
      if (options.failRename) throw new Error('EACCES');
      const data = files.get(from);
      if (data === undefined) throw new Error('ENOENT');
      files.delete(from);
      files.set(to, data);
    },
    readdir: async (dir) =>
      [...files.keys()].filter((p) => p.startsWith(`${dir}/`)).map((p) => p.slice(dir.length + 1)),
    unlink: async (path) => void files.delete(path),
  };
  return { fs, files };
}

describe('writing backup files', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('writes the complete text under the timestamped name and leaves no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sla-backups-'));
    dirs.push(dir);
    const path = await writeBackupFile(join(dir, 'backups'), '{"backup":true}\n', at(3, 14, 30));
    expect(path).toBe(join(dir, 'backups', 'sla-workbench-20261103-143000.json'));
    expect(readFileSync(path, 'utf8')).toBe('{"backup":true}\n');
    expect(readdirSync(join(dir, 'backups'))).toEqual(['sla-workbench-20261103-143000.json']);
  });

  it('refuses any name that would leave the backups folder', () => {
    for (const name of ['../evil.json', '/etc/passwd', 'sub/../../x.json', '', '.', 'a/b.json'])
      expect(() => resolveInsideFolder('/data/backups', name), name).toThrow(
        /not a plain name inside its folder/,
      );
    expect(resolveInsideFolder('/data/backups', 'sla-workbench-20261103-143000.json')).toBe(
      resolve('/data/backups/sla-workbench-20261103-143000.json'),
    );
  });

  it('cleans up the temporary file when the rename fails', async () => {
    const { fs, files } = memoryFs({ failRename: true });
    await expect(writeBackupFile('/data/backups', 'x', at(3, 9), fs)).rejects.toThrow('EACCES');
    expect(files.size).toBe(0);
  });

  it('keeps the copy taken before a restore out of the rotation', async () => {
    const { fs, files } = memoryFs();
    await writeBackupFile('/data/backups', 'old state', at(1, 9), fs, 'before-restore');
    for (let i = 0; i < 12; i++) await saveRotatingBackup('/data/backups', `b${i}`, at(3, 8, i), fs);
    const names = [...files.keys()].map((p) => p.replace('/data/backups/', ''));
    expect(names).toContain('sla-workbench-before-restore-20261101-090000.json');
    expect(names.filter((n) => n.startsWith('sla-workbench-2026'))).toHaveLength(10);
  });

  it('rotates after each automatic backup and reports what it deleted', async () => {
    const { fs, files } = memoryFs();
    const dir = resolve('/data/backups');
    for (let day = 1; day <= 12; day++) await saveRotatingBackup(dir, `day ${day}`, at(day, 12), fs);
    const result = await saveRotatingBackup(dir, 'latest', at(20, 12), fs);
    expect(result.written).toBe(join(dir, 'sla-workbench-20261120-120000.json'));
    expect(result.deleted).toEqual(['sla-workbench-20261103-120000.json']);
    expect(files.size).toBe(10);
  });
});
