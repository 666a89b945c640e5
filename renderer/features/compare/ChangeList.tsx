import { memo, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Check, CircleCheck, CircleDashed, CircleX } from 'lucide-react';
import type { Language } from '../../../shared/model';
import {
  changeKindLabel,
  describeChange,
  type Change,
  type ChangeKind,
  type ChangeTree,
  type Decision,
} from '../../../shared/redline';
import { SilentEditBadge } from '../word/SilentEditBadge';
import { ChangeKindIcon } from './changeKindIcon';
import { EffectBadge } from './EffectBadge';
import { measureRow } from './measureRow';
import { revealInside } from './revealInside';
import type { ComparisonMarks } from './useCompareStore';

export interface ChangeListProps {
  tree: Pick<ChangeTree, 'changes' | 'counts'>;
  visibleChanges: readonly Change[];
  marks: ComparisonMarks;
  selectedId: string | null;
  kindFilter: ChangeKind | null;
  uiLanguage: Language;
  onSelect(changeId: string): void;
  onFilter(kind: ChangeKind | null): void;
  onToggleReviewed(changeId: string): void;
  /** Changes the counterparty made without track changes (word feature): flagged in their row. */
  silentIds?: ReadonlySet<string>;
  /** Whether each row shows its decision (not where no decisions are taken). */
  decidable?: boolean;
  /** Counts the steps by key: each one moves the focus to the selected change's row. */
  focusRequest?: number;
}

/** A row's height before it is measured: kind, clause and one line of summary. */
const ROW_ESTIMATE = 62;
/** A list of up to this many changes is drawn whole (cheap; find and screen readers see it all). */
const WHOLE_LIST_ROWS = 50;

function DecisionIcon({ decision }: { decision: Decision | undefined }) {
  const { t } = useTranslation('compare');
  const label =
    decision === 'accept'
      ? t('decision.accepted')
      : decision === 'reject'
        ? t('decision.rejected')
        : t('decision.undecided');
  const Icon = decision === 'accept' ? CircleCheck : decision === 'reject' ? CircleX : CircleDashed;
  return (
    <span
      className={`cmp-decision cmp-decision-${decision ?? 'open'}`}
      title={label}
      data-testid="change-decision"
    >
      <Icon size={14} aria-hidden />
      <span className="cmp-decision-text">{label}</span>
    </span>
  );
}

/**
 * Left pane: counts and filter chips by kind, then one row per change with its review and decision
 * state. Windowed when long (issue 12 §4): only the rows in view are drawn, each measured as it is.
 */
