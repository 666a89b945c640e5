import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, Mark } from '../../../shared/model';
import {
  changeLocationLabel,
  type BlockNode,
  type ChangeTree,
  type ClauseNode,
  type PartNode,
  type Span,
  type TextNode,
} from '../../../shared/redline';
import type { RedlineMode } from './useCompareStore';

/** Which spans a column shows: both (inline), the older side, or the newer side. */
type Side = 'both' | 'a' | 'b';

function visible(span: Span, side: Side): boolean {
  if (side === 'a') return span.op !== 'insert';
  if (side === 'b') return span.op !== 'delete';
  return true;
}

/** A node shown in a column only when that side has it. */
function onSide(node: { a: number | null; b: number | null }, side: Side): boolean {
  return side === 'both' || (side === 'a' ? node.a !== null : node.b !== null);
}

const MARK_CLASS: Partial<Record<Mark, string>> = {
  bold: 'cmp-m-bold',
  italic: 'cmp-m-italic',
  underline: 'cmp-m-underline',
  strike: 'cmp-m-strike',
  superscript: 'cmp-m-sup',
  subscript: 'cmp-m-sub',
  hidden: 'cmp-m-hidden',
};

const markClasses = (marks: readonly Mark[] | undefined) =>
  (marks ?? [])
    .map((mark) => MARK_CLASS[mark])
    .filter(Boolean)
    .join(' ');

/** The text of one span as its side shows it: with its marks, a note's own content, an object's placeholder. */
function SpanText({ span, side }: { span: Span; side: Side }) {
  if (span.note)
    return (
      <span className="cmp-note" data-note={span.note.note}>
        <sup aria-hidden>*</sup>
        <span className="cmp-note-body">
          {span.note.blocks.map((node, k) => (
            <InlineBlock key={k} node={node} side={side} />
          ))}
        </span>
      </span>
    );
  if (span.object) return <span className="cmp-object">{span.text}</span>;
  if (span.paragraphBreak)
    return <span className="cmp-break">{side === 'both' && span.op !== 'equal' ? '¶' : ''}</span>;
  const marks = span.op === 'format' && side === 'a' ? span.marksBefore : span.marks;
  const classes = markClasses(marks);
  return classes ? <span className={classes}>{span.text}</span> : <>{span.text}</>;
}

/**
 * Insertions are underlined and deletions struck through (the legal convention, readable without
 * colour); each also carries a visually hidden "inserted:"/"deleted:" for screen readers. A
 * formatting change is marked as such; whitespace folded into a change belongs to it.
 */
function Spans({ spans, side }: { spans: readonly Span[]; side: Side }) {
  const { t } = useTranslation('compare');
  return (
    <>
      {spans.map((span, index) => {
        if (!visible(span, side)) return null;
        const text = <SpanText span={span} side={side} />;
        const lineBreak = span.paragraphBreak && (side !== 'both' || span.op === 'equal') ? <br /> : null;
        if (span.op === 'equal')
          return span.changeId ? (
            <span key={index} data-change-id={span.changeId}>
              {text}
              {lineBreak}
            </span>
          ) : (
            <span key={index}>
              {text}
              {lineBreak}
            </span>
          );
        if (span.op === 'format')
          return (
            <span key={index} className="cmp-format" data-change-id={span.changeId}>
              <span className="visually-hidden">{t('redline.formatted')} </span>
              {text}
            </span>
          );
        const Tag = span.op === 'insert' ? 'ins' : 'del';
        return (
          <Tag key={index} className={`cmp-${span.op}`} data-change-id={span.changeId}>
            <span className="visually-hidden">
              {span.op === 'insert' ? t('redline.inserted') : t('redline.deleted')}{' '}
            </span>
            {text}
            {lineBreak}
          </Tag>
        );
      })}
    </>
  );
}

function hasVisibleText(spans: readonly Span[], side: Side): boolean {
  return spans.some((span) => visible(span, side) && (span.text.length > 0 || span.note !== undefined));
}

