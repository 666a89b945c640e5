import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackupImportError, createBackup, serializeBackup } from '../../../shared/backup';
import { forgeBackup } from '../../../shared/backup/testing/forgeBackup';
import { sampleBackup } from '../../../shared/backup/testing/sampleBackup';
import { createRepositories } from '../createRepositories';
import { CURRENT_SCHEMA_VERSION } from '../migrations';
import { openSlaDatabase } from '../openSlaDatabase';
import type { SlaDatabase } from '../SlaDatabase';
import { verifyDatabase } from '../integrity/verifyDatabase';
import {
  backupAsBlob,
  commitStagedBackup,
  exportBackup,
  readBackup,
  restoreBackup,
  stageBackup,
  type SafetyCopy,
} from './backupDatabase';
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

/** A database filled the way the app fills it: built-ins, deals, edited drafts, signed rounds, reviews. */
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
  const second = await repos.deals.createFromTemplate({
    title: 'Second deal',
    customerName: 'Acme',
    templateId: first.id,
  });
  const draft = await repos.drafts.get(deal.id);
  if (!draft) throw new Error('no draft');
  await repos.rounds.append({
    id: 'r1',
    dealId: deal.id,
    side: 'us',
    document: 'draft',
    note: 'Erstes Angebot',
    author: 'Jana',
  });
  const changed = { ...draft.document, title: `${draft.document.title} – v2` };
  await repos.drafts.save(deal.id, changed);
  await repos.rounds.append({
    id: 'r2',
    dealId: deal.id,
    side: 'them',
    document: 'draft',
    note: '',
    author: 'Gegenseite',
    sourceFile: 'antwort.docx',
  });
  await repos.changeReviews.apply(
    { dealId: deal.id, a: 'r1', b: 'r2' },
    new Map([['c1', { decision: 'accept', note: 'Titel passt' }]]),
    'Jana',
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
  // Issue 12 §6: a comment of ours with a reply, resolved (on the deal still open).
  const [clause] = draft.document.clauses;
  const thread = await repos.commentThreads.addComment(
    second.id,
    { clauseId: clause!.id, anchorText: '', text: 'Bitte prüfen.' },
    'Jana Berg',
  );
  await repos.commentThreads.reply(second.id, { kind: 'ours', id: thread.id }, 'Geprüft.');
  await repos.commentThreads.setResolved(second.id, { kind: 'ours', id: thread.id }, true);
  // A comment on selected words whose text was edited, and a reply taken back (kept, marked deleted).
  const onWords = await repos.commentThreads.addComment(second.id, {
    clauseId: clause!.id,
    anchor: { quote: 'Verfügbarkeit', occurrence: 0, prefix: '', suffix: ' der' },
    text: 'Welcher Messpunk?',
  });
  await repos.commentThreads.editEntry(second.id, onWords.id, 'Welcher Messpunkt?');
  const takenBack = await repos.commentThreads.reply(second.id, { kind: 'ours', id: onWords.id }, 'Egal.');
  await repos.commentThreads.deleteEntry(second.id, takenBack.replies[0]!.id);
  // Issue 12 (schema version 7): an own template's unsaved edit is kept, and backed up, too.
  const own = await repos.templates.duplicate(first.id, first.version, 'Team Hosting');
  await repos.templates.saveWorkingCopy({ ...own, description: 'Noch nicht gespeichert' }, 1);
  // A retired own template, which a restore must bring back retired (not offered for new deals).
  const old = await repos.templates.duplicate(first.id, first.version, 'Hosting alt');
  await repos.templates.retire(old.id);
  return db;
}

/** Everything a backup holds, as stored (the signing keys' private halves excluded, like a backup). */
const dump = async (db: SlaDatabase) => (await exportBackup(db, { now: () => new Date(0) })).tables;
const noSave = async () => {};
const textOf = async (db: SlaDatabase) => serializeBackup(await exportBackup(db));

