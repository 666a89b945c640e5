import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SlaDocument } from '../../../shared/model';
import { hashRound } from '../../../shared/rounds/hashRound';
import { buildRepositories, openSlaDatabase, type Repositories, type SlaDatabase } from '../../db';
import { openSearchSource, type SearchSource } from '../../db/search/searchSource';
import { sampleTemplate } from '../../db/testing/sampleTemplate';
import { SearchIndexer } from './SearchIndexer';
import type { SearchResponse } from './searchProtocol';

let db: SlaDatabase;
let repos: Repositories;
let source: SearchSource;
let indexer: SearchIndexer;
let responses: SearchResponse[];

beforeEach(async () => {
  db = await openSlaDatabase(`search-${crypto.randomUUID()}`);
  repos = buildRepositories(db, { builtInTemplates: [sampleTemplate()] });
  await repos.templates.ensureBuiltIns();
  responses = [];
});

afterEach(() => {
  indexer?.stop();
  source?.close();
  db.close();
});

async function startIndexer() {
  source = await openSearchSource(db.name);
  indexer = new SearchIndexer(source, (response) => responses.push(response));
  indexer.start();
  await expect.poll(() => responses.some((r) => r.type === 'progress' && r.progress.ready)).toBe(true);
}

let queries = 0;
async function search(text: string) {
  const id = ++queries;
  indexer.handle({ type: 'query', id, text, limit: 10 });
  await expect.poll(() => responses.some((r) => r.type === 'results' && r.id === id)).toBe(true);
  const found = responses.find((r) => r.type === 'results' && r.id === id);
  return found?.type === 'results' ? found.results : null;
}

const owners = async (text: string) => (await search(text))?.owners.map((o) => `${o.kind}:${o.id}`);

function withSentence(doc: SlaDocument, sentence: string): SlaDocument {
  const [first, ...rest] = doc.clauses;
  return {
    ...doc,
    clauses: [
      {
        ...first!,
        body: [...first!.body, { type: 'paragraph', content: [{ type: 'text', text: sentence }] }],
      },
      ...rest,
    ],
  };
}

describe('SearchIndexer', () => {
  it('indexes the database it finds, then follows drafts, rounds and removed deals', async () => {
    const deal = await repos.deals.createFromTemplate({
      title: 'Müller – SLA',
      customerName: 'Müller Logistik GmbH',
      templateId: 'sample-business',
    });
    await startIndexer();
    expect(await owners('mueller')).toEqual([`deal:${deal.id}`]);
    expect(await owners('hosting ')).toEqual(
      expect.arrayContaining([`deal:${deal.id}`, 'template:sample-business']),
    );

    // A saved draft is searchable at once, without a restart.
    const draft = (await repos.drafts.get(deal.id))!;
    await repos.drafts.save(deal.id, withSentence(draft.document, 'Weekends are included.'));
    await expect.poll(() => owners('weekend ')).toEqual([`deal:${deal.id}`]);
    const hit = (await search('weekends'))!.hits[0]!;
    expect(hit.source).toEqual({ kind: 'draft' });

    // A frozen round too, with its number.
    const document = withSentence(draft.document, 'Glacier storage is excluded.');
    await repos.rounds.add({
      id: 'round-1',
      dealId: deal.id,
      number: 1,
      side: 'them',
      document,
      note: '',
      author: '',
      createdAt: '2026-03-02T09:00:00.000Z',
      hash: hashRound(document, null),
      prevHash: null,
    });
    await expect
      .poll(async () => (await search('glacier'))?.hits[0]?.source)
      .toEqual({ kind: 'round', number: 1 });

    await repos.deals.remove(deal.id);
    await expect.poll(() => owners('glacier')).toEqual([]);
    expect(await owners('mueller')).toEqual([]);
    expect(await owners('hosting ')).toEqual(['template:sample-business']);
  });

  it('still finds a retired own template, and no longer a deleted one', async () => {
    const own = await repos.templates.duplicate('sample-business', 1, 'Zephyr hosting');
    await repos.templates.saveVersion({ ...own, description: 'second version' });
    await startIndexer();
    expect(await owners('zephyr')).toEqual([`template:${own.id}`]);
    await repos.templates.retire(own.id);
    // The index follows the change; the template is still found (its screen says it is retired).
    await expect.poll(async () => (await source.template(own.id))?.status).toBe('retired');
    expect(await owners('zephyr')).toEqual([`template:${own.id}`]);
    await repos.templates.remove(own.id);
    await expect.poll(() => owners('zephyr')).toEqual([]);
    expect(await owners('hosting ')).toEqual(['template:sample-business']);
  });

  it('rebuilds when a table is replaced wholesale (a restore)', async () => {
    await repos.deals.createFromTemplate({
      title: 'Acme',
      customerName: 'Acme Ltd',
      templateId: 'sample-business',
    });
    await startIndexer();
    expect(await owners('acme')).toHaveLength(1);
    await db.transaction('rw', [db.deals, db.drafts], async () => {
      await db.deals.clear();
      await db.drafts.clear();
    });
    await expect.poll(() => owners('acme')).toEqual([]);
  });
});