/** A block inside a note: its text runs on inline (notes are shown at their reference). */
function InlineBlock({ node, side }: { node: BlockNode; side: Side }) {
  if (!onSide(node, side)) return null;
  if (node.type === 'text') return <Spans spans={node.spans} side={side} />;
  if (node.type === 'list')
    return (
      <>
        {node.items.map((item, k) => (
          <InlineBlock key={k} node={item} side={side} />
        ))}
      </>
    );
  if (node.type === 'table')
    return (
      <>
        {node.rows.map((row) =>
          row.cells.map((cell) =>
            cell.blocks.map((inner, k) => <InlineBlock key={k} node={inner} side={side} />),
          ),
        )}
      </>
    );
  return (
    <>
      {node.blocks.map((inner, k) => (
        <InlineBlock key={k} node={inner} side={side} />
      ))}
    </>
  );
}

function TextBlock({ node, side, item }: { node: TextNode; side: Side; item?: boolean }) {
  if (!onSide(node, side)) return null;
  if (side !== 'both' && !hasVisibleText(node.spans, side)) return null;
  const level = (side === 'a' ? node.item?.a?.level : (node.item?.b?.level ?? node.item?.a?.level)) ?? 0;
  return (
    <p
      className={item ? 'cmp-item' : 'cmp-para'}
      style={item && level > 0 ? { marginInlineStart: `${level * 1.5}em` } : undefined}
      data-change-id={node.changeId ?? node.levelChangeId}
    >
      <Spans spans={node.spans} side={side} />
    </p>
  );
}

