import { afterEach, describe, expect, it } from 'vitest';
import { openSlaDatabase } from '../openSlaDatabase';
import { buildRepositories } from '../repositories';
import type { SlaDatabase } from '../SlaDatabase';
import { stores0006, upgradeBackupTables0006 } from './0006-comment-threads';
import v5 from './fixtures/v5.json';
import v6 from './fixtures/v6.json';
import { writeFixture } from './writeFixture';

let db: SlaDatabase | undefined;
afterEach(() => db?.close());

const strict = (name: string) => {
  if (!db) throw new Error('not open');
  return buildRepositories(db, {
    builtInTemplates: [],
    onInvalidRecord: (problem) => {
      throw new Error(`${name}: ${problem.message}`);
    },
  });
};

describe('schema version 6: comment threads', () => {
  it('keeps its table as shipped', () => {
    expect(stores0006).toEqual({ commentThreads: 'id, dealId' });
  });

  it('adds the empty table to an older backup and keeps what it had', () => {
    const upgraded = upgradeBackupTables0006({ deals: [{ id: 'd' }], reviews: [{ id: 'r' }] } as never);
    expect(upgraded).toMatchObject({ deals: [{ id: 'd' }], reviews: [{ id: 'r' }], commentThreads: [] });
    expect(upgradeBackupTables0006({ commentThreads: [{ id: 't' }] } as never).commentThreads).toEqual([
      { id: 't' },
    ]);
  });

  it('opens a version 5 database with its monitoring untouched and no threads, then stores one', async () => {
    const name = `v5-to-v6-${crypto.randomUUID()}`;
    await writeFixture(name, v5);
    db = await openSlaDatabase(name);
    const repos = strict('v5');
    expect((await repos.agreements.list()).map((a) => a.id)).toEqual(['agreement-1']);
    expect((await repos.incidents.list('deal-1')).map((i) => i.id)).toEqual(['incident-1']);
    expect((await repos.reviews.list()).map((r) => r.id)).toEqual(['review-1']);
    expect(await repos.commentThreads.list('deal-1')).toEqual([]);
    const added = await repos.commentThreads.addComment(
      'deal-1',
      {
        clauseId: 'liability',
        anchorText: '',
        text: 'Cap per year or per incident?',
      },
      'Fixture',
    );
    expect(added.source).toMatchObject({ kind: 'ours', author: 'Fixture', clauseId: 'liability' });
    expect(await repos.commentThreads.list('deal-1')).toEqual([added]);
  });

  it('reads the frozen version-6 thread back in its shape', async () => {
    const name = `v6-${crypto.randomUUID()}`;
    await writeFixture(name, v6);
    db = await openSlaDatabase(name);
    const [thread] = await strict('v6').commentThreads.list('deal-1');
    expect(thread).toEqual(v6.tables.commentThreads[0]);
  });
});
