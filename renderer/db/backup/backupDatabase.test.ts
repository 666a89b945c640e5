import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackupImportError, createBackup, serializeBackup, type BackupData } from '../../../shared/backup';
import { sampleBackup } from '../../../shared/backup/testing/sampleBackup';
import { buildRound } from '../../../shared/rounds/hashRound';
import { createRepositories } from '../createRepositories';
import { CURRENT_SCHEMA_VERSION } from '../migrations';
import { openSlaDatabase } from '../openSlaDatabase';
import type { SlaDatabase } from '../SlaDatabase';
import { exportBackup, readBackup, restoreBackup } from './backupDatabase';
import { RestoreError } from './RestoreError';

const open: SlaDatabase[] = [];
afterEach(() => {
  while (open.length > 0) open.pop()?.close();
});

async function freshDatabase(): Promise<SlaDatabase> {
  const db = await openSlaDatabase(`backup-${crypto.randomUUID()}`);
  open.push(db);
  return db;
}

/** A database filled the way the app fills it: built-ins, deals, edited drafts, rounds, settings, audit. */
async function populatedDatabase(): Promise<SlaDatabase> {
  const db = await freshDatabase();
  let tick = 0;
  const repos = createRepositories(db, {
    now: () => new Date(Date.UTC(2026, 9, 1, 8, 0, tick++)).toISOString(),
    onInvalidRecord: (problem) => {
      throw new Error(problem.message);
    },
  });
  await repos.templates.ensureBuiltIns();
  const [first] = await repos.templates.list();
  if (!first) throw new Error('no built-in templates');
  const deal = await repos.deals.createFromTemplate({
    title: 'Hosting für Müller & Söhne',
    customerName: 'Müller & Söhne KG',
    templateId: first.id,
  });
  await repos.deals.createFromTemplate({ title: 'Second deal', customerName: 'Acme', templateId: first.id });
  const draft = await repos.drafts.get(deal.id);
  if (!draft) throw new Error('no draft');
  const round1 = buildRound({
    id: 'r1',
    dealId: deal.id,
    number: 1,
    side: 'us',
    document: draft.document,
    note: 'Erstes Angebot',
    author: 'Jana',
    createdAt: '2026-10-02T10:00:00.000Z',
    prevHash: null,
  });
  await repos.rounds.add(round1);
  const changed = { ...draft.document, title: `${draft.document.title} – v2` };
  await repos.drafts.save(deal.id, changed);
  await repos.rounds.add(
    buildRound({
      id: 'r2',
      dealId: deal.id,
      number: 2,
      side: 'them',
      document: changed,
      note: '',
      author: 'Gegenseite',
      createdAt: '2026-10-04T10:00:00.000Z',
      prevHash: round1.hash,
      sourceFile: 'antwort.docx',
    }),
  );
  await repos.settings.set('authorName', 'Jana Berg');
  await repos.settings.set('uiLanguage', 'de');
  // Monitoring (schema version 5): a signing, an incident and a review go into every backup too.
  const agreement = await repos.agreements.sign({
    dealId: deal.id,
    roundId: 'r2',
    signedOn: '2026-10-05',
    signatories: [{ name: 'Eva Roth', role: 'CEO', side: 'them' }],
    termStart: '2026-10-01',
    termEnd: null,
    reviewIntervalMonths: 12,
    nextReviewOn: '2027-10-01',
    timeZone: 'Europe/Berlin',
  });
  await repos.incidents.add(deal.id, {
    kind: 'outage',
    start: '2026-10-06T07:14:00.000Z',
    end: '2026-10-06T08:02:00.000Z',
    priority: 1,
    priorityLabel: 'P1',
    respondedAt: null,
    resolvedAt: null,
    title: 'Ausfall',
    note: '',
    reference: 'INC-1',
  });
  await repos.reviews.completeAgreementReview(agreement.id, {
    completedOn: '2026-10-07',
    completedBy: 'Jana Berg',
    note: '',
    nextReviewOn: '2027-10-07',
  });
  return db;
}

const dump = async (db: SlaDatabase) => (await exportBackup(db, { now: () => new Date(0) })).tables;
const noSave = async () => {};

