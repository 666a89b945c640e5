import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
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
}

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

/** Left pane: counts and filter chips by kind, then one row per change with its review and decision state. */
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
}: ChangeListProps) {
  const { t } = useTranslation('compare');
  const listRef = useRef<HTMLOListElement>(null);
  const kinds = (Object.keys(tree.counts) as ChangeKind[]).filter((kind) => tree.counts[kind] > 0);
  const reviewedCount = tree.changes.filter((change) => marks.reviewed[change.id]).length;

  useEffect(() => {
    if (!selectedId) return;
    const list = listRef.current;
    const row = list?.querySelector<HTMLElement>(`[data-change-row="${CSS.escape(selectedId)}"]`);
    if (list && row) revealInside(list, row);
  }, [selectedId]);

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
        <ol className="cmp-rows" ref={listRef}>
          {visibleChanges.map((change) => {
            const reviewed = marks.reviewed[change.id] === true;
            const number = change.clauseNumberB ?? change.clauseNumberA;
            return (
              <li
                key={change.id}
                className={`cmp-row${change.id === selectedId ? ' is-selected' : ''}${reviewed ? ' is-reviewed' : ''}${silentIds?.has(change.id) ? ' is-silent' : ''}`}
                data-change-row={change.id}
                data-kind={change.kind}
                data-testid="change-row"
              >
                <button
                  type="button"
                  className="cmp-row-main"
                  aria-current={change.id === selectedId ? 'true' : undefined}
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
      )}
    </aside>
  );
});