describe('backup and restore of the whole database', () => {
  it('round-trips exactly: backup → wipe → restore gives every table back, reviews and audit log included', async () => {
    const db = await populatedDatabase();
    const before = await dump(db);
    expect(before.audit.length).toBeGreaterThan(3);
    expect(before.rounds).toHaveLength(2);
    expect(before.changeReviews).toHaveLength(1);
    expect(before.signingKeys).toHaveLength(1);
    expect([before.agreements.length, before.incidents.length, before.reviews.length]).toEqual([1, 1, 1]);
    expect(before.commentThreads).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ replies: [expect.objectContaining({ text: 'Geprüft.' })] }),
        expect.objectContaining({
          source: expect.objectContaining({
            anchorText: 'Verfügbarkeit',
            anchorSuffix: ' der',
            text: 'Welcher Messpunkt?',
            earlier: [expect.objectContaining({ text: 'Welcher Messpunk?' })],
          }),
          replies: [expect.objectContaining({ text: 'Egal.', deletedBy: 'Jana Berg' })],
        }),
      ]),
    );
    expect(before.templateWorkingCopies).toMatchObject([{ baseVersion: 1 }]);
    const retired = before.templates.filter((template) => template.status === 'retired');
    expect(retired.map((template) => template.name)).toEqual(['Hosting alt']);
    const text = await textOf(db);
    await Promise.all(
      [
        db.templates,
        db.deals,
        db.drafts,
        db.rounds,
        db.changeReviews,
        db.settings,
        db.audit,
        db.playbooks,
        db.companyProfiles,
        db.suppliers,
        db.approvals,
        db.agreements,
        db.incidents,
        db.reviews,
        db.commentThreads,
        db.templateWorkingCopies,
      ].map((t) => t.clear()),
    );
    expect(await db.deals.count()).toBe(0);
    const summary = await restoreBackup(db, text, { saveCurrent: noSave });
    expect(summary.rounds).toBe(2);
    expect(await dump(db)).toEqual(before);
    expect((await verifyDatabase(db)).ok).toBe(true);
    const restored = await createRepositories(db).templates.get(retired[0]!.id);
    expect(restored).toMatchObject({ status: 'retired', retiredAt: retired[0]!.retiredAt });
    // New audit entries continue after the restored ones instead of colliding with them.
    const seqBefore = Math.max(...before.audit.map((entry) => entry.seq ?? 0));
    await db.audit.add({ at: '2026-11-01T00:00:00.000Z', action: 'deal-updated' });
    expect((await db.audit.orderBy('seq').last())?.seq).toBeGreaterThan(seqBefore);
  });

  it('writes the same bytes streamed as in memory, with one checksum', async () => {
    const db = await populatedDatabase();
    const copy = await backupAsBlob(db, { now: () => new Date(0) });
    const streamed = await copy.blob.text();
    expect(streamed).toBe(serializeBackup(await exportBackup(db, { now: () => new Date(0) })));
    expect(streamed).toContain(`"checksum":"${copy.checksum}"`);
    expect(copy.bytes).toBe(new TextEncoder().encode(streamed).length);
  });

  it('restores into a completely new database (another machine), whose own key stays its own', async () => {
    const source = await populatedDatabase();
    const text = await textOf(source);
    const target = await freshDatabase();
    const targetRepos = createRepositories(target);
    const ownKey = await targetRepos.signingKeys.ownKeyId();
    await restoreBackup(target, text, { saveCurrent: noSave });
    const deals = await targetRepos.deals.list();
    expect(deals.map((d) => d.title).sort()).toEqual(['Hosting für Müller & Söhne', 'Second deal']);
    expect(await targetRepos.settings.get('authorName')).toBe('Jana Berg');
    // The rounds still verify here: the backup brought the public key of the installation that signed them.
    expect((await verifyDatabase(target)).ok).toBe(true);
    const keys = await target.signingKeys.toArray();
    expect(keys.map((key) => key.origin).sort()).toEqual(['backup', 'this-installation']);
    expect(keys.find((key) => key.origin === 'this-installation')?.keyId).toBe(ownKey);
    expect(await targetRepos.signingKeys.ownKeyId()).toBe(ownKey);
  });

  it('saves the current state before replacing it, and that copy restores the old data', async () => {
    const db = await populatedDatabase();
    const before = await dump(db);
    const saved: SafetyCopy[] = [];
    await restoreBackup(db, serializeBackup(sampleBackup()), {
      saveCurrent: async (copy) => void saved.push(copy),
    });
    expect((await db.deals.toArray()).map((d) => d.id).sort()).toEqual(['deal-a', 'deal-b']);
    expect(saved).toHaveLength(1);
    await restoreBackup(db, await saved[0]!.blob.text(), { saveCurrent: noSave });
    // Keys are knowledge, merged rather than replaced: the sample's signer stays known.
    const { signingKeys, ...after } = await dump(db);
    const { signingKeys: keysBefore, ...rest } = before;
    expect(after).toEqual(rest);
    expect(signingKeys).toEqual(expect.arrayContaining(keysBefore));
  });

  it('does not restore when the current state cannot be saved first, and leaves no staging behind', async () => {
    const db = await populatedDatabase();
    const before = await dump(db);
    const failing = async () => {
      throw new Error('disk full');
    };
    await expect(
      restoreBackup(db, serializeBackup(sampleBackup()), { saveCurrent: failing }),
    ).rejects.toMatchObject({ code: 'save-current-failed' });
    expect(await dump(db)).toEqual(before);
    expect(await db.restoreStaging.count()).toBe(0);
  });

  it('leaves the database unchanged when a write fails midway, and says the disk is full', async () => {
    const db = await populatedDatabase();
    const before = await dump(db);
    const staged = await stageBackup(
      db,
      (async function* () {
        yield new TextEncoder().encode(serializeBackup(sampleBackup()));
      })(),
    );
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
    const failure = await commitStagedBackup(db, staged).catch((e: unknown) => e);
    db.unuse({ stack: 'dbcore', name: 'full-disk' });
    expect(failure).toBeInstanceOf(RestoreError);
    expect(failure).toMatchObject({ code: 'write-failed', reason: 'quota' });
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
    const saveCurrent = vi.fn(noSave);
    await expect(restoreBackup(db, serializeBackup(bad), { saveCurrent })).rejects.toMatchObject({
      code: 'inconsistent',
    });
    expect(saveCurrent).not.toHaveBeenCalled();
    expect(await dump(db)).toEqual(before);
    expect(await db.restoreStaging.count()).toBe(0);
  });

  it('holds settings and audit entries to the storage rules, naming the record before writing', async () => {
    const db = await populatedDatabase();
    const before = await dump(db);
    const text = serializeBackup(sampleBackup());
    const withBadSetting = forgeBackup(
      text,
      (b) => (b.tables.settings = [{ key: 'uiLanguage', value: 'fr' }]),
    );
    await expect(readBackup(withBadSetting)).rejects.toThrow(/settings\[0\] \(uiLanguage\) is invalid/);
    const withUnknownAction = forgeBackup(
      text,
      (b) => (b.tables.audit = [{ seq: 1, at: '2026-10-01T08:00:00.000Z', action: 'deal-teleported' }]),
    );
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
    const newer = forgeBackup(
      serializeBackup(sampleBackup()),
      (b) => (b.header.schemaVersion = CURRENT_SCHEMA_VERSION + 1),
    );
    const saveCurrent = vi.fn(noSave);
    const error = await restoreBackup(db, newer, { saveCurrent }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupImportError);
    expect((error as BackupImportError).message).toMatch(/newer version/);
    expect(saveCurrent).not.toHaveBeenCalled();
    expect(await dump(db)).toEqual(before);
  });
});