export const ChangeList = memo(function ChangeList({
  tree,
  visibleChanges,
  marks,
  selectedId,
  kindFilter,
  uiLanguage,
  onSelect,
  onFilter,
  onToggleReviewed,
  silentIds,
  decidable = true,
  focusRequest = 0,
}: ChangeListProps) {
  const { t } = useTranslation('compare');
  const [list, setList] = useState<HTMLDivElement | null>(null);
  const kinds = (Object.keys(tree.counts) as ChangeKind[]).filter((kind) => tree.counts[kind] > 0);
  const reviewedCount = tree.changes.filter((change) => marks.reviewed[change.id]).length;
  const selectedIndex = visibleChanges.findIndex((change) => change.id === selectedId);

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders this list itself when it scrolls; nothing memoizes its functions
  const virtualizer = useVirtualizer({
    count: visibleChanges.length,
    getScrollElement: () => list,
    estimateSize: () => ROW_ESTIMATE,
    overscan: visibleChanges.length <= WHOLE_LIST_ROWS ? visibleChanges.length : 4,
    getItemKey: (index) => visibleChanges[index]?.id ?? index,
    // Measuring a drawn row re-renders on the next frame, not synchronously inside React's commit.
    useFlushSync: false,
    measureElement: measureRow,
    initialRect: { width: 320, height: typeof window === 'undefined' ? 800 : window.innerHeight },
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = Math.max(0, virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0));

  // The selected row is scrolled in (drawn first when it is outside the window) …
  const reveal = useRef<string | null>(null);
  useLayoutEffect(() => {
    reveal.current = selectedId;
    if (selectedIndex < 0 || !list) return;
    if (!list.querySelector(`[data-index="${selectedIndex}"]`))
      virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedId, selectedIndex, list, virtualizer]);
  // … and focused after a step by key, so a screen reader reads the change stepped to.
  const focus = useRef(focusRequest);
  useLayoutEffect(() => {
    if (!list || !selectedId) return;
    const row = list.querySelector<HTMLElement>(`[data-change-row="${CSS.escape(selectedId)}"]`);
    if (!row) return;
    if (reveal.current === selectedId) {
      reveal.current = null;
      revealInside(list, row);
    }
    if (focus.current !== focusRequest) {
      focus.current = focusRequest;
      row.querySelector<HTMLElement>('.cmp-row-main')?.focus({ preventScroll: true });
    }
  });

  return (
    <aside className="cmp-list" aria-label={t('list.label')} data-testid="change-list">
      <div className="cmp-list-head">
        <h2 className="cmp-pane-title">
          {t('list.label')}{' '}
          <span className="cmp-count" data-testid="change-count">
            {tree.changes.length}
          </span>
        </h2>
        <p className="cmp-list-summary">
          {t('list.summary', { reviewed: reviewedCount, total: tree.changes.length })}
        </p>
        <div className="cmp-chips" role="group" aria-label={t('list.filter')}>
          <button
            type="button"
            className="cmp-chip"
            aria-pressed={kindFilter === null}
            onClick={() => onFilter(null)}
          >
            {t('list.all')} <span className="cmp-chip-count">{tree.changes.length}</span>
          </button>
          {kinds.map((kind) => (
            <button
              key={kind}
              type="button"
              className="cmp-chip"
              aria-pressed={kindFilter === kind}
              data-testid={`filter-${kind}`}
              onClick={() => onFilter(kindFilter === kind ? null : kind)}
            >
              <ChangeKindIcon kind={kind} size={12} />
              {changeKindLabel(kind, uiLanguage)}
              <span className="cmp-chip-count">{tree.counts[kind]}</span>
            </button>
          ))}
        </div>
      </div>
      {visibleChanges.length === 0 ? (
        <p className="cmp-muted cmp-list-empty">{t('list.empty')}</p>
      ) : (
        <div className="cmp-rows" ref={setList}>
          <ol
            className="cmp-rows-list"
            // The rows in view are drawn; the padding stands for the others.
            style={{ paddingTop, paddingBottom }}
            data-testid="change-rows"
          >
            {items.map((item) => {
              const change = visibleChanges[item.index];
              if (!change) return null;
              // One tab stop for the list (the selected row); J/K and the arrows move between rows.
              const tabIndex = item.index === Math.max(0, selectedIndex) ? 0 : -1;
              const reviewed = marks.reviewed[change.id] === true;
              const number = change.clauseNumberB ?? change.clauseNumberA;
              return (
                <li
                  key={item.key}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  // Only a window of rows is drawn: each says where it is in the whole list.
                  aria-setsize={visibleChanges.length}
                  aria-posinset={item.index + 1}
                  className={`cmp-row${change.id === selectedId ? ' is-selected' : ''}${reviewed ? ' is-reviewed' : ''}${silentIds?.has(change.id) ? ' is-silent' : ''}`}
                  data-change-row={change.id}
                  data-kind={change.kind}
                  data-testid="change-row"
                >
                  <button
                    type="button"
                    className="cmp-row-main"
                    aria-current={change.id === selectedId ? 'true' : undefined}
                    tabIndex={tabIndex}
                    onClick={() => onSelect(change.id)}
                  >
                    {silentIds?.has(change.id) && <SilentEditBadge />}
                    <span className="cmp-row-kind">
                      <ChangeKindIcon kind={change.kind} />
                      {changeKindLabel(change.kind, uiLanguage)}
                    </span>
                    {change.clauseId && (
                      <span className="cmp-row-clause">
                        {number} {change.heading}
                      </span>
                    )}
                    <span className="cmp-row-summary">{describeChange(change, uiLanguage)}</span>
                    {change.kind === 'term' && <EffectBadge effect={change.effect} />}
                  </button>
                  <div className="cmp-row-side">
                    <button
                      type="button"
                      role="checkbox"
                      aria-checked={reviewed}
                      className="cmp-reviewed"
                      aria-label={t('list.markReviewed')}
                      title={t('list.markReviewed')}
                      data-testid="change-reviewed"
                      tabIndex={tabIndex}
                      onClick={() => onToggleReviewed(change.id)}
                    >
                      {reviewed && <Check size={12} aria-hidden />}
                    </button>
                    {decidable && <DecisionIcon decision={marks.decisions[change.id]} />}
                  </div>
                </li>
              );
            })}
          </ol>
        </div>
      )}
    </aside>
  );
});
