import { afterEach, describe, expect, it } from 'vitest';
import { openSlaDatabase } from '../openSlaDatabase';
import { buildRepositories } from '../repositories';
import type { SlaDatabase } from '../SlaDatabase';
import { stores0005, upgradeBackupTables0005 } from './0005-monitoring';
import v1 from './fixtures/v1.json';
import { writeFixture } from './writeFixture';

let db: SlaDatabase | undefined;
afterEach(() => db?.close());

describe('schema version 5: agreements, incidents, reviews', () => {
  it('keeps its tables as shipped', () => {
    expect(stores0005).toEqual({
      agreements: 'id, dealId, nextReviewOn',
      incidents: 'id, dealId, [dealId+start], importId',
      reviews: 'id, subject.agreementId, subject.templateId, completedOn',
    });
  });

  it('adds the empty tables to an older backup and keeps what it had', () => {
    const upgraded = upgradeBackupTables0005({
      templates: [],
      deals: [{ id: 'd' }],
      drafts: [],
      rounds: [],
      settings: [],
      audit: [],
    } as never);
    expect(upgraded).toMatchObject({ deals: [{ id: 'd' }], agreements: [], incidents: [], reviews: [] });
    const kept = upgradeBackupTables0005({ agreements: [{ id: 'a' }] } as never);
    expect(kept.agreements).toEqual([{ id: 'a' }]);
  });

  it('opens a version 1 database with its deals untouched and monitoring empty', async () => {
    const name = `v1-to-v5-${crypto.randomUUID()}`;
    await writeFixture(name, v1);
    db = await openSlaDatabase(name);
    const repos = buildRepositories(db, { builtInTemplates: [] });
    expect((await repos.deals.list()).map((deal) => deal.id)).toEqual(['deal-1']);
    expect(await repos.agreements.list()).toEqual([]);
    expect(await repos.incidents.list('deal-1')).toEqual([]);
    expect(await repos.reviews.list()).toEqual([]);
    // The new tables work at once.
    const incident = await repos.incidents.add('deal-1', {
      kind: 'outage',
      start: '2026-10-05T08:00:00.000Z',
      end: '2026-10-05T08:30:00.000Z',
      priority: 1,
      priorityLabel: 'P1',
      respondedAt: null,
      resolvedAt: null,
      title: 'Ausfall',
      note: '',
      reference: '',
    });
    expect(await repos.incidents.list('deal-1')).toEqual([incident]);
  });
});
