import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlaybookEntry } from '../../../shared/playbook/playbook';
import { PlaybookError } from '../../../shared/playbook/PlaybookError';
import { buildRound } from '../../../shared/rounds/hashRound';
import { BUILT_IN_TEMPLATES } from '../../../shared/templates/builtInTemplates';
import { openSlaDatabase } from '../openSlaDatabase';
import { RepositoryError } from '../RepositoryError';
import type { SlaDatabase } from '../SlaDatabase';
import { ValidationError } from '../ValidationError';
import { buildRepositories, type Repositories } from '.';

const TEMPLATE = 'managed-it-business-en';
let db: SlaDatabase;
let repos: Repositories;
let clock: number;
let ids: number;

beforeEach(async () => {
  db = await openSlaDatabase(`guardrails-${crypto.randomUUID()}`);
  clock = Date.parse('2026-11-01T10:00:00.000Z');
  ids = 0;
  repos = buildRepositories(db, {
    builtInTemplates: BUILT_IN_TEMPLATES,
    onInvalidRecord: (problem) => {
      throw new Error(problem.message);
    },
    now: () => new Date((clock += 1000)).toISOString(),
    newId: () => `id-${++ids}`,
  });
  await repos.templates.ensureBuiltIns();
});
afterEach(() => db.close());

const newDeal = () =>
  repos.deals.createFromTemplate({ title: 'Hosting', customerName: 'Kessler GmbH', templateId: TEMPLATE });

const availability = (walkAway: number, overrides: Partial<PlaybookEntry> = {}): PlaybookEntry => ({
  termId: 'availability',
  target: 99.5,
  fallback: 99.9,
  walkAway,
  owner: 'technology',
  note: '',
  ...overrides,
});

async function refusal(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: unknown) => error,
  );
}

describe('playbooks', () => {
  it('keeps a template playbook and lets a deal override single terms', async () => {
    await repos.playbooks.setEntry('template', TEMPLATE, availability(99.95));
    await repos.playbooks.setEntry('template', TEMPLATE, {
      termId: 'credit_cap',
      target: 15,
      fallback: 20,
      walkAway: 30,
      owner: 'finance',
      note: 'never above 30',
    });
    const deal = await newDeal();
    await repos.playbooks.setEntry('deal', deal.id, availability(99.99, { owner: 'management' }));
    const { playbook, template, overrides } = await repos.playbooks.forDeal(deal.id);
    expect(template.map((e) => e.termId)).toEqual(['availability', 'credit_cap']);
    expect(overrides.map((e) => e.termId)).toEqual(['availability']);
    expect(playbook.get('availability')).toMatchObject({ walkAway: 99.99, owner: 'management' });
    expect(playbook.get('credit_cap')).toMatchObject({ walkAway: 30 });
    await repos.playbooks.removeEntry('deal', deal.id, 'availability');
    expect((await repos.playbooks.forDeal(deal.id)).playbook.get('availability')?.walkAway).toBe(99.95);
  });

  it('refuses inconsistent limits with the reason and writes nothing', async () => {
    const error = await refusal(repos.playbooks.setEntry('template', TEMPLATE, availability(99.4)));
    expect(error).toBeInstanceOf(PlaybookError);
    expect((error as PlaybookError).problems).toEqual([
      { code: 'walk-away-better-than-target', termId: 'availability' },
    ]);
    expect(await repos.playbooks.entries('template', TEMPLATE)).toEqual([]);
  });

  it('refuses a term the template does not have, and shapes that do not fit the term', async () => {
    const unknown = await refusal(
      repos.playbooks.setEntry('template', TEMPLATE, { ...availability(99.95), termId: 'coffee_quality' }),
    );
    expect((unknown as PlaybookError).problems).toEqual([{ code: 'unknown-term', termId: 'coffee_quality' }]);
    const wrongShape = await refusal(
      repos.playbooks.setEntry('template', TEMPLATE, { ...availability(99.95), termId: 'p1_response' }),
    );
    expect((wrongShape as PlaybookError).problems[0]).toMatchObject({ code: 'wrong-shape', field: 'target' });
  });

  it('imports all entries of a file or none', async () => {
    await repos.playbooks.setEntry('template', TEMPLATE, availability(99.95));
    const bad = await refusal(
      repos.playbooks.importEntries('template', TEMPLATE, [
        availability(99.99),
        { termId: 'credit_cap', target: 30, fallback: 20, walkAway: 10, owner: 'finance', note: '' },
      ]),
    );
    expect(bad).toBeInstanceOf(PlaybookError);
    expect((await repos.playbooks.entries('template', TEMPLATE))[0]?.walkAway).toBe(99.95);
    await repos.playbooks.importEntries('template', TEMPLATE, [availability(99.99)]);
    expect((await repos.playbooks.entries('template', TEMPLATE))[0]?.walkAway).toBe(99.99);
  });
});

