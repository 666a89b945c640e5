import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ArrowDown,
  ArrowUp,
  IndentDecrease,
  IndentIncrease,
  MoreHorizontal,
  Plus,
  Trash2,
} from 'lucide-react';
import type { LibraryClause } from '../../../shared/model';
import type { OutlineItem } from './outlineItems';
import { Menu } from '../../components/Menu';
import { Button, IconButton } from '../../components/Button';
import type { ClauseStatus } from './clauseStatus';
import { StatusDots } from './StatusDots';
import { ClauseBandDot } from '../guardrails/ClauseBandDot';
import { OutlineCommentCount } from '../comments/CommentMarkers';
import { useWorkspaceStore } from './useWorkspaceStore';

export interface ClauseOutlineProps {
  outline: readonly OutlineItem[];
  numbers: readonly string[];
  statuses: ReadonlyMap<string, ClauseStatus>;
  available: readonly LibraryClause[];
  onMove(clauseId: string, toIndex: number): void;
  onSetLevel(clauseId: string, level: 1 | 2): void;
  onRemove(clauseId: string): void;
  onAdd(item: LibraryClause): void;
  /** A closed deal: clauses can be selected, not moved, removed or added. */
  readOnly?: boolean;
}

/** Left pane: the clauses with their derived numbers; reorder by menu, Alt+↑/↓ or drag and drop. */
export const ClauseOutline = memo(function ClauseOutline({
  outline,
  numbers,
  statuses,
  available,
  onMove,
  onSetLevel,
  onRemove,
  onAdd,
  readOnly = false,
}: ClauseOutlineProps) {
  const { t } = useTranslation('workspace');
  const selectedId = useWorkspaceStore((state) => state.selectedClauseId);
  const selectClause = useWorkspaceStore((state) => state.selectClause);
  const [dragId, setDragId] = useState<string | null>(null);
  const [dropIndex, setDropIndex] = useState<number | null>(null);
  const last = outline.length - 1;

  return (
    <nav className="ws-outline" aria-label={t('outline.label')}>
      <div className="ws-pane-title">{t('outline.title')}</div>
      <ol className="ws-outline-list" data-testid="clause-outline">
        {outline.map((clause, index) => (
          <li
            key={clause.id}
            className={`ws-outline-item ws-outline-level-${clause.level}`}
            data-selected={selectedId === clause.id || undefined}
            data-drop={dropIndex === index && dragId !== clause.id ? 'before' : undefined}
            data-testid={`outline-${clause.id}`}
            draggable={!readOnly}
            onDragStart={(event) => {
              event.dataTransfer.effectAllowed = 'move';
              event.dataTransfer.setData('text/plain', clause.id);
              setDragId(clause.id);
            }}
            onDragOver={(event) => {
              if (!dragId) return;
              event.preventDefault();
              setDropIndex(index);
            }}
            onDragEnd={() => {
              setDragId(null);
              setDropIndex(null);
            }}
            onDrop={(event) => {
              event.preventDefault();
              if (dragId && dragId !== clause.id) {
                const from = outline.findIndex((c) => c.id === dragId);
                onMove(dragId, from < index ? index - 1 : index);
              }
              setDragId(null);
              setDropIndex(null);
            }}
          >
            <button
              type="button"
              className="ws-outline-link"
              aria-current={selectedId === clause.id ? 'true' : undefined}
              onClick={() => selectClause(clause.id, { scroll: true })}
            >
              <span className="ws-outline-number">{numbers[index]}</span>
              <span className="ws-outline-heading">{clause.heading || t('outline.untitled')}</span>
              <StatusDots
                wordingChanged={statuses.get(clause.id)?.wordingChanged ?? false}
                changedTerms={statuses.get(clause.id)?.changedTerms.length ?? 0}
              />
              <ClauseBandDot clauseId={clause.id} />
              <OutlineCommentCount clauseId={clause.id} />
            </button>
            {!readOnly && (
              <Menu
                trigger={
                  <IconButton
                    size="sm"
                    className="ws-outline-more"
                    label={t('outline.actions', { heading: clause.heading })}
                    icon={<MoreHorizontal size={14} aria-hidden />}
                  />
                }
                items={[
                  {
                    label: t('outline.moveUp'),
                    icon: <ArrowUp size={14} aria-hidden />,
                    disabled: index === 0,
                    onSelect: () => onMove(clause.id, index - 1),
                  },
                  {
                    label: t('outline.moveDown'),
                    icon: <ArrowDown size={14} aria-hidden />,
                    disabled: index === last,
                    onSelect: () => onMove(clause.id, index + 1),
                  },
                  clause.level === 1
                    ? {
                        label: t('outline.indent'),
                        icon: <IndentIncrease size={14} aria-hidden />,
                        disabled: index === 0,
                        onSelect: () => onSetLevel(clause.id, 2),
                      }
                    : {
                        label: t('outline.outdent'),
                        icon: <IndentDecrease size={14} aria-hidden />,
                        onSelect: () => onSetLevel(clause.id, 1),
                      },
                  null,
                  {
                    label: t('outline.remove'),
                    icon: <Trash2 size={14} aria-hidden />,
                    danger: true,
                    onSelect: () => onRemove(clause.id),
                  },
                ]}
              />
            )}
          </li>
        ))}
      </ol>
      <div className="ws-outline-footer">
        <Menu
          align="start"
          trigger={
            <Button
              size="sm"
              variant="ghost"
              icon={<Plus size={14} aria-hidden />}
              disabled={readOnly || available.length === 0}
              data-testid="add-clause"
            >
              {t('outline.add')}
            </Button>
          }
          items={available.map((item) => ({
            label: item.clause.heading,
            onSelect: () => onAdd(item),
          }))}
        />
        <p className="ws-outline-hint">{t('outline.hint')}</p>
      </div>
    </nav>
  );
});
