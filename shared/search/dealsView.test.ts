import { describe, expect, it } from 'vitest';
import type { Deal, DealStatus } from '../model';
import { filterDeals, selectDeals, type DealsView } from './dealsView';

function deal(id: string, customer: string, status: DealStatus, updatedAt: string, title = 'SLA'): Deal {
  return {
    id,
    title,
    customer: { name: customer, contacts: [] },
    tier: 'business',
    language: 'de',
    currency: 'EUR',
    status,
    template: { id: 'business-de', version: 1, name: 'Business' },
    createdAt: updatedAt,
    updatedAt,
  };
}

const deals = [
  deal('a', 'Zeller AG', 'negotiating', '2026-03-01T10:00:00.000Z'),
  deal('b', 'Müller Logistik', 'drafting', '2026-03-05T10:00:00.000Z', 'Hosting SLA 2026'),
  deal('c', 'Acme Ltd', 'archived', '2026-03-09T10:00:00.000Z'),
  deal('d', 'Özdemir IT', 'signed', '2026-02-01T10:00:00.000Z'),
];
const view = (patch: Partial<DealsView>): DealsView => ({
  query: '',
  status: 'active',
  sort: 'updated',
  ...patch,
});
const ids = (list: Deal[]) => list.map((d) => d.id);

describe('filterDeals', () => {
  it('shows the most recently changed deals first and hides archived ones by default', () => {
    expect(ids(filterDeals(deals, view({}), 'de-DE'))).toEqual(['b', 'a', 'd']);
  });

  it('finds deals by customer or title, ignoring case and umlauts', () => {
    expect(ids(filterDeals(deals, view({ query: 'muller' }), 'de-DE'))).toEqual(['b']);
    expect(ids(filterDeals(deals, view({ query: 'HOSTING' }), 'de-DE'))).toEqual(['b']);
    expect(ids(filterDeals(deals, view({ query: 'nobody' }), 'de-DE'))).toEqual([]);
  });

  it('filters by one status, or shows everything including the archive', () => {
    expect(ids(filterDeals(deals, view({ status: 'archived' }), 'de-DE'))).toEqual(['c']);
    expect(ids(filterDeals(deals, view({ status: 'all' }), 'de-DE'))).toEqual(['c', 'b', 'a', 'd']);
  });

  it('sorts customers alphabetically as the UI language does (Ö next to O)', () => {
    expect(ids(filterDeals(deals, view({ status: 'all', sort: 'customer' }), 'de-DE'))).toEqual([
      'c',
      'b',
      'd',
      'a',
    ]);
  });

  it('sorts by status in lifecycle order', () => {
    expect(ids(filterDeals(deals, view({ status: 'all', sort: 'status' }), 'en-GB'))).toEqual([
      'b',
      'a',
      'd',
      'c',
    ]);
  });
});

describe('walked-away deals', () => {
  const walked = {
    ...deal('w', 'Kessler GmbH', 'walked-away', '2026-03-10T10:00:00.000Z'),
    walkAwayReason: 'Verlangt 99,99 % ohne Aufpreis',
  };
  const all = [...deals, walked];

  it('are found under their status filter', () => {
    expect(filterDeals(all, view({ status: 'walked-away' }), 'de').map((d) => d.id)).toEqual(['w']);
  });

  it('are found by the reason they were walked away from', () => {
    expect(filterDeals(all, view({ query: 'ohne aufpreis', status: 'all' }), 'de').map((d) => d.id)).toEqual([
      'w',
    ]);
    // A reason kept from before a reopen is no longer a walk-away reason.
    const reopened = { ...walked, status: 'negotiating' as const };
    expect(filterDeals([reopened], view({ query: 'aufpreis', status: 'all' }), 'de')).toEqual([]);
  });
});

describe('selectDeals', () => {
  const results = (query: string, ...owners: string[]) => ({
    query,
    owners: owners.map((id) => ({
      kind: id.startsWith('t:') ? ('template' as const) : ('deal' as const),
      id,
    })),
    hits: [],
  });

  it("shows the deals the index found, in the view's order and status filter", () => {
    // 'c' is archived: found, but the active view hides it; a template the index found is no row.
    expect(
      ids(selectDeals(deals, view({ query: '99,95' }), 'de', results('99,95', 'd', 'a', 'c', 't:x'))),
    ).toEqual(['a', 'd']);
  });

  it('keeps what the list matches itself beside what the index found', () => {
    expect(ids(selectDeals(deals, view({ query: 'zeller' }), 'de', results('zeller', 'b')))).toEqual([
      'b',
      'a',
    ]);
  });

  it('matches customer and title alone until the index has answered, and everything for no query', () => {
    expect(ids(selectDeals(deals, view({ query: 'acme', status: 'all' }), 'de', null))).toEqual(['c']);
    expect(ids(selectDeals(deals, view({ query: ' ' }), 'de', results(' ', 'a')))).toEqual(['b', 'a', 'd']);
  });

  it('reads a deal edited into a new record afresh, not from what it matched before', () => {
    const renamed = { ...deals[0]!, customer: { name: 'Yellow Ltd', contacts: [] } };
    expect(ids(filterDeals(deals, view({ query: 'zeller' }), 'de'))).toEqual(['a']);
    expect(ids(filterDeals([renamed, ...deals.slice(1)], view({ query: 'zeller' }), 'de'))).toEqual([]);
  });
});
