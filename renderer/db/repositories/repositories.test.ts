import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setTermValue } from '../../../shared/model/operations';
import type { Round, SlaDocument } from '../../../shared/model';
import { openSlaDatabase } from '../openSlaDatabase';
import { RepositoryError } from '../RepositoryError';
import type { SlaDatabase } from '../SlaDatabase';
import { sampleTemplate } from '../testing/sampleTemplate';
import { writeRaw } from '../testing/writeRaw';
import { ValidationError } from '../ValidationError';
import { buildRepositories, type InvalidRecord, type Repositories } from '.';

let db: SlaDatabase;
let repos: Repositories;
let problems: InvalidRecord[];
let clock: number;
let ids: number;

beforeEach(async () => {
  db = await openSlaDatabase(`repositories-${crypto.randomUUID()}`);
  problems = [];
  clock = Date.parse('2026-03-01T10:00:00.000Z');
  ids = 0;
  repos = buildRepositories(db, {
    builtInTemplates: [sampleTemplate()],
    onInvalidRecord: (problem) => problems.push(problem),
    // Each call a second later, so "newest first" is decided by order, not by chance.
    now: () => new Date((clock += 1000)).toISOString(),
    newId: () => `id-${++ids}`,
  });
  await repos.templates.ensureBuiltIns();
});

afterEach(() => {
  db.close();
});

const newDeal = (title = 'Acme hosting', customerName = 'Acme GmbH') =>
  repos.deals.createFromTemplate({ title, customerName, templateId: 'sample-business' });

function round(dealId: string, number: number, document: SlaDocument, id = `r-${dealId}-${number}`): Round {
  return {
    id,
    dealId,
    number,
    side: 'us',
    document,
    note: '',
    author: 'Test',
    createdAt: '2026-03-02T09:00:00.000Z',
    hash: 'a'.repeat(64),
    prevHash: null,
  };
}

