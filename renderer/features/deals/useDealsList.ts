import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Deal } from '../../../shared/model';
import type { DealsRepository } from '../../db';
import { useRepositories } from '../../src/RepositoriesContext';

export interface DealsList {
  /** Newest first; `undefined` until the first page is read. */
  deals: Deal[] | undefined;
  /** While the rest of a large database is still being read: how far it got. */
  loading: { done: number; total: number | null } | null;
}

/** Enough for the first screen (about twenty rows), read before anything is painted. */
const FIRST_PAGE = 24;
/** Later pages: small enough that reading and validating one stays far below a long task. */
const PAGE = 200;

/**
 * Deals read once per app run and kept per repository (`null` = damaged, skipped). A change to a
 * deal, from this window or any other, drops it from the cache (`deals.watch`), so only changed
 * deals are read again: one after an edit, not all of them.
 */
interface Cache {
  deals: Map<string, Deal | null>;
  /** Bumped on every invalidation, so the readers know to look again. */
  generation: number;
  listeners: Set<() => void>;
}

const caches = new WeakMap<DealsRepository, Cache>();

function cacheOf(repository: DealsRepository): Cache {
  let cache = caches.get(repository);
  if (!cache) {
    const created: Cache = { deals: new Map(), generation: 0, listeners: new Set() };
    repository.watch((ids) => {
      if (ids === 'all') created.deals.clear();
      else for (const id of ids) created.deals.delete(id);
      created.generation += 1;
      for (const listener of created.listeners) listener();
    });
    caches.set(repository, (cache = created));
  }
  return cache;
}

const consumed = new WeakSet<readonly Deal[]>();

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * All deals for the deals list, with the first screen's worth read first (issue 12 §4: the first
 * screen must not wait for 2,000 deals to be read and validated). The rest follows page by page in
 * separate tasks, so the screen stays responsive and shows how far it got.
 */
export function useDealsList(): DealsList {
  const { deals: repository } = useRepositories();
  const cache = cacheOf(repository);
  // On a cold start the first page is read on its own, beside the ids: the first screen waits for
  // neither the ids of every deal nor a second round trip.
  const firstPage = useLiveQuery(
    async () => (cache.deals.size === 0 ? await repository.newest(FIRST_PAGE) : null),
    [repository, cache],
  );
  const ids = useLiveQuery(() => repository.idsNewestFirst(), [repository]);
  const [generation, setGeneration] = useState(cache.generation);
  const [state, setState] = useState<DealsList>({ deals: undefined, loading: null });

  useEffect(() => {
    const listener = () => setGeneration(cache.generation);
    cache.listeners.add(listener);
    return () => void cache.listeners.delete(listener);
  }, [cache]);

  useEffect(() => {
    if (!ids) return;
    let cancelled = false;
    // Taken once: a later run of this effect (a change elsewhere) must not put back what it replaced.
    if (firstPage && !consumed.has(firstPage)) {
      consumed.add(firstPage);
      for (const deal of firstPage) if (!cache.deals.has(deal.id)) cache.deals.set(deal.id, deal);
    }
    const inOrder = () => ids.flatMap((id) => cache.deals.get(id) ?? []);
    const missing = ids.filter((id) => !cache.deals.has(id));

    async function read() {
      let done = ids!.length - missing.length;
      setState({ deals: inOrder(), loading: missing.length > 0 ? { done, total: ids!.length } : null });
      if (missing.length > 0) await nextTask();
      for (let start = 0; start < missing.length && !cancelled;) {
        const page = missing.slice(start, start + PAGE);
        const read = await repository.getMany(page);
        if (cancelled) return;
        const byId = new Map(read.map((deal) => [deal.id, deal]));
        for (const id of page) cache.deals.set(id, byId.get(id) ?? null);
        start += page.length;
        done += page.length;
        const more = start < missing.length;
        setState({ deals: inOrder(), loading: more ? { done, total: ids!.length } : null });
        if (more) await nextTask();
      }
    }

    read().catch((error: unknown) => {
      if (!cancelled) console.error('[deals] the deals could not be read', error);
    });
    return () => {
      cancelled = true;
    };
  }, [repository, cache, ids, firstPage, generation]);

  // Before the ids are in, the first page alone is the list.
  if (!ids && firstPage) return { deals: firstPage, loading: { done: firstPage.length, total: null } };
  return state;
}
