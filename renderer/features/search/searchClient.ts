import { create } from 'zustand';
import type { SearchResults } from '../../../shared/search/SearchIndex';
import type { IndexProgress, SearchResponse } from './searchProtocol';

interface SearchIndexState {
  /** `null` until the worker reports; then how far indexing got. */
  progress: IndexProgress | null;
  failed: string | null;
}

/** Where the search index is (UI state: it is rebuilt from the database at every start). */
export const useSearchIndexStore = create<SearchIndexState>()(() => ({ progress: null, failed: null }));

let worker: Worker | null = null;
let nextId = 1;
let waiting: { id: number; resolve(results: SearchResults | null): void } | null = null;

/** Starts the search worker once (on first use, or when the app is idle after its first screen). */
export function startSearchIndex(): void {
  if (worker) return;
  worker = new Worker(new URL('./searchIndex.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<SearchResponse>) => {
    const message = event.data;
    if (message.type === 'failed') {
      useSearchIndexStore.setState({ failed: message.message });
      waiting?.resolve(null);
      waiting = null;
      return;
    }
    useSearchIndexStore.setState({ progress: message.progress });
    if (message.type === 'results' && waiting?.id === message.id) {
      waiting.resolve(message.results);
      waiting = null;
    }
  };
  worker.onerror = (event) => {
    useSearchIndexStore.setState({ failed: event.message || 'the search worker stopped' });
    waiting?.resolve(null);
    waiting = null;
  };
}

/**
 * Asks the index; resolves with the results, or `null` when a newer query took its place first
 * (only the newest query is answered, so fast typing never queues up stale work).
 */
export function querySearch(text: string, limit = 30): Promise<SearchResults | null> {
  startSearchIndex();
  waiting?.resolve(null);
  const id = nextId++;
  return new Promise((resolve) => {
    waiting = { id, resolve };
    worker!.postMessage({ type: 'query', id, text, limit });
  });
}
