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
