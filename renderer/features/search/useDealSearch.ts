import { useEffect, useMemo } from 'react';
import type { Deal } from '../../../shared/model';
import type { SearchHit } from '../../../shared/search/SearchIndex';
import { selectDeals, type DealsView } from '../../../shared/search/dealsView';
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

  // The rows answer the query the index answered: a keystroke alone (its answer still on the way)
  // does not filter every deal again only to show the same rows.
  const query = results ? results.query : view.query;
  const { status, sort } = view;
  const shown = useMemo(
    () => (deals ? selectDeals(deals, { query, status, sort }, locale, results) : []),
    [deals, query, status, sort, locale, results],
  );

  // Rebuilt when the results change, not with every progress report of the index being built:
  // the rows take their hit from it and are redrawn only when it is a new map.
  const hits = useMemo(() => {
    const byDeal = new Map<string, SearchHit>();
    for (const hit of results?.hits ?? [])
      if (hit.owner.kind === 'deal' && hit.snippet) byDeal.set(hit.owner.id, hit);
    return byDeal;
  }, [results]);

  return useMemo(
    () => ({
      shown,
      hits,
      answered: results?.query ?? null,
      indexing: progress && !progress.ready ? progress : null,
      index: progress ? (progress.ready ? 'ready' : 'building') : 'off',
    }),
    [shown, hits, results, progress],
  );
}
