import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSlaDatabase } from '../openSlaDatabase';
import type { SlaDatabase } from '../SlaDatabase';
import { sampleTemplate } from '../testing/sampleTemplate';
import { buildRepositories, type Repositories } from '.';

let db: SlaDatabase;
let repos: Repositories;
let dealId: string;
const pair = () => ({ dealId, a: 'r1', b: 'draft' as const });

beforeEach(async () => {
  db = await openSlaDatabase(`reviews-${crypto.randomUUID()}`);
  repos = buildRepositories(db, {
    builtInTemplates: [sampleTemplate()],
    now: () => '2026-11-03T10:00:00.000Z',
  });
  await repos.templates.ensureBuiltIns();
  dealId = (
    await repos.deals.createFromTemplate({ title: 'A', customerName: 'B', templateId: 'sample-business' })
  ).id;
});
afterEach(() => db.close());

describe('change reviews', () => {
  it('stores a decision as reviewed, with who and when, per deal and pair', async () => {
    await repos.changeReviews.apply(pair(), new Map([['c1', { decision: 'accept' }]]), 'Anna');
    expect([...(await repos.changeReviews.forPair(pair())).values()]).toEqual([
      {
        dealId,
        a: 'r1',
        b: 'draft',
        changeId: 'c1',
        decision: 'accept',
        reviewed: true,
        by: 'Anna',
        at: '2026-11-03T10:00:00.000Z',
      },
    ]);
    // Another pair of the same deal knows nothing of it.
    expect((await repos.changeReviews.forPair({ dealId, a: 'r1', b: 'r2' })).size).toBe(0);
  });

  it('keeps the note and the tick when the decision is cleared, and forgets a change left with nothing', async () => {
    await repos.changeReviews.apply(
      pair(),
      new Map([['c1', { decision: 'reject', note: 'too weak' }]]),
      'Anna',
    );
    await repos.changeReviews.apply(pair(), new Map([['c1', { decision: null }]]), 'Anna');
    expect((await repos.changeReviews.forPair(pair())).get('c1')).toMatchObject({
      reviewed: true,
      note: 'too weak',
    });
    expect((await repos.changeReviews.forPair(pair())).get('c1')?.decision).toBeUndefined();
    await repos.changeReviews.apply(pair(), new Map([['c1', { reviewed: false, note: '' }]]), 'Anna');
    expect(await db.changeReviews.count()).toBe(0);
  });

  it('undoes an action exactly with the snapshot it returned', async () => {
    await repos.changeReviews.apply(pair(), new Map([['c1', { note: 'keep' }]]), 'Anna');
    const before = await repos.changeReviews.forPair(pair());
    const snapshot = await repos.changeReviews.apply(
      pair(),
      new Map([
        ['c1', { decision: 'accept' }],
        ['c2', { decision: 'accept' }],
      ]),
      'Ben',
    );
    expect((await repos.changeReviews.forPair(pair())).size).toBe(2);
    await repos.changeReviews.restore(pair(), snapshot);
    expect(await repos.changeReviews.forPair(pair())).toEqual(before);
  });

  it('refuses review work for a deal that does not exist, and goes with a deleted deal', async () => {
    await expect(
      repos.changeReviews.apply(
        { dealId: 'ghost', a: 'r1', b: 'draft' },
        new Map([['c1', { reviewed: true }]]),
        'A',
      ),
    ).rejects.toMatchObject({ code: 'not-found' });
    await repos.changeReviews.apply(pair(), new Map([['c1', { reviewed: true }]]), 'Anna');
    await repos.deals.remove(dealId);
    expect(await db.changeReviews.count()).toBe(0);
  });
});
