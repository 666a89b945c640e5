import { afterEach, expect, it } from 'vitest';
import type { SlaDocument } from '../../../shared/model';
import { sampleBackup } from '../../../shared/backup/testing/sampleBackup';
import { restoreBackup } from '../backup/backupDatabase';
import { openSlaDatabase } from '../openSlaDatabase';
import type { SlaDatabase } from '../SlaDatabase';
import { verifyDatabase } from './verifyDatabase';

let db: SlaDatabase | undefined;
afterEach(() => db?.close());

async function sampleDatabase(): Promise<SlaDatabase> {
  db = await openSlaDatabase(`verify-${crypto.randomUUID()}`);
  await restoreBackup(db, sampleBackup(), { saveCurrent: async () => {} });
  return db;
}

it('reports every deal intact when nothing was altered', async () => {
  const result = await verifyDatabase(await sampleDatabase());
  expect(result.ok).toBe(true);
  expect(result.deals.map((d) => [d.title, d.ok])).toEqual([
    ['Hosting for Muster', true],
    ['Help desk', true],
  ]);
});

it('names the deal and the round when one character of a frozen round was changed in storage', async () => {
  const database = await sampleDatabase();
  const round = await database.rounds.get('round-a1');
  if (!round) throw new Error('missing round');
  const document: SlaDocument = structuredClone(round.document);
  document.title = document.title.replace(/.$/, (c) => (c === 'x' ? 'y' : 'x'));
  await database.rounds.put({ ...round, document });

  const result = await verifyDatabase(database);
  expect(result.ok).toBe(false);
  const broken = result.deals.find((d) => d.dealId === 'deal-a');
  expect(broken).toMatchObject({ ok: false, brokenAt: 1, title: 'Hosting for Muster' });
  expect(broken?.reason).toMatch(/round 1 was changed/);
  expect(result.deals.find((d) => d.dealId === 'deal-b')?.ok).toBe(true);
});

it('reports a removed round as a gap in the chain', async () => {
  const database = await sampleDatabase();
  await database.rounds.delete('round-a1');
  const result = await verifyDatabase(database);
  expect(result.deals.find((d) => d.dealId === 'deal-a')).toMatchObject({ ok: false, brokenAt: 2 });
});

it('reports rounds whose deal is gone', async () => {
  const database = await sampleDatabase();
  await database.deals.delete('deal-a');
  const result = await verifyDatabase(database);
  expect(result.ok).toBe(false);
  expect(result.orphanRounds.map((r) => r.roundId).sort()).toEqual(['round-a1', 'round-a2']);
});
