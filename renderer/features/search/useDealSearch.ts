import { useEffect, useMemo } from 'react';
import type { Deal } from '../../../shared/model';
import type { SearchHit, SearchResults } from '../../../shared/search/SearchIndex';
import { filterDeals, type DealsView } from '../deals/filterDeals';
import { startSearchIndex, useSearchIndexStore } from './searchClient';
import type { IndexProgress } from './searchProtocol';
import { useSearch } from './useSearch';

export interface DealSearch {
  shown: Deal[];
  /** Where the search found a deal, for the rows that matched inside their text. */
  hits: ReadonlyMap<string, SearchHit>;
  /** The query the shown results answer (the newest answer while the next is on its way). */
  answered: string | null;
  /** While the index is still being built. */
  indexing: IndexProgress | null;
  index: 'off' | 'building' | 'ready';
}

/**
 * The deals the list shows: the status filter and sort of the view, and for a query the deals the
 * search index found anywhere in them (customer, title, draft, rounds). Until the index has
 * answered (or if it is unavailable), the query matches customer and title as before.
 */
export function selectDeals(
  deals: readonly Deal[],
  view: DealsView,
  locale: string,
  results: SearchResults | null,
): Deal[] {
  if (!results || view.query.trim() === '') return filterDeals(deals, view, locale);
  const found = new Set(results.owners.filter((owner) => owner.kind === 'deal').map((owner) => owner.id));
  // What the list matches itself (e.g. a walk-away reason, which the index does not hold) stays found.
  for (const deal of filterDeals(deals, view, locale)) found.add(deal.id);
  return filterDeals(deals, { ...view, query: '' }, locale).filter((deal) => found.has(deal.id));
}

export function useDealSearch(
  deals: readonly Deal[] | undefined,
  view: DealsView,
  locale: string,
): DealSearch {
  const results = useSearch(view.query, 60);
  const progress = useSearchIndexStore((state) => state.progress);

  // Built in the background once the list is there, so the first query finds an index.
  useEffect(() => {
    if (!deals) return;
    const timer = setTimeout(startSearchIndex, 2_000);
    return () => clearTimeout(timer);
  }, [deals]);

  return useMemo(() => {
    const hits = new Map<string, SearchHit>();
    for (const hit of results?.hits ?? [])
      if (hit.owner.kind === 'deal' && hit.snippet) hits.set(hit.owner.id, hit);
    return {
      shown: deals ? selectDeals(deals, view, locale, results) : [],
      hits,
      answered: results?.query ?? null,
      indexing: progress && !progress.ready ? progress : null,
      index: progress ? (progress.ready ? 'ready' : 'building') : 'off',
    };
  }, [deals, view, locale, results, progress]);
}
