import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Ellipsis } from 'lucide-react';
import { DEAL_STATUSES, Language, TIERS, type Deal } from '../../../shared/model';
import { useLocaleFormat, type LocaleFormat } from '../../i18n/useLocaleFormat';
import { navigate } from '../../src/useRoute';
import { DealRowMenu, type DealMenuTarget } from './DealRowMenu';
import { DealStatusBadge } from './DealStatusBadge';
import { WalkAwayReason } from '../guardrails/WalkAwayReason';
import type { SearchHit } from '../../../shared/search/SearchIndex';
import { SearchSnippet } from '../search/SearchSnippet';

export interface DealsListProps {
  deals: readonly Deal[];
  /**
   * Where a search found each deal, shown as a line under its title; given while the list answers
   * a query (then every row has room for that line). Rows whose hit did not change are not redrawn.
   */
  hits?: ReadonlyMap<string, SearchHit>;
  /** The search query these rows answer (for tests and the bench: rows are drawn for it). */
  answered?: string | null;
}

/**
 * Row heights as the stylesheet fixes them (`.deals-table`), with and without a detail line. Rows
 * are not measured: measuring every row as it mounts cost more than drawing it. The rows sit in the
 * table's normal flow between two spacer rows, so a row that turns out taller pushes the rest down
 * instead of overlapping it.
 */
const ROW_HEIGHT = 40;
const ROW_HEIGHT_WITH_DETAIL = 58;
const COLUMNS = 7;

/**
 * The deals table, windowed (issue 12 §4): only the rows in view (plus a few) are in the DOM, so
 * opening the list costs the same for 50 deals as for 5,000. It scrolls with the screen. Rows are
 * one tab stop: ↑/↓, Page ↑/↓, Home/End move between them, Enter opens the deal; the row's "…"
 * button opens the one shared row menu.
 */
