import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Handshake, Plus, Search, SearchX } from 'lucide-react';
import { DEAL_STATUSES } from '../../../shared/model';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { Select, type SelectOption } from '../../components/Select';
import { useLocaleFormat } from '../../i18n/useLocaleFormat';
import { useRepositories } from '../../src/RepositoriesContext';
import { navigate } from '../../src/useRoute';
import { DealRowMenu } from './DealRowMenu';
import { WalkAwayReason } from '../guardrails/WalkAwayReason';
import { DealStatusBadge } from './DealStatusBadge';
import { filterDeals, type DealSort, type DealStatusFilter } from './filterDeals';
import { newDealShortcutLabel } from './useNewDealShortcut';
import { useDealsViewStore } from './useDealsViewStore';

export function DealsScreen() {
  const { t } = useTranslation(['deals', 'common']);
  const format = useLocaleFormat();
  const { deals: dealsRepository } = useRepositories();
  const deals = useLiveQuery(() => dealsRepository.list(), [dealsRepository]);
  const view = useDealsViewStore();
  const openNewDeal = () => view.setNewDealOpen(true);

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

  const shown = filterDeals(deals, view, format.locale);
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
            placeholder={t('search')}
            aria-label={t('search')}
            value={view.query}
            onChange={(event) => view.setQuery(event.target.value)}
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
        <span className="toolbar-count" aria-live="polite">
          {t('count', { count: shown.length })}
        </span>
      </div>
      {shown.length === 0 ? (
        <EmptyState
          icon={<SearchX size={28} />}
          title={t('noMatch.title')}
          body={t('noMatch.body')}
          action={<Button onClick={view.reset}>{t('noMatch.clear')}</Button>}
        />
      ) : (
        <table className="table table-clickable" data-testid="deals-table">
          <thead>
            <tr>
              <th scope="col">{t('columns.customer')}</th>
              <th scope="col">{t('columns.title')}</th>
              <th scope="col">{t('columns.tier')}</th>
              <th scope="col">{t('columns.language')}</th>
              <th scope="col">{t('columns.status')}</th>
              <th scope="col">{t('columns.updated')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common:actions.more')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((deal) => {
              const open = () => navigate({ screen: 'deal', dealId: deal.id });
              return (
                <tr
                  key={deal.id}
                  tabIndex={0}
                  data-testid="deal-row"
                  onClick={open}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter' && event.target === event.currentTarget) open();
                  }}
                >
                  <td className="cell-strong">{deal.customer.name}</td>
                  <td>
                    {deal.title}
                    <WalkAwayReason deal={deal} />
                  </td>
                  <td className="cell-muted">{t(`common:tier.${deal.tier}`)}</td>
                  <td className="cell-muted">{t(`common:language.${deal.language}`)}</td>
                  <td>
                    <DealStatusBadge status={deal.status} />
                  </td>
                  <td className="cell-muted cell-nowrap">{format.dateTime(deal.updatedAt)}</td>
                  <td className="cell-actions" onClick={(event) => event.stopPropagation()}>
                    <DealRowMenu deal={deal} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
