import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Handshake, Plus, Search, SearchX } from 'lucide-react';
import { DEAL_STATUSES } from '../../../shared/model';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { Select, type SelectOption } from '../../components/Select';
import { useLocaleFormat } from '../../i18n/useLocaleFormat';
import { Loading } from '../../components/Loading';
import { DealsList } from './DealsList';
import { useDealSearch } from '../search/useDealSearch';
import type { DealSort, DealStatusFilter } from '../../../shared/search/dealsView';
import { newDealShortcutLabel } from './useNewDealShortcut';
import { startSearchIndex } from '../search/searchClient';
import { useDealsList } from './useDealsList';
import { useDealsViewStore } from './useDealsViewStore';

export function DealsScreen() {
  const { t } = useTranslation(['deals', 'common', 'workbench']);
  const format = useLocaleFormat();
  const { deals, loading } = useDealsList();
  const view = useDealsViewStore();
  const openNewDeal = () => view.setNewDealOpen(true);
  const { query, status, sort } = view;
  const listView = useMemo(() => ({ query, status, sort }), [query, status, sort]);
  const { shown, hits, answered, indexing, index } = useDealSearch(deals, listView, format.locale);

  if (deals === undefined) return null;

  const newDealButton = (
    <Button
      variant="primary"
      icon={<Plus size={15} aria-hidden />}
      onClick={openNewDeal}
      title={t('newDealShortcut', { shortcut: newDealShortcutLabel() })}
      data-testid="new-deal"
    >
      {t('newDeal')}
    </Button>
  );

  if (deals.length === 0)
    return (
      <div className="screen">
        <EmptyState
          icon={<Handshake size={28} />}
          title={t('empty.title')}
          body={t('empty.body')}
          testId="deals-empty"
          action={
            <Button variant="primary" icon={<Plus size={15} aria-hidden />} onClick={openNewDeal}>
              {t('empty.action')}
              <span className="kbd">{newDealShortcutLabel()}</span>
            </Button>
          }
        />
      </div>
    );

  const statusOptions: SelectOption<DealStatusFilter>[] = [
    { value: 'active', label: t('filterActive') },
    { value: 'all', label: t('filterAll') },
    ...DEAL_STATUSES.map((status) => ({ value: status, label: t(`common:status.${status}`) })),
  ];
  const sortOptions: SelectOption<DealSort>[] = [
    { value: 'updated', label: t('sort.updated') },
    { value: 'customer', label: t('sort.customer') },
    { value: 'status', label: t('sort.status') },
  ];

  return (
    <div className="screen">
      <div className="screen-header">
        <h1 className="screen-title">{t('title')}</h1>
        <div className="screen-actions">{newDealButton}</div>
      </div>
      <div className="toolbar">
        <div className="search-input">
          <Search size={14} aria-hidden />
          <input
            type="search"
            className="input"
            placeholder={t('workbench:search.placeholder')}
            aria-label={t('workbench:search.label')}
            value={view.query}
            onChange={(event) => view.setQuery(event.target.value)}
            onFocus={startSearchIndex}
            data-testid="deal-search"
            data-answered={answered ?? ''}
            data-index={index}
          />
        </div>
        <label className="select-inline">
          {t('statusFilter')}
          <Select
            value={view.status}
            onValueChange={view.setStatus}
            options={statusOptions}
            ariaLabel={t('statusFilter')}
            testId="status-filter"
          />
        </label>
        <label className="select-inline">
          {t('sortBy')}
          <Select
            value={view.sort}
            onValueChange={view.setSort}
            options={sortOptions}
            ariaLabel={t('sortBy')}
            testId="sort"
          />
        </label>
        <span className="toolbar-spacer" />
        {indexing && query.trim() !== '' && (
          <Loading
            label={t('workbench:search.indexing', {
              done: indexing.indexed,
              deals: t('workbench:search.indexingDeals', { count: indexing.total }),
            })}
          />
        )}
        {loading ? (
          <Loading
            label={
              loading.total === null
                ? t('workbench:loading')
                : t('workbench:loadingDeals', { done: loading.done, total: loading.total })
            }
          />
        ) : (
          <span className="toolbar-count" aria-live="polite">
            {t('count', { count: shown.length })}
          </span>
        )}
      </div>
      {shown.length === 0 ? (
        <EmptyState
          icon={<SearchX size={28} />}
          title={t('noMatch.title')}
          body={t('noMatch.body')}
          action={<Button onClick={view.reset}>{t('noMatch.clear')}</Button>}
        />
      ) : (
        <DealsList
          deals={shown}
          answered={answered}
          hits={answered !== null && answered.trim() !== '' ? hits : undefined}
        />
      )}
    </div>
  );
}