// Memoised: a keystroke in the search field redraws the screen's toolbar, not the list, until the
// search has answered (deals, hits and answered stay the same objects till then).
export const DealsList = memo(function DealsList({ deals, hits, answered }: DealsListProps) {
  const { t, i18n } = useTranslation(['deals', 'common']);
  const format = useLocaleFormat();
  // Translated once per list, not once per row and column.
  const labels = useMemo<RowLabels>(
    () => ({
      tier: Object.fromEntries(TIERS.map((tier) => [tier, t(`common:tier.${tier}`)])),
      language: Object.fromEntries(
        Language.options.map((language) => [language, t(`common:language.${language}`)]),
      ),
      status: Object.fromEntries(DEAL_STATUSES.map((status) => [status, t(`common:status.${status}`)])),
      more: t('common:actions.more'),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the labels change with the language only
    [i18n.language],
  );
  const tableRef = useRef<HTMLTableElement>(null);
  const [scrollElement, setScrollElement] = useState<HTMLElement | null>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  const [active, setActive] = useState(0);
  const rowHeight = hits ? ROW_HEIGHT_WITH_DETAIL : ROW_HEIGHT;
  const [menu, setMenu] = useState<DealMenuTarget | null>(null);
  // The shared menu (and its dialog) is mounted the first time a row asks for it, not before.
  const [menuUsed, setMenuUsed] = useState(false);
  const openMenu = useCallback((target: DealMenuTarget) => {
    setMenuUsed(true);
    setMenu(target);
  }, []);
  const focusPending = useRef<number | null>(null);

  // The list scrolls inside the shell's content area, below the screen's header and toolbar.
  useLayoutEffect(() => {
    const table = tableRef.current;
    const scroller = table?.closest<HTMLElement>('.app-content') ?? null;
    setScrollElement(scroller);
    const body = table?.tBodies[0];
    if (scroller && body)
      setScrollMargin(
        body.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop,
      );
  }, []);

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders this list itself when it scrolls; nothing memoizes its functions
  const virtualizer = useVirtualizer({
    count: deals.length,
    getScrollElement: () => scrollElement,
    estimateSize: () => rowHeight,
    overscan: 3,
    scrollMargin,
    getItemKey: (index) => deals[index]?.id ?? index,
    // Before the first measurement: assume a window-high viewport, so the first frame has rows.
    initialRect: { width: 1000, height: typeof window === 'undefined' ? 800 : window.innerHeight },
  });

  const current = Math.min(active, Math.max(0, deals.length - 1));
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const paddingTop = first ? first.start - scrollMargin : 0;
  const paddingBottom = last ? virtualizer.getTotalSize() - (last.end - scrollMargin) : 0;

  // Moving the focus to a row that was not rendered yet: scroll it in, focus it once it exists.
  useEffect(() => {
    const index = focusPending.current;
    if (index === null) return;
    const row = tableRef.current?.querySelector<HTMLElement>(`tr[data-index="${index}"]`);
    if (row) {
      focusPending.current = null;
      row.focus();
    }
  });

  const moveTo = useCallback(
    (index: number) => {
      const next = Math.max(0, Math.min(deals.length - 1, index));
      setActive(next);
      focusPending.current = next;
      virtualizer.scrollToIndex(next, { align: 'auto' });
    },
    [deals.length, virtualizer],
  );

  const onKeyDown = (event: React.KeyboardEvent<HTMLTableSectionElement>) => {
    const row = (event.target as HTMLElement).closest('tr');
    if (!row || event.target !== row) return;
    const page = Math.max(1, Math.floor((scrollElement?.clientHeight ?? 400) / rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      PageDown: current + page,
      PageUp: current - page,
      Home: 0,
      End: deals.length - 1,
    };
    const to = moves[event.key];
    if (to !== undefined) {
      event.preventDefault();
      moveTo(to);
    } else if (event.key === 'Enter') {
      const deal = deals[current];
      if (deal) navigate({ screen: 'deal', dealId: deal.id });
    }
  };

  return (
    <>
      <table
        ref={tableRef}
        className={`table table-clickable deals-table${hits ? ' deals-table-detail' : ''}`}
        data-testid="deals-table"
        data-answered={answered ?? undefined}
        aria-rowcount={deals.length + 1}
      >
        <thead>
          <tr aria-rowindex={1}>
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
        <tbody onKeyDown={onKeyDown}>
          {paddingTop > 0 && <Spacer height={paddingTop} />}
          {items.map((item) => {
            const deal = deals[item.index];
            if (!deal) return null;
            return (
              <DealRow
                key={item.key}
                deal={deal}
                index={item.index}
                tabbable={item.index === current}
                menuOpen={menu?.deal.id === deal.id}
                hit={hits?.get(deal.id)}
                format={format}
                labels={labels}
                onFocusRow={setActive}
                onOpenMenu={openMenu}
              />
            );
          })}
          {paddingBottom > 0 && <Spacer height={paddingBottom} />}
        </tbody>
      </table>
      {menuUsed && <DealRowMenu target={menu} onClose={() => setMenu(null)} />}
    </>
  );
});

function Spacer({ height }: { height: number }) {
  return (
    <tr className="table-spacer" aria-hidden="true" style={{ height }}>
      <td colSpan={COLUMNS} />
    </tr>
  );
}

interface RowLabels {
  tier: Record<string, string>;
  language: Record<string, string>;
  status: Record<string, string>;
  more: string;
}

interface DealRowProps {
  deal: Deal;
  index: number;
  tabbable: boolean;
  menuOpen: boolean;
  hit: SearchHit | undefined;
  format: LocaleFormat;
  labels: RowLabels;
  onFocusRow(index: number): void;
  onOpenMenu(target: DealMenuTarget): void;
}

const DealRow = memo(function DealRow({
  deal,
  index,
  tabbable,
  menuOpen,
  hit,
  format,
  labels,
  onFocusRow,
  onOpenMenu,
}: DealRowProps) {
  const open = () => navigate({ screen: 'deal', dealId: deal.id });
  return (
    <tr
      data-index={index}
      aria-rowindex={index + 2}
      tabIndex={tabbable ? 0 : -1}
      data-testid="deal-row"
      onClick={open}
      onFocus={() => onFocusRow(index)}
    >
      <td className="cell-strong">{deal.customer.name}</td>
      <td>
        {deal.title}
        <WalkAwayReason deal={deal} />
        {hit?.snippet && (
          <div className="deal-row-detail">
            <SearchSnippet hit={hit} />
          </div>
        )}
      </td>
      <td className="cell-muted">{labels.tier[deal.tier]}</td>
      <td className="cell-muted">{labels.language[deal.language]}</td>
      <td>
        <DealStatusBadge status={deal.status} label={labels.status[deal.status]} />
      </td>
      <td className="cell-muted cell-nowrap">{format.dateTime(deal.updatedAt)}</td>
      <td className="cell-actions" onClick={(event) => event.stopPropagation()}>
        <button
          type="button"
          className="btn btn-ghost btn-icon btn-sm"
          aria-label={labels.more}
          title={labels.more}
          aria-haspopup="menu"
          aria-expanded={menuOpen}
          data-testid="deal-menu"
          tabIndex={tabbable ? 0 : -1}
          onClick={(event) => onOpenMenu({ deal, button: event.currentTarget })}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              event.stopPropagation();
              onOpenMenu({ deal, button: event.currentTarget });
            }
          }}
        >
          <Ellipsis size={16} aria-hidden />
        </button>
      </td>
    </tr>
  );
});
