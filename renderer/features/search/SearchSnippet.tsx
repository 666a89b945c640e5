import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../shared/search/SearchIndex';

/** Text with the matching words marked (<mark>, so not by colour alone: bold and underlined too). */
export function MarkedText({ snippet }: { snippet: NonNullable<SearchHit['snippet']> }) {
  const pieces: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of snippet.highlights) {
    if (start < at) continue;
    if (start > at) pieces.push(snippet.text.slice(at, start));
    pieces.push(
      <mark key={start} className="search-mark">
        {snippet.text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  pieces.push(snippet.text.slice(at));
  return <>{pieces}</>;
}

/** Where a hit is ("Round 3 · Availability") and its text. */
export function SearchSnippet({ hit }: { hit: SearchHit }) {
  const { t } = useTranslation('workbench');
  const { source } = hit;
  const where =
    source.kind === 'draft'
      ? t('search.inDraft')
      : source.kind === 'round'
        ? t('search.inRound', { number: source.number })
        : source.kind === 'template'
          ? t('search.inTemplate', { version: source.version })
          : null;
  if (!hit.snippet) return null;
  return (
    <span className="search-snippet" data-testid="search-snippet">
      <span className="search-where">{[where, hit.heading].filter(Boolean).join(' · ')}</span>{' '}
      <span className="search-text">
        <MarkedText snippet={hit.snippet} />
      </span>
    </span>
  );
}
