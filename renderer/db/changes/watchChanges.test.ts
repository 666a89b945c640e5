import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSlaDatabase } from '../openSlaDatabase';
import { buildRepositories, type Repositories } from '../repositories';
import type { SlaDatabase } from '../SlaDatabase';
import { sampleTemplate } from '../testing/sampleTemplate';
import { watchChanges, type TableChange } from './watchChanges';

let db: SlaDatabase;
let repos: Repositories;
let seen: TableChange[][];
let stop: () => void;

beforeEach(async () => {
  db = await openSlaDatabase(`changes-${crypto.randomUUID()}`);
  repos = buildRepositories(db, { builtInTemplates: [sampleTemplate()] });
  await repos.templates.ensureBuiltIns();
  seen = [];
  stop = watchChanges(db.name, ['deals', 'drafts', 'rounds'], (changes) => seen.push(changes));
});

afterEach(() => {
  stop();
  db.close();
});

const newDeal = () =>
  repos.deals.createFromTemplate({ title: 'Acme', customerName: 'Acme GmbH', templateId: 'sample-business' });

describe('watchChanges', () => {
  it('names the keys each committed transaction wrote, per watched table', async () => {
    const deal = await newDeal();
    expect(seen).toEqual([
      [
        { table: 'deals', keys: [deal.id] },
        { table: 'drafts', keys: [deal.id] },
      ],
    ]);
    await repos.deals.update(deal.id, { status: 'negotiating' });
    expect(seen.at(-1)).toEqual([{ table: 'deals', keys: [deal.id] }]);
  });

  it('reports a cleared table as all of it, and nothing after it stopped', async () => {
    await newDeal();
    seen = [];
    await db.transaction('rw', db.deals, () => db.deals.clear());
    expect(seen).toEqual([[{ table: 'deals', keys: 'all' }]]);
    stop();
    await newDeal();
    expect(seen).toHaveLength(1);
  });

  it('ignores other databases and tables it was not asked about', async () => {
    const other = await openSlaDatabase(`changes-other-${crypto.randomUUID()}`);
    await other.settings.put({ key: 'providerName', value: 'X' });
    await db.settings.put({ key: 'providerName', value: 'Y' });
    other.close();
    expect(seen).toEqual([]);
  });
});
