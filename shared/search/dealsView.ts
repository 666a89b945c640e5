import { DEAL_STATUSES, type Deal, type DealStatus } from '../model';
import type { SearchResults } from './SearchIndex';

/** `active` hides archived deals: the everyday view. */
export type DealStatusFilter = 'active' | 'all' | DealStatus;
export type DealSort = 'updated' | 'customer' | 'status';

export interface DealsView {
  query: string;
  status: DealStatusFilter;
  sort: DealSort;
}

/**
 * The deals the list shows, in order. Search matches customer, title or the reason a deal was
 * walked away from, ignoring case and accents (`muller` finds "Müller"); `locale` orders customer
 * names as the UI language does. `alsoFound` adds deals found elsewhere (the search index).
 *
 * Runs on every keystroke over every deal: each deal's folded texts are kept per deal object (deals
 * are immutable records; an edited deal is a new object), so a keystroke folds only the query.
 */
export function filterDeals(
  deals: readonly Deal[],
  view: DealsView,
  locale: string,
  alsoFound?: ReadonlySet<string>,
): Deal[] {
  const needle = fold(view.query.trim());
  const matches = deals.filter((deal) => {
    if (
      view.status === 'active'
        ? deal.status === 'archived'
        : view.status !== 'all' && deal.status !== view.status
    )
      return false;
    if (needle === '' || alsoFound?.has(deal.id)) return true;
    const folded = foldedOf(deal);
    return (
      folded.customer.includes(needle) ||
      folded.title.includes(needle) ||
      (deal.status === 'walked-away' && folded.walkAwayReason.includes(needle))
    );
  });
  return matches.sort(comparators(locale)[view.sort]);
}

/**
 * The deals list for a view and, once the search index has answered, its results: the deals the
 * index found anywhere in them (customer, title, draft, rounds), plus those the list matches itself
 * (e.g. a walk-away reason, which the index does not hold). Without results (no index, or before
 * its first answer) the query matches customer and title alone.
 */
export function selectDeals(
  deals: readonly Deal[],
  view: DealsView,
  locale: string,
  results: SearchResults | null,
): Deal[] {
  if (!results || view.query.trim() === '') return filterDeals(deals, view, locale);
  const found = new Set<string>();
  for (const owner of results.owners) if (owner.kind === 'deal') found.add(owner.id);
  return filterDeals(deals, view, locale, found);
}

// ISO timestamps order as strings; a code-unit comparison is what localeCompare gave, without ICU.
const newestFirst = (a: Deal, b: Deal) =>
  a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;

const byLocale = new Map<string, Record<DealSort, (a: Deal, b: Deal) => number>>();

function comparators(locale: string): Record<DealSort, (a: Deal, b: Deal) => number> {
  let found = byLocale.get(locale);
  if (!found) {
    const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    found = {
      updated: newestFirst,
      customer: (a, b) => collator.compare(a.customer.name, b.customer.name) || newestFirst(a, b),
      // Lifecycle order (drafting → … → archived), not alphabetical: that is how sales think of it.
      status: (a, b) =>
        DEAL_STATUSES.indexOf(a.status) - DEAL_STATUSES.indexOf(b.status) || newestFirst(a, b),
    };
    byLocale.set(locale, found);
  }
  return found;
}

interface FoldedDeal {
  customer: string;
  title: string;
  walkAwayReason: string;
}

const folded = new WeakMap<Deal, FoldedDeal>();

function foldedOf(deal: Deal): FoldedDeal {
  let entry = folded.get(deal);
  if (!entry) {
    entry = {
      customer: fold(deal.customer.name),
      title: fold(deal.title),
      walkAwayReason: fold(deal.walkAwayReason ?? ''),
    };
    folded.set(deal, entry);
  }
  return entry;
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}
