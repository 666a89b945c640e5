import { DEAL_STATUSES, type Deal, type DealStatus } from '../../../shared/model';

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
 * names as the UI language does.
 */
export function filterDeals(deals: readonly Deal[], view: DealsView, locale: string): Deal[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const needle = fold(view.query.trim());
  const matches = deals.filter((deal) => {
    if (
      view.status === 'active'
        ? deal.status === 'archived'
        : view.status !== 'all' && deal.status !== view.status
    )
      return false;
    return (
      needle === '' ||
      fold(deal.customer.name).includes(needle) ||
      fold(deal.title).includes(needle) ||
      (deal.status === 'walked-away' && fold(deal.walkAwayReason ?? '').includes(needle))
    );
  });
  const newestFirst = (a: Deal, b: Deal) => b.updatedAt.localeCompare(a.updatedAt);
  const compare: Record<DealSort, (a: Deal, b: Deal) => number> = {
    updated: newestFirst,
    customer: (a, b) => collator.compare(a.customer.name, b.customer.name) || newestFirst(a, b),
    // Lifecycle order (drafting → … → archived), not alphabetical: that is how sales think of it.
    status: (a, b) => DEAL_STATUSES.indexOf(a.status) - DEAL_STATUSES.indexOf(b.status) || newestFirst(a, b),
  };
  return matches.sort(compare[view.sort]);
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}