describe('deals', () => {
  it('creates a deal and its draft from a template in one go', async () => {
    await repos.settings.set('providerName', 'Hostwerk AG');
    const deal = await newDeal();
    expect(deal).toMatchObject({
      title: 'Acme hosting',
      status: 'drafting',
      tier: 'business',
      language: 'en',
      currency: 'EUR',
      template: { id: 'sample-business', version: 1, name: 'Sample Business' },
    });
    const draft = await repos.drafts.get(deal.id);
    expect(draft?.revision).toBe(0);
    expect(draft?.document.parties).toEqual({ provider: 'Hostwerk AG', customer: 'Acme GmbH' });
    expect(await repos.audit.list(deal.id)).toMatchObject([{ action: 'deal-created' }]);
  });

  it('refuses a deal without a customer name and writes nothing', async () => {
    await expect(newDeal('Acme', '  ')).rejects.toThrow(ValidationError);
    await expect(newDeal('Acme', '  ')).rejects.toThrow(/customer name is required/);
    expect(await db.deals.count()).toBe(0);
    expect(await db.drafts.count()).toBe(0);
  });

  it('refuses an unknown template', async () => {
    await expect(
      repos.deals.createFromTemplate({ title: 'X', customerName: 'Y', templateId: 'missing' }),
    ).rejects.toMatchObject({ code: 'not-found' });
  });

  it('lists the most recently touched deal first', async () => {
    const first = await newDeal('First');
    const second = await newDeal('Second');
    expect((await repos.deals.list()).map((d) => d.title)).toEqual(['Second', 'First']);
    const draft = await repos.drafts.get(first.id);
    await repos.drafts.save(first.id, draft!.document);
    expect((await repos.deals.list()).map((d) => d.id)).toEqual([first.id, second.id]);
  });

  it('lists deal ids newest first from the index, reads a chosen few and reports changes', async () => {
    const first = await newDeal('First');
    const second = await newDeal('Second');
    expect(await repos.deals.idsNewestFirst()).toEqual([second.id, first.id]);
    expect((await repos.deals.newest(1)).map((deal) => deal.id)).toEqual([second.id]);
    const changed: (readonly string[] | 'all')[] = [];
    const stop = repos.deals.watch((ids) => changed.push(ids));
    await repos.deals.update(first.id, { status: 'negotiating' });
    stop();
    expect(await repos.deals.idsNewestFirst()).toEqual([first.id, second.id]);
    expect(changed).toEqual([[first.id]]);

    await writeRaw(db.name, 'deals', { ...second, id: 'broken', status: 'lost' });
    // Counted without reading a record: the damaged one is there too (a discarded database is empty).
    expect(await repos.deals.count()).toBe(3);
    const read = await repos.deals.getMany([second.id, 'missing', 'broken', first.id]);
    expect(read.map((deal) => deal.title)).toEqual(['Second', 'First']);
    expect(problems).toMatchObject([{ table: 'deals', key: 'broken' }]);
  });

  it('records status changes and moves the draft to a new currency', async () => {
    const deal = await newDeal();
    const updated = await repos.deals.update(deal.id, { status: 'negotiating', currency: 'CHF' });
    expect(updated.status).toBe('negotiating');
    const draft = await repos.drafts.get(deal.id);
    expect(draft?.document.terms.find((t) => t.kind === 'money')).toMatchObject({ currency: 'CHF' });
    expect((await repos.audit.list(deal.id)).map((a) => [a.action, a.detail])).toContainEqual([
      'deal-status-changed',
      'drafting → negotiating',
    ]);
  });

  it('refuses an invalid change and keeps the deal as it was', async () => {
    const deal = await newDeal();
    await expect(repos.deals.update(deal.id, { title: '' })).rejects.toThrow(ValidationError);
    expect(await repos.deals.get(deal.id)).toEqual(deal);
  });

  it('removes a deal with its draft and rounds', async () => {
    const deal = await newDeal();
    const other = await newDeal('Other');
    const draft = await repos.drafts.get(deal.id);
    await repos.rounds.add(round(deal.id, 1, draft!.document));
    await repos.deals.remove(deal.id);
    expect(await repos.deals.get(deal.id)).toBeUndefined();
    expect(await repos.drafts.get(deal.id)).toBeUndefined();
    expect(await repos.rounds.list(deal.id)).toEqual([]);
    expect(await repos.deals.get(other.id)).toBeDefined();
  });

  it('skips and reports a damaged record instead of throwing', async () => {
    const deal = await newDeal();
    await writeRaw(db.name, 'deals', { ...deal, id: 'broken', status: 'lost' });
    expect((await repos.deals.list()).map((d) => d.id)).toEqual([deal.id]);
    expect(problems).toEqual([{ table: 'deals', key: 'broken', message: expect.stringContaining('status') }]);
  });
});

