import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/model';
import type { BlockDiff, ClauseDiff, DiffPart, Redline } from '../../../shared/redline';
import type { RedlineMode } from './useCompareStore';

/** Which parts a column shows: both (inline), the older side, or the newer side. */
type Side = 'both' | 'a' | 'b';

function visible(part: DiffPart, side: Side): boolean {
  if (side === 'a') return part.op !== 'insert';
  if (side === 'b') return part.op !== 'delete';
  return true;
}

/**
 * Insertions are underlined and deletions struck through (the legal convention, readable without
 * colour); each also carries a visually hidden "inserted:"/"deleted:" for screen readers.
 */
function Parts({ parts, side }: { parts: readonly DiffPart[]; side: Side }) {
  const { t } = useTranslation('compare');
  return (
    <>
      {parts.map((part, index) => {
        if (!visible(part, side)) return null;
        if (part.op === 'equal') return <span key={index}>{part.text}</span>;
        const Tag = part.op === 'insert' ? 'ins' : 'del';
        return (
          <Tag key={index} className={`cmp-${part.op}`} data-change-id={part.changeId}>
            <span className="visually-hidden">
              {part.op === 'insert' ? t('redline.inserted') : t('redline.deleted')}{' '}
            </span>
            {part.text}
          </Tag>
        );
      })}
    </>
  );
}

function hasVisibleText(parts: readonly DiffPart[], side: Side): boolean {
  return parts.some((part) => visible(part, side) && part.text.length > 0);
}

function Block({ block, side }: { block: BlockDiff; side: Side }) {
  if (block.type === 'text') {
    if (side !== 'both' && !hasVisibleText(block.parts, side)) return null;
    return (
      <p className={block.item !== undefined ? 'cmp-item' : 'cmp-para'}>
        <Parts parts={block.parts} side={side} />
      </p>
    );
  }
  const rows = block.rows.filter(
    (row) => !(side === 'a' && row.status === 'inserted') && !(side === 'b' && row.status === 'removed'),
  );
  return (
    <table className="cmp-table">
      <tbody>
        {rows.map((row, r) => (
          <tr key={r} className={`cmp-row-${row.status}`}>
            {row.cells.map((cell, c) => (
              <td key={c}>
                <Parts parts={cell} side={side} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function clauseChangeId(clause: ClauseDiff, redline: Redline): string | undefined {
  if (clause.status !== 'inserted' && clause.status !== 'removed' && clause.status !== 'moved')
    return undefined;
  const kind =
    clause.status === 'moved'
      ? 'clause-moved'
      : clause.status === 'inserted'
        ? 'clause-inserted'
        : 'clause-removed';
  const clauseId = clause.b?.clause.id ?? clause.a?.clause.id;
  return redline.changes.find((change) => change.kind === kind && change.clauseId === clauseId)?.id;
}

function ClauseHeading({ clause, side }: { clause: ClauseDiff; side: Side }) {
  const { t } = useTranslation('compare');
  const own = side === 'a' ? clause.a : side === 'b' ? clause.b : (clause.b ?? clause.a);
  const level = own?.clause.level ?? 1;
  const Heading = level === 1 ? 'h3' : 'h4';
  let label: ReactNode = null;
  if (clause.status === 'moved' && clause.a && clause.b)
    label = (
      <span className="cmp-clause-label cmp-label-moved">
        {t('redline.moved', { from: clause.a.number, to: clause.b.number })}
      </span>
    );
  else if (clause.status === 'inserted')
    label = <span className="cmp-clause-label">{t('redline.added')}</span>;
  else if (clause.status === 'removed')
    label = <span className="cmp-clause-label">{t('redline.removed')}</span>;
  // Renumbering alone is not a change (numbers are derived); inline shows both numbers when they differ.
  const numbers =
    side === 'both' && clause.a && clause.b && clause.a.number !== clause.b.number ? (
      <>
        <del className="cmp-renumber">{clause.a.number}</del> {clause.b.number}
      </>
    ) : (
      own?.number
    );
  return (
    <Heading className="cmp-heading">
      <span className="cmp-number">{numbers}</span>
      <span className="cmp-heading-text">
        <Parts parts={clause.heading} side={side} />
      </span>
      {label}
    </Heading>
  );
}

function ClauseSection({ clause, side, changeId }: { clause: ClauseDiff; side: Side; changeId?: string }) {
  return (
    <section
      className={`cmp-clause cmp-clause-${clause.status} cmp-level-${(clause.b ?? clause.a)?.clause.level ?? 1}`}
      data-change-id={changeId}
      data-clause-key={clause.key}
    >
      <ClauseHeading clause={clause} side={side} />
      {clause.blocks.map((block, index) => (
        <Block key={index} block={block} side={side} />
      ))}
    </section>
  );
}

export interface RedlineViewProps {
  redline: Redline;
  mode: RedlineMode;
  language: Language;
  labelA: string;
  labelB: string;
  onSelectChange(changeId: string): void;
}

/**
 * The redline in the middle of the compare screen. Side by side puts each aligned clause pair in
 * one row of a single scroller, so both sides scroll together and a clause stays beside its
 * counterpart however long either grows. Memoised: selecting a change only moves a highlight.
 */
export const RedlineView = memo(function RedlineView({
  redline,
  mode,
  language,
  labelA,
  labelB,
  onSelectChange,
}: RedlineViewProps) {
  const { t } = useTranslation('compare');
  const onClick = (event: React.MouseEvent) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-change-id]');
    if (target?.dataset.changeId) onSelectChange(target.dataset.changeId);
  };
  if (mode === 'inline')
    return (
      <article
        className="cmp-page"
        lang={language}
        aria-label={t('redline.label')}
        data-testid="redline-inline"
        onClick={onClick}
      >
        {redline.clauses.map((clause) => (
          <ClauseSection
            key={clause.key}
            clause={clause}
            side="both"
            changeId={clauseChangeId(clause, redline)}
          />
        ))}
      </article>
    );
  return (
    <div
      className="cmp-sbs"
      lang={language}
      aria-label={t('redline.label')}
      role="region"
      data-testid="redline-side-by-side"
      onClick={onClick}
    >
      <div className="cmp-sbs-head">{labelA}</div>
      <div className="cmp-sbs-head">{labelB}</div>
      {redline.clauses.map((clause) => {
        const changeId = clauseChangeId(clause, redline);
        return (
          <div key={clause.key} className="cmp-sbs-row">
            <div className="cmp-sbs-cell cmp-sbs-a" data-testid="sbs-a">
              {clause.a && <ClauseSection clause={clause} side="a" changeId={changeId} />}
            </div>
            <div className="cmp-sbs-cell cmp-sbs-b" data-testid="sbs-b">
              {clause.b && <ClauseSection clause={clause} side="b" changeId={changeId} />}
            </div>
          </div>
        );
      })}
    </div>
  );
});
