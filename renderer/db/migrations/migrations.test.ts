import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseTooNewError } from '../DatabaseTooNewError';
import { openSlaDatabase, probeNativeVersion } from '../openSlaDatabase';
import { buildRepositories, type InvalidRecord } from '../repositories';
import type { SlaDatabase } from '../SlaDatabase';
import { sampleTemplate } from '../testing/sampleTemplate';
import { stores0001 } from './0001-initial';
import v1 from './fixtures/v1.json';
import v2 from './fixtures/v2.json';
import v3 from './fixtures/v3.json';
import v4 from './fixtures/v4.json';
import v5 from './fixtures/v5.json';
import v6 from './fixtures/v6.json';
import v7 from './fixtures/v7.json';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '.';
import { writeFixture, type DatabaseFixture } from './writeFixture';

/**
 * Every frozen fixture of an earlier schema version. When version N+1 ships, add `fixtures/vN+1.json`
 * here (written once from the N+1 build, never edited) and a test `000N-….test.ts` for the upgrade.
 */
const FIXTURES: readonly DatabaseFixture[] = [v1, v2, v3, v4, v5, v6, v7];

const open: SlaDatabase[] = [];
afterEach(() => {
  while (open.length > 0) open.pop()?.close();
});
const uniqueName = (label: string) => `${label}-${crypto.randomUUID()}`;

async function openApp(name: string): Promise<SlaDatabase> {
  const db = await openSlaDatabase(name);
  open.push(db);
  return db;
}

/** Reads a database with raw IndexedDB, bypassing Dexie, to see exactly what is stored. */
function rawSnapshot(name: string): Promise<{ version: number; stores: Record<string, unknown[]> }> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const idb = request.result;
      const names = [...idb.objectStoreNames];
      const stores: Record<string, unknown[]> = {};
      const tx = idb.transaction(names, 'readonly');
      for (const store of names) {
        const all = tx.objectStore(store).getAll();
        all.onsuccess = () => (stores[store] = all.result);
      }
      tx.oncomplete = () => {
        idb.close();
        resolve({ version: idb.version, stores });
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** A database as a future build might leave it: other stores, other indexes, version 99. */
function createFutureDatabase(name: string, nativeVersion: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, nativeVersion);
    request.onupgradeneeded = () => {
      const idb = request.result;
      const deals = idb.createObjectStore('deals', { keyPath: 'id' });
      deals.createIndex('owner', 'owner');
      deals.put({ id: 'future-deal', owner: 'someone', shape: 'from the future' });
      idb.createObjectStore('holograms', { keyPath: 'id' }).put({ id: 'h1' });
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

describe('schema versions', () => {
  it('start at 1 and only ascend (numbers are reserved per issue, so a build may skip some)', () => {
    const versions = SCHEMA_VERSIONS.map((step) => step.version);
    expect(versions[0]).toBe(1);
    versions.slice(1).forEach((version, index) => expect(version).toBeGreaterThan(versions[index]!));
    expect(CURRENT_SCHEMA_VERSION).toBe(versions.at(-1));
  });

  it('keep version 1 exactly as shipped', () => {
    expect(stores0001).toEqual({
      templates: '[id+version], id',
      deals: 'id, status, updatedAt',
      drafts: 'dealId',
      rounds: 'id, dealId, [dealId+number]',
      settings: 'key',
      audit: '++seq, dealId, at',
    });
  });
});

describe('openSlaDatabase', () => {
  it('creates an empty database at the current version', async () => {
    const name = uniqueName('empty');
    const db = await openApp(name);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      [
        'audit',
        'changeReviews',
        'deals',
        'drafts',
        'restoreStaging',
        'rounds',
        'settings',
        'signingKeys',
        'templates',
        'playbooks',
        'companyProfiles',
        'suppliers',
        'approvals',
        'agreements',
        'incidents',
        'reviews',
        'commentThreads',
        'templateWorkingCopies',
      ].sort(),
    );
    expect(await db.deals.count()).toBe(0);
    db.close();
    expect((await rawSnapshot(name)).version).toBe(CURRENT_SCHEMA_VERSION * 10);
  });

  it('opens the same database again with its data', async () => {
    const name = uniqueName('reopen');
    const first = await openApp(name);
    await buildRepositories(first, { builtInTemplates: [sampleTemplate()] }).templates.ensureBuiltIns();
    first.close();
    const again = await openApp(name);
    expect(await again.templates.count()).toBe(1);
  });

  it.each([
    ['a newer build of this app (Dexie version 99)', 990],
    ['a database with a raw IndexedDB version 99', 99],
  ])('refuses %s and leaves it exactly as it was', async (_case, nativeVersion) => {
    const name = uniqueName('future');
    await createFutureDatabase(name, nativeVersion);
    const before = await rawSnapshot(name);

    const error = await openSlaDatabase(name).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseTooNewError);
    expect((error as Error).message).toMatch(
      /newer version of SLA Workbench.*Please update.*Nothing was changed/,
    );

    const after = await rawSnapshot(name);
    expect(after).toEqual(before);
    expect(after.stores.deals).toEqual([{ id: 'future-deal', owner: 'someone', shape: 'from the future' }]);
    expect((await Dexie.getDatabaseNames()).includes(name)).toBe(true);
  });

  it('refuses a database a newer Dexie schema wrote, with its data intact', async () => {
    const name = uniqueName('future-dexie');
    const future = new Dexie(name);
    future.version(99).stores({ deals: 'id, region', playbooks: 'id' });
    await future.table('deals').put({ id: 'd1', region: 'north' });
    future.close();

    await expect(openSlaDatabase(name)).rejects.toBeInstanceOf(DatabaseTooNewError);

    const reopened = new Dexie(name);
    await reopened.open();
    expect(reopened.verno).toBe(99);
    expect(reopened.tables.map((t) => t.name).sort()).toEqual(['deals', 'playbooks']);
    expect(await reopened.table('deals').toArray()).toEqual([{ id: 'd1', region: 'north' }]);
    reopened.close();
  });

  it('probes without creating a database that does not exist', async () => {
    const name = uniqueName('absent');
    expect(await probeNativeVersion(name)).toBeUndefined();
    expect(await Dexie.getDatabaseNames()).not.toContain(name);
  });
});

describe.each(FIXTURES.map((fixture) => [fixture.version, fixture] as const))(
  'a database written at schema version %i',
  (_version, fixture) => {
    it('opens at the current version with every record readable and valid', async () => {
      const name = uniqueName(`fixture-v${fixture.version}`);
      await writeFixture(name, fixture);
      const db = await openApp(name);
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);

      const problems: InvalidRecord[] = [];
      const repos = buildRepositories(db, {
        builtInTemplates: [],
        onInvalidRecord: (problem) => problems.push(problem),
      });
      const deals = await repos.deals.list();
      expect(deals.map((d) => d.id)).toEqual(['deal-1']);
      expect((await repos.drafts.get('deal-1'))?.revision).toBe(7);
      expect((await repos.rounds.list('deal-1')).map((r) => r.number)).toEqual([1]);
      expect((await repos.templates.versions('own-1')).map((t) => t.version)).toEqual([1, 2]);
      expect(await repos.templates.get('sample-business', 1)).toBeDefined();
      expect(await repos.settings.get('uiLanguage')).toBe('de');
      expect(await repos.audit.list('deal-1')).toHaveLength(1);
      expect(problems).toEqual([]);
    });
  },
);