describe('drafts', () => {
  it('saves a valid document as the next revision', async () => {
    const deal = await newDeal();
    const draft = await repos.drafts.get(deal.id);
    const edited = setTermValue(draft!.document, 'availability', 99.95);
    if (!edited.ok) throw new Error(edited.message);
    const saved = await repos.drafts.save(deal.id, edited.document);
    expect(saved.revision).toBe(1);
    expect((await repos.drafts.get(deal.id))?.document.terms[0]?.value).toBe(99.95);
    expect((await repos.deals.get(deal.id))?.updatedAt).toBe(saved.updatedAt);
  });

  it('refuses an invalid document with a readable message and leaves the stored draft alone', async () => {
    const deal = await newDeal();
    const before = await repos.drafts.get(deal.id);
    const invalid = structuredClone(before!.document);
    (invalid.terms[0] as { value: unknown }).value = 140;
    const error = await repos.drafts.save(deal.id, invalid).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toBe(
      'The draft was not saved. Availability: a percentage cannot exceed 100.',
    );
    expect(await repos.drafts.get(deal.id)).toEqual(before);
    expect(await repos.deals.get(deal.id)).toMatchObject({
      updatedAt: (await repos.deals.get(deal.id))!.createdAt,
    });
  });

  it('refuses a document that references a missing term', async () => {
    const deal = await newDeal();
    const draft = await repos.drafts.get(deal.id);
    const dangling = { ...draft!.document, terms: draft!.document.terms.slice(1) };
    await expect(repos.drafts.save(deal.id, dangling)).rejects.toThrow(/unknown term availability/);
  });

  it('refuses to overwrite a draft another window saved meanwhile', async () => {
    const deal = await newDeal();
    const draft = await repos.drafts.get(deal.id);
    await repos.drafts.save(deal.id, draft!.document, { expectedRevision: 0 });
    await expect(repos.drafts.save(deal.id, draft!.document, { expectedRevision: 0 })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect((await repos.drafts.get(deal.id))?.revision).toBe(1);
  });

  it('refuses a draft for a deal that does not exist', async () => {
    const deal = await newDeal();
    const draft = await repos.drafts.get(deal.id);
    await expect(repos.drafts.save('ghost', draft!.document)).rejects.toBeInstanceOf(RepositoryError);
    expect(await db.drafts.count()).toBe(1);
  });

  it('writes with strict durability', async () => {
    const deal = await newDeal();
    const draft = await repos.drafts.get(deal.id);
    // Dexie hands `durability` to IndexedDB through its core; Chrome honours it, other engines ignore it.
    const spy = vi.spyOn(db.core, 'transaction');
    await repos.drafts.save(deal.id, draft!.document);
    const options = spy.mock.calls.map((call) => call[2]);
    expect(options.length).toBeGreaterThan(0);
    expect(options).toEqual(options.map(() => expect.objectContaining({ durability: 'strict' })));
  });
});

describe('rounds', () => {
  it('lists rounds by number and refuses a second round with the same number', async () => {
    const deal = await newDeal();
    const { document } = (await repos.drafts.get(deal.id))!;
    await repos.rounds.add(round(deal.id, 2, document));
    await repos.rounds.add(round(deal.id, 1, document));
    await expect(repos.rounds.add(round(deal.id, 2, document, 'another-id'))).rejects.toThrow(
      'Round 2 of this deal already exists.',
    );
    expect((await repos.rounds.list(deal.id)).map((r) => r.number)).toEqual([1, 2]);
    expect(await repos.rounds.count(deal.id)).toBe(2);
    expect(await repos.rounds.count('another-deal')).toBe(0);
    expect(await repos.audit.list(deal.id)).toContainEqual(
      expect.objectContaining({ action: 'round-added', detail: 'round 2 (us)' }),
    );
  });

  it('reads a round again when it was changed underneath (e.g. a restore), not from what it read before', async () => {
    const deal = await newDeal();
    const { document } = (await repos.drafts.get(deal.id))!;
    const first = await repos.rounds.add(round(deal.id, 1, document));
    expect((await repos.rounds.list(deal.id))[0]?.note).toBe('');
    await writeRaw(db.name, 'rounds', { ...first, note: 'restored from a backup' });
    expect((await repos.rounds.list(deal.id))[0]?.note).toBe('restored from a backup');
    await writeRaw(db.name, 'rounds', { ...first, number: 'one' });
    expect(await repos.rounds.list(deal.id)).toEqual([]);
    expect(problems).toMatchObject([{ table: 'rounds', key: first.id }]);
  });

  it('lists the received rounds with their comments, without reading their documents as valid', async () => {
    const deal = await newDeal();
    const { document } = (await repos.drafts.get(deal.id))!;
    const comment = { id: '0', author: 'Petra Vogt', text: 'Bitte prüfen', clauseId: '', anchorText: '' };
    await repos.rounds.add(round(deal.id, 1, document));
    const theirs = await repos.rounds.add({
      ...round(deal.id, 2, document),
      side: 'them',
      received: { fileName: 'antwort.docx', comments: [comment], unmapped: [], warnings: [] },
    });
    const heads = await repos.rounds.listReceived(deal.id);
    expect(heads).toEqual([
      {
        id: theirs.id,
        dealId: deal.id,
        number: 2,
        side: 'them',
        createdAt: theirs.createdAt,
        received: theirs.received,
      },
    ]);
    // Only what the comments need is validated: a document damaged outside the app (which `list`
    // skips) does not hide the comments that came with it.
    await writeRaw(db.name, 'rounds', { ...theirs, document: { broken: true } });
    expect((await repos.rounds.listReceived(deal.id)).map((head) => head.id)).toEqual([theirs.id]);
    expect((await repos.rounds.list(deal.id)).map((r) => r.number)).toEqual([1]);
    expect(await repos.rounds.listReceived('another-deal')).toEqual([]);
  });

  it('reads the last round alone, and follows a new one', async () => {
    const deal = await newDeal();
    const { document } = (await repos.drafts.get(deal.id))!;
    expect(await repos.rounds.last(deal.id)).toBeUndefined();
    await repos.rounds.add(round(deal.id, 1, document));
    expect((await repos.rounds.last(deal.id))?.number).toBe(1);
    await repos.rounds.add(round(deal.id, 2, document));
    expect((await repos.rounds.last(deal.id))?.number).toBe(2);
  });

  it('offers no way to change a frozen round', () => {
    expect(Object.keys(repos.rounds).sort()).toEqual([
      'add',
      'append',
      'count',
      'get',
      'last',
      'list',
      'listReceived',
    ]);
  });

  it('refuses an invalid round and a round of an unknown deal', async () => {
    const deal = await newDeal();
    const { document } = (await repos.drafts.get(deal.id))!;
    await expect(repos.rounds.add({ ...round(deal.id, 1, document), hash: 'nothex' })).rejects.toThrow(
      ValidationError,
    );
    await expect(repos.rounds.add(round('ghost', 1, document))).rejects.toMatchObject({ code: 'not-found' });
    expect(await db.rounds.count()).toBe(0);
  });
});

describe('templates', () => {
  it('inserts built-ins once, however often it runs', async () => {
    await repos.templates.ensureBuiltIns();
    await repos.templates.ensureBuiltIns();
    expect(await db.templates.count()).toBe(1);
    expect((await repos.templates.list()).map((t) => t.id)).toEqual(['sample-business']);
  });

  it('adds a new built-in version next to the old one, so deals keep theirs', async () => {
    const v2 = sampleTemplate({ version: 2, description: 'second edition' });
    const next = buildRepositories(db, { builtInTemplates: [sampleTemplate(), v2] });
    await next.templates.ensureBuiltIns();
    expect((await next.templates.versions('sample-business')).map((t) => t.version)).toEqual([1, 2]);
    expect((await next.templates.get('sample-business'))?.description).toBe('second edition');
    expect((await next.templates.get('sample-business', 1))?.description).toBe('Business tier used by tests');
  });

  it('loads the built-in content only when a start finds a shipped version missing', async () => {
    const v2 = sampleTemplate({ version: 2, description: 'second edition' });
    const load = vi.fn(() => Promise.resolve([sampleTemplate()]));
    const stored = buildRepositories(db, {
      builtInTemplates: { keys: [{ id: 'sample-business', version: 1 }], load },
    });
    await stored.templates.ensureBuiltIns();
    expect(load).not.toHaveBeenCalled();

    const loadNext = vi.fn(() => Promise.resolve([sampleTemplate(), v2]));
    const next = buildRepositories(db, {
      builtInTemplates: {
        keys: [
          { id: 'sample-business', version: 1 },
          { id: 'sample-business', version: 2 },
        ],
        load: loadNext,
      },
    });
    await next.templates.ensureBuiltIns();
    expect(loadNext).toHaveBeenCalledTimes(1);
    expect((await next.templates.versions('sample-business')).map((t) => t.version)).toEqual([1, 2]);
    await next.templates.ensureBuiltIns();
    expect(loadNext).toHaveBeenCalledTimes(1);
  });

  it('duplicates a template as an own version 1 and keeps every saved version', async () => {
    const copy = await repos.templates.duplicate('sample-business', 1, 'Our business SLA');
    expect(copy).toMatchObject({
      version: 1,
      builtIn: false,
      name: 'Our business SLA',
      basedOn: { id: 'sample-business', version: 1 },
    });
    const v2 = await repos.templates.saveVersion({ ...copy, description: 'tightened' });
    expect(v2.version).toBe(2);
    expect((await repos.templates.get(copy.id, 1))?.description).toBe('Business tier used by tests');
    expect((await repos.templates.get(copy.id))?.description).toBe('tightened');
    expect((await repos.templates.versions(copy.id)).map((t) => t.version)).toEqual([1, 2]);
    expect((await repos.templates.list()).map((t) => [t.name, t.version])).toEqual([
      ['Sample Business', 1],
      ['Our business SLA', 2],
    ]);
  });

  it('refuses to change a built-in template', async () => {
    const builtIn = (await repos.templates.get('sample-business'))!;
    await expect(repos.templates.saveVersion({ ...builtIn, name: 'Hacked' })).rejects.toMatchObject({
      code: 'refused',
    });
    await expect(repos.templates.saveVersion({ ...builtIn, builtIn: false })).rejects.toMatchObject({
      code: 'refused',
    });
    expect(await db.templates.count()).toBe(1);
  });

  it('refuses an invalid template version', async () => {
    const copy = await repos.templates.duplicate('sample-business', 1, 'Copy');
    await expect(repos.templates.saveVersion({ ...copy, name: '' })).rejects.toThrow(ValidationError);
    expect((await repos.templates.versions(copy.id)).length).toBe(1);
  });

  it('sets review dates: a new version for own templates, an override for built-ins', async () => {
    const copy = await repos.templates.duplicate('sample-business', 1, 'Copy');
    const reviewed = await repos.templates.setReviewDate(copy.id, '2027-06-30');
    expect(reviewed).toMatchObject({ version: 2, reviewDate: '2027-06-30' });

    await repos.templates.setReviewDate('sample-business', '2026-12-01');
    expect((await repos.templates.get('sample-business'))?.reviewDate).toBe('2026-12-01');
    expect((await repos.templates.list()).find((t) => t.builtIn)?.reviewDate).toBe('2026-12-01');
    expect((await db.templates.get(['sample-business', 1]))?.reviewDate).toBe('2027-01-31');

    await expect(repos.templates.setReviewDate(copy.id, '31.12.2027')).rejects.toThrow(ValidationError);
  });

  it('skips a built-in template that fails validation and says so', async () => {
    const broken = sampleTemplate({ id: 'broken', name: '' });
    const withBroken = buildRepositories(db, {
      builtInTemplates: [broken],
      onInvalidRecord: (problem) => problems.push(problem),
    });
    await withBroken.templates.ensureBuiltIns();
    expect(await db.templates.get(['broken', 1])).toBeUndefined();
    expect(problems).toMatchObject([{ table: 'templates', key: ['broken', 1] }]);
  });
});

describe('settings', () => {
  it('returns defaults until a value is set', async () => {
    expect(await repos.settings.getAll()).toEqual({
      uiLanguage: 'system',
      providerName: '',
      authorName: '',
      lastBackupAt: '',
      lastAutomaticBackupAt: '',
      automaticBackupFailedAt: '',
      sampleDeal: 'not-yet',
      companyAddress: '',
      companySignatory: '',
      safetyMarginPoints: 0.05,
      safetyMarginMinutes: 30,
      minimumMarginPercent: 20,
    });
    await repos.settings.set('uiLanguage', 'de');
    await repos.settings.set('authorName', 'Jana Berger');
    expect(await repos.settings.get('uiLanguage')).toBe('de');
    expect(await repos.settings.get('authorName')).toBe('Jana Berger');
  });

  it('refuses invalid values and falls back to the default for a damaged stored one', async () => {
    await expect(repos.settings.set('uiLanguage', 'fr' as never)).rejects.toThrow(ValidationError);
    await writeRaw(db.name, 'settings', { key: 'uiLanguage', value: 42 });
    expect(await repos.settings.get('uiLanguage')).toBe('system');
    expect(problems).toMatchObject([{ table: 'settings', key: 'uiLanguage' }]);
  });
});