describe('backup and restore of the whole database', () => {
  it('round-trips exactly: backup → wipe → restore gives every table back, audit log included', async () => {
    const db = await populatedDatabase();
    const before = await dump(db);
    expect(before.audit.length).toBeGreaterThan(3);
    expect(before.rounds).toHaveLength(2);
    expect([before.agreements.length, before.incidents.length, before.reviews.length]).toEqual([1, 1, 1]);

    const text = serializeBackup(
      await exportBackup(db, { app: { name: 'SLA Workbench', version: '0.1.0' } }),
    );
    await Promise.all(db.tables.map((table) => table.clear()));
    expect(await db.deals.count()).toBe(0);

    const summary = await restoreBackup(db, readBackup(text), { saveCurrent: noSave });
    expect(summary.rounds).toBe(2);
    expect(await dump(db)).toEqual(before);
    // New audit entries continue after the restored ones instead of colliding with them.
    const seqBefore = Math.max(...before.audit.map((entry) => entry.seq));
    await db.audit.add({ at: '2026-11-01T00:00:00.000Z', action: 'deal-updated' });
    expect((await db.audit.orderBy('seq').last())?.seq).toBeGreaterThan(seqBefore);
  });

  it('restores into a completely new database (another machine)', async () => {
    const text = serializeBackup(await exportBackup(await populatedDatabase()));
    const target = await freshDatabase();
    await restoreBackup(target, readBackup(text), { saveCurrent: noSave });
    const repos = createRepositories(target);
    const deals = await repos.deals.list();
    expect(deals.map((d) => d.title).sort()).toEqual(['Hosting für Müller & Söhne', 'Second deal']);
    expect(await repos.settings.get('authorName')).toBe('Jana Berg');
  });

  it('saves the current state before replacing it, and that copy restores the old data', async () => {
    const db = await populatedDatabase();
    const before = await dump(db);
    const saved: string[] = [];
    await restoreBackup(db, sampleBackup(), { saveCurrent: async (text) => void saved.push(text) });
    expect((await db.deals.toArray()).map((d) => d.id).sort()).toEqual(['deal-a', 'deal-b']);

    expect(saved).toHaveLength(1);
    await restoreBackup(db, readBackup(saved[0] ?? ''), { saveCurrent: noSave });
    expect(await dump(db)).toEqual(before);
  });

  it('does not restore when the current state cannot be saved first', async () => {
    const db = await populatedDatabase();
    const before = await dump(db);
    const failing = async () => {
      throw new Error('disk full');
    };
    await expect(restoreBackup(db, sampleBackup(), { saveCurrent: failing })).rejects.toMatchObject({
      code: 'save-current-failed',
    });
    expect(await dump(db)).toEqual(before);
  });

  it('leaves the database unchanged when a write fails midway', async () => {
    const db = await populatedDatabase();
    const before = await dump(db);
    // The storage refuses the audit rows, which are written last: after every other table was
    // cleared and refilled inside the same transaction. Middleware takes effect when the db opens.
    db.close();
    db.use({
      stack: 'dbcore',
      name: 'full-disk',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          if (name !== 'audit') return table;
          return {
            ...table,
            mutate: (request) =>
              request.type === 'add'
                ? Promise.reject(new Dexie.QuotaExceededError('The disk is full'))
                : table.mutate(request),
          };
        },
      }),
    });
    await db.open();
    const failure = await restoreBackup(db, sampleBackup(), { saveCurrent: noSave }).catch((e: unknown) => e);
    db.unuse({ stack: 'dbcore', name: 'full-disk' });
    expect(failure).toBeInstanceOf(RestoreError);
    expect((failure as RestoreError).message).toMatch(/Nothing was changed/);
    expect(await dump(db)).toEqual(before);
  });

  it('refuses a backup with a record the database would reject, before writing anything', async () => {
    const db = await populatedDatabase();
    const before = await dump(db);
    const tables = sampleBackup().tables;
    const bad = createBackup({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      app: { name: 'x', version: '1' },
      createdAt: '2026-10-07T12:00:00.000Z',
      tables: { ...tables, audit: [...tables.audit, { ...tables.audit[0]! }] },
    });
    await expect(restoreBackup(db, bad, { saveCurrent: noSave })).rejects.toMatchObject({
      code: 'inconsistent',
    });
    expect(await dump(db)).toEqual(before);
  });

  it('holds settings and audit entries to the storage rules, naming the record before writing', async () => {
    const db = await populatedDatabase();
    const before = await dump(db);
    const tables = sampleBackup().tables;
    const withBadSetting = createBackup({
      ...sampleBackup(),
      tables: { ...tables, settings: [{ key: 'uiLanguage', value: 'fr' }] },
    });
    expect(() => readBackup(serializeBackup(withBadSetting))).toThrow(
      /settings\[0\] \(key "uiLanguage"\) is invalid/,
    );
    const withUnknownAction = createBackup({
      ...sampleBackup(),
      tables: { ...tables, audit: [{ seq: 1, at: '2026-10-01T08:00:00.000Z', action: 'deal-teleported' }] },
    });
    const saveCurrent = vi.fn(noSave);
    await expect(restoreBackup(db, withUnknownAction, { saveCurrent })).rejects.toThrow(
      /audit\[0\].*field action/,
    );
    expect(saveCurrent).not.toHaveBeenCalled();
    expect(await dump(db)).toEqual(before);
  });

  it('refuses a backup written by a newer version and changes nothing', async () => {
    const db = await populatedDatabase();
    const before = await dump(db);
    const newer: BackupData = { ...sampleBackup(), schemaVersion: CURRENT_SCHEMA_VERSION + 1 };
    const saveCurrent = vi.fn(noSave);
    const error = await restoreBackup(db, newer, { saveCurrent }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupImportError);
    expect((error as BackupImportError).message).toMatch(/newer version/);
    expect(() => readBackup(serializeBackup(newer))).toThrow(/newer version/);
    expect(saveCurrent).not.toHaveBeenCalled();
    expect(await dump(db)).toEqual(before);
  });
});