function Block({ node, side }: { node: BlockNode; side: Side }) {
  if (!onSide(node, side)) return null;
  if (node.type === 'text') return <TextBlock node={node} side={side} />;
  if (node.type === 'list')
    return (
      <div className="cmp-list" data-change-id={node.changeId ?? node.propsChangeId}>
        {node.items.map((item, k) => (
          <TextBlock key={k} node={item} side={side} item />
        ))}
      </div>
    );
  if (node.type === 'table') {
    const rows = node.rows.filter(
      (row) =>
        !(side === 'a' && (row.status === 'inserted' || row.a === null)) &&
        !(side === 'b' && (row.status === 'removed' || row.b === null)),
    );
    return (
      <table className="cmp-table" data-change-id={node.changeId ?? node.propsChangeId}>
        <tbody>
          {rows.map((row, r) => (
            <tr
              key={r}
              className={`cmp-row-${row.status}`}
              data-change-id={row.changeId ?? row.structureChangeId}
            >
              {row.cells
                .filter((cell) => onSide(cell, side))
                .map((cell, c) => (
                  <td
                    key={c}
                    colSpan={(side === 'a' ? cell.propsA?.colSpan : cell.propsB?.colSpan) ?? undefined}
                  >
                    {cell.blocks.map((inner, k) => (
                      <Block key={k} node={inner} side={side} />
                    ))}
                  </td>
                ))}
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  return (
    <div className="cmp-box" data-change-id={node.changeId}>
      {node.blocks.map((inner, k) => (
        <Block key={k} node={inner} side={side} />
      ))}
    </div>
  );
}

function ClauseHeading({ clause, side }: { clause: ClauseNode; side: Side }) {
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
  // Renumbering alone is not a change; inline shows both numbers when they differ.
  const numbers =
    side === 'both' &&
    clause.a &&
    clause.b &&
    clause.a.number !== clause.b.number &&
    clause.status !== 'removed' ? (
      <>
        <del className="cmp-renumber">{clause.a.number}</del> {clause.b.number}
      </>
    ) : (
      own?.number
    );
  return (
    <Heading className="cmp-heading" data-change-id={clause.headingChangeId ?? clause.labelChangeId}>
      <span className="cmp-number">{numbers}</span>
      <span className="cmp-heading-text">
        <Spans spans={clause.heading} side={side} />
      </span>
      {label}
    </Heading>
  );
}

function ClauseSection({ clause, side }: { clause: ClauseNode; side: Side }) {
  return (
    <section
      className={`cmp-clause cmp-clause-${clause.status} cmp-level-${(clause.b ?? clause.a)?.clause.level ?? 1}`}
      data-change-id={clause.changeId ?? clause.moveChangeId}
      data-clause-key={clause.key}
    >
      <ClauseHeading clause={clause} side={side} />
      {clause.blocks.map((block, index) => (
        <Block key={index} node={block} side={side} />
      ))}
    </section>
  );
}

/** Headers and footers (theirs): shown after the clauses, each named. */
function PartSection({ part, side, language }: { part: PartNode; side: Side; language: Language }) {
  if ((side === 'a' && !part.inA) || (side === 'b' && !part.inB)) return null;
  return (
    <section className="cmp-clause cmp-part" data-change-id={part.changeId}>
      <h4 className="cmp-heading cmp-part-heading">{changeLocationLabel(part.kind, language)}</h4>
      {part.blocks.map((block, index) => (
        <Block key={index} node={block} side={side} />
      ))}
    </section>
  );
}

/** Title and parties line, when they changed. */
function Front({ tree, side }: { tree: ChangeTree; side: Side }) {
  const lines = [
    { node: tree.front.title, id: tree.front.titleChangeId, className: 'cmp-front-title' },
    { node: tree.front.parties, id: tree.front.partiesChangeId, className: 'cmp-front-parties' },
  ].filter((line) => line.id);
  if (lines.length === 0) return null;
  return (
    <section className="cmp-clause cmp-front">
      {lines.map((line) => (
        <p key={line.className} className={`cmp-para ${line.className}`} data-change-id={line.id}>
          <Spans spans={line.node.spans} side={side} />
        </p>
      ))}
    </section>
  );
}

export interface RedlineViewProps {
  tree: ChangeTree;
  mode: RedlineMode;
  language: Language;
  labelA: string;
  labelB: string;
  onSelectChange(changeId: string): void;
}

/**
 * The redline in the middle of the compare screens, drawn from the change tree's spans. Side by
 * side puts each aligned clause pair in one row of a single scroller, so both sides scroll together
 * and a clause stays beside its counterpart however long either grows. Memoised: selecting a change
 * only moves a highlight.
 */
export const RedlineView = memo(function RedlineView({
  tree,
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
        <Front tree={tree} side="both" />
        {tree.clauses.map((clause) => (
          <ClauseSection key={clause.key} clause={clause} side="both" />
        ))}
        {tree.parts.map((part) => (
          <PartSection
            key={`${part.section}-${part.kind}-${part.variant}`}
            part={part}
            side="both"
            language={language}
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
      {(tree.front.titleChangeId || tree.front.partiesChangeId) && (
        <div className="cmp-sbs-row">
          <div className="cmp-sbs-cell cmp-sbs-a">
            <Front tree={tree} side="a" />
          </div>
          <div className="cmp-sbs-cell cmp-sbs-b">
            <Front tree={tree} side="b" />
          </div>
        </div>
      )}
      {tree.clauses.map((clause) => (
        <div key={clause.key} className="cmp-sbs-row">
          <div className="cmp-sbs-cell cmp-sbs-a" data-testid="sbs-a">
            {clause.a && <ClauseSection clause={clause} side="a" />}
          </div>
          <div className="cmp-sbs-cell cmp-sbs-b" data-testid="sbs-b">
            {clause.b && clause.status !== 'removed' && <ClauseSection clause={clause} side="b" />}
          </div>
        </div>
      ))}
      {tree.parts.map((part) => (
        <div key={`${part.section}-${part.kind}-${part.variant}`} className="cmp-sbs-row">
          <div className="cmp-sbs-cell cmp-sbs-a">
            <PartSection part={part} side="a" language={language} />
          </div>
          <div className="cmp-sbs-cell cmp-sbs-b">
            <PartSection part={part} side="b" language={language} />
          </div>
        </div>
      ))}
    </div>
  );
});
