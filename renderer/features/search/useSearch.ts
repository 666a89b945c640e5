import { useEffect, useState } from 'react';
import type { SearchResults } from '../../../shared/search/SearchIndex';
import { querySearch, useSearchIndexStore } from './searchClient';

/**
 * The index's results for `text` as it is typed. While an answer is on its way the previous
 * results stay (no flicker between keystrokes); while the index is still being built, the query is
 * asked again as more deals come in. `null` for an empty text or when the index is unavailable.
 */
export function useSearch(text: string, limit = 30): SearchResults | null {
  const [results, setResults] = useState<SearchResults | null>(null);
  const indexed = useSearchIndexStore((state) => state.progress?.indexed ?? 0);
  const failed = useSearchIndexStore((state) => state.failed);
  const trimmed = text.trim();

  // A cleared field forgets the last answer: the next first letter must not show, for a moment,
  // the rows of the query typed before it was cleared (state adjusted while rendering, as React
  // recommends for state that follows a prop, so no extra commit shows the stale rows).
  const [cleared, setCleared] = useState(trimmed === '');
  if (cleared !== (trimmed === '')) {
    setCleared(trimmed === '');
    if (trimmed === '') setResults(null);
  }

  useEffect(() => {
    if (trimmed === '' || failed) return;
    let current = true;
    void querySearch(text, limit).then((answer) => {
      if (current && answer) setResults(answer);
    });
    return () => {
      current = false;
    };
  }, [text, trimmed, limit, indexed, failed]);

  return trimmed === '' || failed ? null : results;
}
