/// <reference lib="webworker" />
import { openSearchSource } from '../../db/search/searchSource';
import { SearchIndexer } from './SearchIndexer';
import type { SearchRequest, SearchResponse } from './searchProtocol';

/**
 * The search index lives here, off the UI thread (issue 12 §3): it reads the database through its
 * own connection, indexes it and answers queries; the screens only send text and draw results.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (response: SearchResponse) => scope.postMessage(response);
const early: SearchRequest[] = [];
let indexer: SearchIndexer | null = null;

scope.onmessage = (event: MessageEvent<SearchRequest>) => {
  if (indexer) indexer.handle(event.data);
  else early.push(event.data);
};

openSearchSource().then(
  (source) => {
    indexer = new SearchIndexer(source, post);
    indexer.start();
    for (const request of early.splice(0)) indexer.handle(request);
  },
  (error: unknown) =>
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
);
