import { afterEach, describe, expect, it } from 'vitest';
import { openSlaDatabase } from '../openSlaDatabase';
import { buildRepositories } from '../repositories';
import type { SlaDatabase } from '../SlaDatabase';
import { companyProfilesFromDeals0004, stores0004 } from './0004-guardrails';
import v1 from './fixtures/v1.json';
import v4 from './fixtures/v4.json';
import { writeFixture } from './writeFixture';

const deal = (id: string, updatedAt = '2026-02-03T08:00:00.000Z') => ({ id, updatedAt });
const draft = (dealId: string, provider: unknown) => ({
  dealId,
  document: { parties: { provider, customer: 'X' } },
});

describe('companyProfilesFromDeals0004', () => {
  it('keeps the provider a deal already names, dated by the deal', () => {
    expect(companyProfilesFromDeals0004([deal('d1')], [draft('d1', 'Nordlicht IT GmbH')])).toEqual([
      {
        dealId: 'd1',
        company: { name: 'Nordlicht IT GmbH', address: '', signatory: '' },
        updatedAt: '2026-02-03T08:00:00.000Z',
      },
    ]);
  });

  it('invents nothing for a deal without a provider; Settings fill it on the first open', () => {
    expect(
      companyProfilesFromDeals0004([deal('d1'), deal('d2')], [draft('d1', ''), draft('d2', '  ')]),
    ).toEqual([]);
  });

  it('skips drafts without a deal and damaged records instead of failing the upgrade', () => {
    expect(
      companyProfilesFromDeals0004(
        [deal('d1'), null, deal('d3', 'not a date')],
        [draft('d2', 'Orphan AG'), null, { dealId: 'd1' }, draft('d1', 42), draft('d3', 'Bad date AG')],
      ),
    ).toEqual([]);
  });

  it('is pure: the same records give the same profiles', () => {
    const input = [[deal('d1')], [draft('d1', 'A')]] as const;
    expect(companyProfilesFromDeals0004(...input)).toEqual(companyProfilesFromDeals0004(...input));
  });
});

const open: SlaDatabase[] = [];
afterEach(() => {
  while (open.length > 0) open.pop()?.close();
});

describe('upgrading a version-1 database to version 4', () => {
  it('adds the guardrail tables and copies the provider of each deal into its company profile', async () => {
    const name = `v1-to-v4-${crypto.randomUUID()}`;
    await writeFixture(name, v1);
    const db = await openSlaDatabase(name);
    open.push(db);
    expect(Object.keys(stores0004).every((table) => db.tables.some((t) => t.name === table))).toBe(true);
    const repos = buildRepositories(db, {
      builtInTemplates: [],
      onInvalidRecord: (p) => {
        throw new Error(p.message);
      },
    });
    expect(await repos.companyProfiles.get('deal-1')).toEqual({
      dealId: 'deal-1',
      company: { name: 'Fixture Provider AG', address: '', signatory: '' },
      updatedAt: '2026-02-03T08:00:00.000Z',
    });
    expect(await repos.suppliers.get('deal-1')).toMatchObject({ links: [] });
    expect(await repos.approvals.list('deal-1')).toEqual([]);
    expect(await repos.playbooks.entries('template', 'sample-business')).toEqual([]);
  });

  it('reads the frozen version-4 records back in their shape', async () => {
    const name = `v4-${crypto.randomUUID()}`;
    await writeFixture(name, v4);
    const db = await openSlaDatabase(name);
    open.push(db);
    const repos = buildRepositories(db, {
      builtInTemplates: [],
      onInvalidRecord: (p) => {
        throw new Error(p.message);
      },
    });
    const { playbook, overrides } = await repos.playbooks.forDeal('deal-1');
    expect(overrides).toHaveLength(1);
    expect(playbook.get('availability')).toMatchObject({ walkAway: 99.99, owner: 'management' });
    expect((await repos.suppliers.get('deal-1')).links.map((link) => link.commitments.length)).toEqual([
      1, 2,
    ]);
    expect((await repos.approvals.list('deal-1'))[0]).toMatchObject({ decision: 'approve', round: 2 });
    expect((await repos.companyProfiles.get('deal-1'))?.company.signatory).toBe('Dr. Petra Vogt');
  });
});
