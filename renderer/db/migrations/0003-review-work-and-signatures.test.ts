import { afterEach, describe, expect, it } from 'vitest';
import type { Round } from '../../../shared/model';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalize, verifyChain } from '../../../shared/rounds/hashRound';
import { openSlaDatabase } from '../openSlaDatabase';
import { buildRepositories } from '../repositories';
import type { SlaDatabase } from '../SlaDatabase';
import { BACKED_UP_TABLES_0003, stores0003, upgradeTables0003 } from './0003-review-work-and-signatures';
import { upgradeRound0002 } from './0002-document-version-2';
import v1 from './fixtures/v1.json';
import v3 from './fixtures/v3.json';
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
    // (Its document has the version-1 shape, so the hash is computed here as version 1 did.)
    const legacy = {
      ...sample!,
      hash: bytesToHex(sha256(utf8ToBytes(`\n${canonicalize(sample!.document)}`))),
    };
    await writeFixture(name, { ...v1, tables: { ...v1.tables, rounds: [legacy] } });
    db = await openSlaDatabase(name);
    expect(Object.keys(stores0003).every((table) => db!.tables.some((t) => t.name === table))).toBe(true);
    expect(await db.changeReviews.count()).toBe(0);
    expect(await db.signingKeys.count()).toBe(0);
    const rounds = await db.rounds.toArray();
    // Version 2 lifted its document to model 2; the hash still covers the version-1 form.
    expect(rounds).toEqual([upgradeRound0002(legacy)]);
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

describe('a version-3 database (frozen fixture) upgraded to the current version', () => {
  it('keeps review work and signing keys through versions 4 and 5, and gains the later tables', async () => {
    const name = `v3-to-current-${crypto.randomUUID()}`;
    await writeFixture(name, v3);
    db = await openSlaDatabase(name);
    expect(await db.changeReviews.toArray()).toEqual(v3.tables.changeReviews);
    expect(await db.signingKeys.toArray()).toEqual(v3.tables.signingKeys);
    // Version 4 derives each deal's company profile; version 5 adds empty monitoring tables.
    expect((await db.companyProfiles.toArray()).map((profile) => profile.dealId)).toEqual(['deal-1']);
    expect(await db.agreements.count()).toBe(0);
    expect(await db.restoreStaging.count()).toBe(0);
    const repos = buildRepositories(db, { builtInTemplates: [] });
    const review = await repos.changeReviews.forPair({ dealId: 'deal-1', a: 'round-1', b: 'draft' });
    expect(review.get('c3')).toMatchObject({ decision: 'accept', reviewed: true });
  });
});
