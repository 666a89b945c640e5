import { afterEach, describe, expect, it } from 'vitest';
import type { Round } from '../../../shared/model';
import { hashRound, verifyChain } from '../../../shared/rounds/hashRound';
import { openSlaDatabase } from '../openSlaDatabase';
import { buildRepositories } from '../repositories';
import type { SlaDatabase } from '../SlaDatabase';
import { BACKED_UP_TABLES_0003, stores0003, upgradeTables0003 } from './0003-review-work-and-signatures';
import v1 from './fixtures/v1.json';
import { writeFixture } from './writeFixture';

let db: SlaDatabase | undefined;
afterEach(() => db?.close());

describe('upgradeTables0003', () => {
  it('adds the new tables empty and leaves every existing record exactly as it was', () => {
    const upgraded = upgradeTables0003(v1.tables);
    for (const [name, records] of Object.entries(v1.tables)) expect(upgraded[name]).toEqual(records);
    for (const name of BACKED_UP_TABLES_0003) expect(upgraded[name]).toEqual([]);
    // The staging table is the database's own, never part of data that travels.
    expect(upgraded).not.toHaveProperty('restoreStaging');
  });

  it('keeps review work a later step already put there', () => {
    const review = { dealId: 'deal-1', changeId: 'c1' };
    expect(upgradeTables0003({ ...v1.tables, changeReviews: [review] }).changeReviews).toEqual([review]);
  });
});

describe('version 3 from a version-1 database', () => {
  it('opens with the new tables, and every round of version 1 keeps verifying untouched', async () => {
    const name = `v1-to-v3-${crypto.randomUUID()}`;
    // A round exactly as version 1 froze it: hashed over its document only, no hash version, unsigned.
    const [sample] = v1.tables.rounds as unknown as Round[];
    const legacy = { ...sample!, hash: hashRound(sample!.document, null) };
    await writeFixture(name, { ...v1, tables: { ...v1.tables, rounds: [legacy] } });
    db = await openSlaDatabase(name);
    expect(Object.keys(stores0003).every((table) => db!.tables.some((t) => t.name === table))).toBe(true);
    expect(await db.changeReviews.count()).toBe(0);
    expect(await db.signingKeys.count()).toBe(0);
    const rounds = await db.rounds.toArray();
    expect(rounds).toEqual([legacy]);
    expect(verifyChain(rounds)).toEqual({ ok: true });

    const repos = buildRepositories(db, { builtInTemplates: [] });
    await repos.changeReviews.apply(
      { dealId: 'deal-1', a: 'round-1', b: 'draft' },
      new Map([['c1', { decision: 'reject' }]]),
      'Jana',
    );
    expect(await db.changeReviews.count()).toBe(1);
  });
});
