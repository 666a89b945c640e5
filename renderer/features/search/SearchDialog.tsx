import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileStack, Handshake, Search } from 'lucide-react';
import type { SearchHit } from '../../../shared/search/SearchIndex';
import { Dialog } from '../../components/Dialog';
import { Loading } from '../../components/Loading';
import { navigate } from '../../src/useRoute';
import { useSearchIndexStore } from './searchClient';
import { MarkedText, SearchSnippet } from './SearchSnippet';
import { useSearch } from './useSearch';
import { useSearchTitles } from './useSearchTitles';

/**
 * Search everything (Ctrl+K): deals with their drafts and rounds, and templates, as you type.
 * ↑/↓ choose a result, Enter opens it, Esc closes.
 */
export function SearchDialog({ open, onOpenChange }: { open: boolean; onOpenChange(open: boolean): void }) {
  const { t } = useTranslation('workbench');
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const results = useSearch(text, 40);
  const progress = useSearchIndexStore((state) => state.progress);
  const failed = useSearchIndexStore((state) => state.failed);
  const hits = text.trim() === '' ? [] : (results?.hits ?? []);
  const titles = useSearchTitles(hits);
  const listId = useId();
  const current = Math.min(active, Math.max(0, hits.length - 1));

  const openHit = (hit: SearchHit) => {
    onOpenChange(false);
    if (hit.owner.kind === 'deal') navigate({ screen: 'deal', dealId: hit.owner.id });
    else navigate({ screen: 'template', templateId: hit.owner.id });
  };

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('search.title')}
      width={640}
      testId="search-dialog"
    >
      <div className="search-dialog">
        <div className="search-input search-dialog-input">
          <Search size={15} aria-hidden />
          <input
            type="search"
            className="input"
            role="combobox"
            aria-expanded={hits.length > 0}
            aria-controls={listId}
            aria-activedescendant={hits.length > 0 ? `${listId}-${current}` : undefined}
            aria-autocomplete="list"
            aria-label={t('search.label')}
            placeholder={t('search.placeholder')}
            value={text}
            autoFocus
            data-testid="search-dialog-input"
            onChange={(event) => {
              setText(event.target.value);
              setActive(0);
            }}
            onKeyDown={(event) => {
              if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                event.preventDefault();
                const step = event.key === 'ArrowDown' ? 1 : -1;
                setActive(Math.max(0, Math.min(hits.length - 1, current + step)));
              } else if (event.key === 'Enter' && hits[current]) {
                event.preventDefault();
                openHit(hits[current]);
              }
            }}
          />
        </div>
        <div className="search-dialog-status" aria-live="polite">
          {failed
            ? t('search.failed')
            : progress &&
              !progress.ready && (
                <Loading
                  label={t('search.indexing', {
                    done: progress.indexed,
                    deals: t('search.indexingDeals', { count: progress.total }),
                  })}
                />
              )}
          {text.trim() !== '' && results && hits.length === 0 && <span>{t('search.none')}</span>}
        </div>
        <ul
          id={listId}
          role="listbox"
          className="search-results"
          aria-label={t('search.results')}
          data-answered={results?.query}
        >
          {hits.map((hit, index) => {
            const title = titles.get(`${hit.owner.kind}:${hit.owner.id}`);
            return (
              <li
                key={`${hit.owner.kind}:${hit.owner.id}`}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === current}
                className="search-result"
                data-testid="search-result"
                onMouseEnter={() => setActive(index)}
                onClick={() => openHit(hit)}
              >
                <span className="search-result-icon" aria-hidden>
                  {hit.owner.kind === 'deal' ? <Handshake size={15} /> : <FileStack size={15} />}
                </span>
                <span className="search-result-body">
                  <span className="search-result-title">
                    {title?.primary ?? hit.owner.id}
                    <span className="search-result-kind">
                      {hit.owner.kind === 'deal'
                        ? t('search.deal')
                        : title?.retired
                          ? t('search.retiredTemplate')
                          : t('search.template')}
                    </span>
                  </span>
                  {title?.secondary && <span className="search-result-secondary">{title.secondary}</span>}
                  {hit.snippet ? (
                    <SearchSnippet hit={hit} />
                  ) : (
                    hit.heading && <MarkedText snippet={{ text: hit.heading, highlights: [] }} />
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      </div>
    </Dialog>
  );
}
