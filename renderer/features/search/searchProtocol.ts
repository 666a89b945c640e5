import type { SearchResults } from '../../../shared/search/SearchIndex';

/** Messages between the app and its search worker. */
export type SearchRequest = { type: 'query'; id: number; text: string; limit: number };

export interface IndexProgress {
  /** Deals indexed so far, of `total`; `ready` once every deal and template is in. */
  indexed: number;
  total: number;
  ready: boolean;
}

export type SearchResponse =
  | { type: 'results'; id: number; results: SearchResults; progress: IndexProgress }
  | { type: 'progress'; progress: IndexProgress }
  | { type: 'failed'; message: string };
