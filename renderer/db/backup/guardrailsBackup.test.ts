import { readFileSync } from 'node:fs';
import { afterEach, expect, it } from 'vitest';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { BackupImportError, createBackup, serializeBackup } from '../../../shared/backup';
import { canonicalize } from '../../../shared/rounds/hashRound';
import { sampleBackup, sampleBackupTables } from '../../../shared/backup/testing/sampleBackup';
import { createRepositories } from '../createRepositories';
import { CURRENT_SCHEMA_VERSION } from '../migrations';
import { openSlaDatabase } from '../openSlaDatabase';
import type { SlaDatabase } from '../SlaDatabase';
import { exportBackup, readBackup, restoreBackup } from './backupDatabase';

const open: SlaDatabase[] = [];
afterEach(() => {
  while (open.length > 0) open.pop()?.close();
});
async function fresh(): Promise<SlaDatabase> {
  const db = await openSlaDatabase(`guardrails-backup-${crypto.randomUUID()}`);
  open.push(db);
  return db;
}

it('backs up and restores playbooks, company profiles, suppliers and approvals exactly', async () => {
  const db = await fresh();
  const repos = createRepositories(db);
  await repos.templates.ensureBuiltIns();
  const deal = await repos.deals.createFromTemplate({
    title: 'Hosting',
    customerName: 'Kessler GmbH',
    templateId: 'managed-it-business-de',
  });
  await repos.playbooks.setEntry('template', 'managed-it-business-de', {
    termId: 'availability',
    target: 99.5,
    fallback: 99.9,
    walkAway: 99.95,
    owner: 'technology',
    note: 'Rechenzentrum trägt 99,95 %',
  });
  await repos.companyProfiles.update(deal.id, {
    name: 'Nordlicht IT GmbH',
    address: 'Kiel',
    signatory: 'Jan Ohm',
  });
  await repos.suppliers.save(deal.id, [
    { id: 'l1', commitments: [{ id: 's1', name: 'Rechenzentrum Nord', availability: 99.95 }] },
  ]);
  await repos.approvals.record({
    dealId: deal.id,
    round: 1,
    requirement: 'term:availability:technology',
    fingerprint: '99.95',
    role: 'technology',
    name: 'Tom',
    decision: 'approve',
    comment: '',
  });

  const backup = await exportBackup(db);
  expect(backup.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  const text = serializeBackup(backup);
  const target = await fresh();
  await restoreBackup(target, text, { saveCurrent: async () => {} });
  for (const table of ['playbooks', 'companyProfiles', 'suppliers', 'approvals'] as const)
    expect(await target.table(table).toArray(), table).toEqual(await db.table(table).toArray());
});

it('lifts a version-1 backup: each deal’s provider becomes its company profile', async () => {
  const { templates, deals, drafts, settings, audit } = sampleBackupTables();
  drafts[0]!.document.parties.provider = 'Nordlicht IT GmbH';
  // A format-1 file as a version-1 build wrote it: one canonical JSON document, no later tables.
  const v1Tables = { templates, deals, drafts, rounds: [], settings, audit };
  const text = `${canonicalize({
    format: 'sla-workbench-backup',
    formatVersion: 1,
    schemaVersion: 1,
    app: sampleBackup().app,
    createdAt: sampleBackup().createdAt,
    tables: v1Tables,
    checksum: bytesToHex(sha256(utf8ToBytes(canonicalize(v1Tables)))),
  })}\n`;
  const backup = await readBackup(text);
  expect(backup.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  expect(backup.tables.playbooks).toEqual([]);
  expect(backup.tables.approvals).toEqual([]);
  expect(backup.tables.companyProfiles).toEqual([
    {
      dealId: 'deal-a',
      company: { name: 'Nordlicht IT GmbH', address: '', signatory: '' },
      updatedAt: '2026-10-02T09:30:00.000Z',
    },
  ]);
});

it('still restores the frozen version-1 backup file', async () => {
  const text = readFileSync(new URL('./fixtures/backup-v1.json', import.meta.url), 'utf8');
  expect((await readBackup(text)).tables.suppliers).toEqual([]);
});

it('refuses a backup whose approvals belong to a deal it does not hold', async () => {
  const db = await fresh();
  const backup = await exportBackup(db);
  const tables = {
    ...backup.tables,
    approvals: [
      {
        id: 'a1',
        dealId: 'ghost',
        round: 1,
        requirement: 'term:availability:technology',
        fingerprint: '99.95',
        role: 'technology' as const,
        name: 'Tom',
        decision: 'approve' as const,
        comment: '',
        at: '2026-11-01T10:00:00.000Z',
      },
    ],
  };
  const forged = createBackup({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    app: backup.app,
    createdAt: backup.createdAt,
    tables,
  });
  await expect(readBackup(serializeBackup(forged))).rejects.toThrow(BackupImportError);
});
