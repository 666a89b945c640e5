import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRepositories } from '../createRepositories';
import { openSlaDatabase } from '../openSlaDatabase';
import type { SlaDatabase } from '../SlaDatabase';
import type { Repositories } from '.';
import type { SampleDealRequest } from './sampleDealRepository';

let db: SlaDatabase;
let repos: Repositories;

beforeEach(async () => {
  db = await openSlaDatabase(`sample-deal-${crypto.randomUUID()}`);
  repos = createRepositories(db);
  await repos.templates.ensureBuiltIns();
});
afterEach(() => db.close());

const request = (overrides: Partial<SampleDealRequest> = {}): SampleDealRequest => ({
  allowed: true,
  language: 'de',
  title: 'Beispiel-Deal zum Ausprobieren',
  customerName: 'Beispielkunde GmbH',
  ...overrides,
});

describe('sample deal', () => {
  it('gives a new database one sample deal from the managed IT Business template, with its draft', async () => {
    expect(await repos.sampleDeal.ensure(request())).toBe('created');
    const deals = await repos.deals.list();
    expect(deals).toHaveLength(1);
    expect(deals[0]).toMatchObject({
      title: 'Beispiel-Deal zum Ausprobieren',
      customer: { name: 'Beispielkunde GmbH' },
      language: 'de',
      tier: 'business',
      status: 'drafting',
      template: { id: 'managed-it-business-de' },
    });
    expect((await repos.drafts.get(deals[0]!.id))?.document.parties.customer).toBe('Beispielkunde GmbH');
    expect(await repos.settings.get('sampleDeal')).toBe('created');
  });

  it('writes it in the UI language of the first start', async () => {
    await repos.sampleDeal.ensure(
      request({ language: 'en', title: 'Sample deal', customerName: 'Sample Ltd' }),
    );
    expect((await repos.deals.list())[0]?.template.id).toBe('managed-it-business-en');
  });

  it('never comes back: not on the next start, and not after the user deleted it', async () => {
    await repos.sampleDeal.ensure(request());
    expect(await repos.sampleDeal.ensure(request())).toBe('decided-before');
    expect(await repos.deals.list()).toHaveLength(1);
    await repos.deals.remove((await repos.deals.list())[0]!.id);
    expect(await repos.sampleDeal.ensure(request())).toBe('decided-before');
    expect(await repos.deals.list()).toEqual([]);
  });

  it('is skipped for good where it is not allowed, e.g. in tests that start from an empty list', async () => {
    expect(await repos.sampleDeal.ensure(request({ allowed: false }))).toBe('skipped');
    expect(await repos.sampleDeal.ensure(request())).toBe('decided-before');
    expect(await repos.deals.list()).toEqual([]);
    expect(await repos.settings.get('sampleDeal')).toBe('skipped');
  });

  it('is not added to a database that already holds work, even if every deal was deleted', async () => {
    const deal = await repos.deals.createFromTemplate({
      title: 'Echter Deal',
      customerName: 'Muster AG',
      templateId: 'hosting-basic-de',
    });
    await repos.deals.remove(deal.id);
    expect(await repos.sampleDeal.ensure(request())).toBe('skipped');
    expect(await repos.deals.list()).toEqual([]);
  });

  it('is created once when two windows start at the same moment', async () => {
    const outcomes = await Promise.all([
      repos.sampleDeal.ensure(request()),
      repos.sampleDeal.ensure(request()),
    ]);
    expect(outcomes.sort()).toEqual(['created', 'decided-before']);
    expect(await repos.deals.list()).toHaveLength(1);
  });
});