describe('company profiles', () => {
  it('copies the Settings profile into an old deal on its first open, filling an empty provider', async () => {
    const deal = await newDeal();
    expect((await repos.drafts.get(deal.id))?.document.parties.provider).toBe('');
    await repos.companyProfiles.saveSettings({
      name: 'Nordlicht IT GmbH',
      address: 'Hafenstraße 1, 20457 Hamburg',
      signatory: 'Dr. Petra Vogt',
    });
    const profile = await repos.companyProfiles.ensureForDeal(deal.id);
    expect(profile.company).toEqual({
      name: 'Nordlicht IT GmbH',
      address: 'Hafenstraße 1, 20457 Hamburg',
      signatory: 'Dr. Petra Vogt',
    });
    expect((await repos.drafts.get(deal.id))?.document.parties.provider).toBe('Nordlicht IT GmbH');
    // The second open keeps the deal's copy, even when Settings change later.
    await repos.companyProfiles.saveSettings({ name: 'Other AG', address: '', signatory: '' });
    expect((await repos.companyProfiles.ensureForDeal(deal.id)).company.name).toBe('Nordlicht IT GmbH');
  });

  it('keeps the provider a deal already names', async () => {
    await repos.settings.set('providerName', 'Nordlicht IT GmbH');
    const deal = await newDeal();
    await repos.settings.set('providerName', 'Renamed GmbH');
    expect((await repos.companyProfiles.ensureForDeal(deal.id)).company.name).toBe('Nordlicht IT GmbH');
  });

  it('changes the deal copy and the draft’s provider together', async () => {
    const deal = await newDeal();
    const before = (await repos.drafts.get(deal.id))!.revision;
    await repos.companyProfiles.update(deal.id, {
      name: 'Nordlicht Cloud AG',
      address: 'Kiel',
      signatory: 'Jan Ohm',
    });
    const draft = (await repos.drafts.get(deal.id))!;
    expect(draft.document.parties.provider).toBe('Nordlicht Cloud AG');
    expect(draft.revision).toBe(before + 1);
  });
});

describe('suppliers and approvals', () => {
  it('store a supplier chain and append-only approvals', async () => {
    const deal = await newDeal();
    await repos.suppliers.save(deal.id, [
      { id: 'l1', commitments: [{ id: 's1', name: 'Rechenzentrum Nord', availability: 99.95 }] },
    ]);
    expect((await repos.suppliers.get(deal.id)).links[0]?.commitments[0]?.name).toBe('Rechenzentrum Nord');
    await expect(
      repos.suppliers.save(deal.id, [{ id: 'l1', commitments: [{ id: 's1', name: '', availability: 101 }] }]),
    ).rejects.toBeInstanceOf(ValidationError);
    const input = {
      dealId: deal.id,
      round: 1,
      requirement: 'term:availability:technology',
      fingerprint: '99.95',
      role: 'technology' as const,
      name: 'Tom Tech',
      decision: 'approve' as const,
      comment: 'DC confirmed',
    };
    await repos.approvals.record(input);
    await repos.approvals.record({ ...input, decision: 'object', comment: 'changed my mind' });
    expect((await repos.approvals.list(deal.id)).map((a) => a.decision)).toEqual(['approve', 'object']);
  });
});

describe('closed is closed', () => {
  it('keeps a walked-away deal read-only until it is reopened', async () => {
    const deal = await newDeal();
    const draft = (await repos.drafts.get(deal.id))!;
    await repos.deals.update(deal.id, {
      status: 'walked-away',
      walkAwayReason: '99.99 % is beyond what we can back',
    });
    const writes: (() => Promise<unknown>)[] = [
      () => repos.drafts.save(deal.id, draft.document),
      () =>
        repos.rounds.add(
          buildRound({
            id: 'r1',
            dealId: deal.id,
            number: 1,
            side: 'us',
            document: draft.document,
            note: '',
            author: 'A',
            createdAt: '2026-11-01T10:00:00.000Z',
            prevHash: null,
          }),
        ),
      () => repos.suppliers.save(deal.id, []),
      () => repos.playbooks.setEntry('deal', deal.id, availability(99.95)),
      () => repos.companyProfiles.update(deal.id, { name: 'X', address: '', signatory: '' }),
      () => repos.deals.update(deal.id, { title: 'Renamed' }),
    ];
    for (const write of writes) {
      const error = await refusal(write());
      expect(error).toBeInstanceOf(RepositoryError);
      expect((error as RepositoryError).code).toBe('refused');
    }
    expect((await repos.deals.get(deal.id))?.walkAwayReason).toBe('99.99 % is beyond what we can back');
    await repos.deals.update(deal.id, { status: 'negotiating' });
    await expect(repos.drafts.save(deal.id, draft.document)).resolves.toMatchObject({ dealId: deal.id });
  });

  it('removes a deal with all its guardrail records', async () => {
    const deal = await newDeal();
    await repos.playbooks.setEntry('deal', deal.id, availability(99.95));
    await repos.companyProfiles.ensureForDeal(deal.id);
    await repos.suppliers.save(deal.id, []);
    await repos.deals.remove(deal.id);
    expect(await db.playbooks.count()).toBe(0);
    expect(await db.companyProfiles.count()).toBe(0);
    expect(await db.suppliers.count()).toBe(0);
  });
});
