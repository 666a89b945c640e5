import { afterEach, describe, expect, it } from 'vitest';
import type { Round, SlaDocument } from '../../../shared/model';
import { serializeBackup } from '../../../shared/backup';
import { forgeBackup } from '../../../shared/backup/testing/forgeBackup';
import { sampleBackup } from '../../../shared/backup/testing/sampleBackup';
import { hashRoundContent } from '../../../shared/rounds/hashRound';
import { otherTestKey, signWithTestKey } from '../../../shared/rounds/testing/testSigning';
import { restoreBackup } from '../backup/backupDatabase';
import { openSlaDatabase } from '../openSlaDatabase';
import type { SlaDatabase } from '../SlaDatabase';
import { verifyDatabase } from './verifyDatabase';

let db: SlaDatabase | undefined;
afterEach(() => db?.close());

async function sampleDatabase(
  file = serializeBackup(sampleBackup()),
  acceptBrokenChains = false,
): Promise<SlaDatabase> {
  db = await openSlaDatabase(`verify-${crypto.randomUUID()}`);
  await restoreBackup(db, file, { saveCurrent: async () => {}, acceptBrokenChains });
  return db;
}

const dealA = async (database: SlaDatabase) =>
  (await verifyDatabase(database)).deals.find((deal) => deal.dealId === 'deal-a');

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
  expect(await dealA(database)).toMatchObject({
    ok: false,
    brokenAt: 1,
    title: 'Hosting for Muster',
    problem: { code: 'altered', round: 1 },
  });
  expect(result.deals.find((d) => d.dealId === 'deal-b')?.ok).toBe(true);
});

it('reports a removed round as a gap in the chain', async () => {
  const database = await sampleDatabase();
  await database.rounds.delete('round-a1');
  expect(await dealA(database)).toMatchObject({ ok: false, brokenAt: 2, problem: { code: 'missing-round' } });
});

it('reports rounds whose deal is gone', async () => {
  const database = await sampleDatabase();
  await database.deals.delete('deal-a');
  const result = await verifyDatabase(database);
  expect(result.ok).toBe(false);
  expect(result.orphanRounds.map((r) => r.roundId).sort()).toEqual(['round-a1', 'round-a2']);
});

describe('a forged backup, restored past the refusal', () => {
  const forged = (edit: (rounds: Round[]) => void) =>
    forgeBackup(serializeBackup(sampleBackup()), (b) => edit(b.tables.rounds as unknown as Round[]));

  it('fails Verify at the round whose metadata was edited', async () => {
    const database = await sampleDatabase(
      forged((rounds) => (rounds[1]!.author = 'Somebody else')),
      true,
    );
    expect(await dealA(database)).toMatchObject({ ok: false, brokenAt: 2, problem: { code: 'altered' } });
  });

  it('fails Verify at the round whose content was rewritten and rehashed', async () => {
    const database = await sampleDatabase(
      forged((rounds) => {
        rounds[1] = { ...rounds[1]!, note: 'Agreed in full' };
        rounds[1].hash = hashRoundContent(rounds[1], rounds[0]!.hash);
      }),
      true,
    );
    expect(await dealA(database)).toMatchObject({
      ok: false,
      brokenAt: 2,
      problem: { code: 'bad-signature' },
    });
  });

  it('fails Verify at a round that no known installation signed', async () => {
    const database = await sampleDatabase(
      forged((rounds) => {
        const rewritten = { ...rounds[1]!, note: 'Agreed in full' };
        rewritten.hash = hashRoundContent(rewritten, rounds[0]!.hash);
        rounds[1] = signWithTestKey(rewritten, otherTestKey(9).secret);
      }),
      true,
    );
    expect(await dealA(database)).toMatchObject({
      ok: false,
      brokenAt: 2,
      problem: { code: 'unknown-signer' },
    });
  });
});
