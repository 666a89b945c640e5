import {
  createContext,
  memo,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
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
import { rangesOf } from './findInRedline';
import { estimateRowHeight, redlineRows, type RedlineRow } from './redlineRows';
import { measureRow } from './measureRow';
import { revealInside } from './revealInside';
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
 * The words a screen reader hears before a change ("inserted:", "deleted:"), translated once per
 * redline rather than once per span: a long clause has hundreds of spans.
 */
const SpanLabels = createContext({ inserted: 'inserted:', deleted: 'deleted:', formatted: 'formatted:' });

/**
 * Insertions are underlined and deletions struck through (the legal convention, readable without
 * colour); each also carries a visually hidden "inserted:"/"deleted:" for screen readers. A
 * formatting change is marked as such; whitespace folded into a change belongs to it.
 */
function Spans({ spans, side }: { spans: readonly Span[]; side: Side }) {
  const labels = useContext(SpanLabels);
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
              <span className="visually-hidden">{labels.formatted} </span>
              {text}
            </span>
          );
        const Tag = span.op === 'insert' ? 'ins' : 'del';
        return (
          <Tag key={index} className={`cmp-${span.op}`} data-change-id={span.changeId}>
            <span className="visually-hidden">
              {span.op === 'insert' ? labels.inserted : labels.deleted}{' '}
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
  /** The pane the redline scrolls in; until it is known, a window-high viewport is assumed. */
  scrollElement?: HTMLElement | null;
  /** Highlighted, and scrolled into view (drawn first if it is outside the window). */
  selectedId?: string | null;
  /**
   * The screen's own find (RedlineFind): its matches are marked in the drawn rows, and the row of
   * the current one (`row`) is scrolled to whenever `serial` changes.
   */
  find?: { query: string; row: number | null; serial: number } | null;
}

/** Room left above a row scrolled to by find: its bar is docked over the top of the redline. */
const FIND_BAR_CLEARANCE = 56;

/** Rows drawn beyond the visible ones on each side: a short scroll shows text at once. */
const OVERSCAN = 3;
/**
 * A redline of up to this many rows (an agreement of 15–25 clauses and its headers and footers) is
 * drawn whole: that costs little, and the browser's find (Ctrl+F) and a screen reader reading the
 * whole text keep working on it. Longer ones are windowed; the browser's find cannot see past the
 * window there, the screen's own (RedlineFind, Ctrl+F) looks through every row.
 */
export const WHOLE_REDLINE_ROWS = 30;
/** At most this many frames are spent bringing a selected change into view (half a second). */
const REVEAL_FRAMES = 30;

/** One row of the redline, inline (both sides in one text) or as the two columns of side by side. */
const RowContent = memo(function RowContent({
  row,
  tree,
  mode,
  language,
}: {
  row: RedlineRow;
  tree: ChangeTree;
  mode: RedlineMode;
  language: Language;
}) {
  if (mode === 'inline') {
    if (row.type === 'front') return <Front tree={tree} side="both" />;
    if (row.type === 'clause') return <ClauseSection clause={row.clause} side="both" />;
    return <PartSection part={row.part} side="both" language={language} />;
  }
  if (row.type === 'front')
    return (
      <>
        <div className="cmp-sbs-cell cmp-sbs-a">
          <Front tree={tree} side="a" />
        </div>
        <div className="cmp-sbs-cell cmp-sbs-b">
          <Front tree={tree} side="b" />
        </div>
      </>
    );
  if (row.type === 'clause') {
    const { clause } = row;
    return (
      <>
        <div className="cmp-sbs-cell cmp-sbs-a" data-testid="sbs-a">
          {clause.a && <ClauseSection clause={clause} side="a" />}
        </div>
        <div className="cmp-sbs-cell cmp-sbs-b" data-testid="sbs-b">
          {clause.b && clause.status !== 'removed' && <ClauseSection clause={clause} side="b" />}
        </div>
      </>
    );
  }
  return (
    <>
      <div className="cmp-sbs-cell cmp-sbs-a">
        <PartSection part={row.part} side="a" language={language} />
      </div>
      <div className="cmp-sbs-cell cmp-sbs-b">
        <PartSection part={row.part} side="b" language={language} />
      </div>
    </>
  );
});

/**
 * The redline in the middle of the compare screens, drawn from the change tree's spans. Windowed
 * when long (issue 12 §4; see WHOLE_REDLINE_ROWS): only the rows in view and a few around them are
 * in the DOM, each measured as it is drawn, so a 100-page pair opens as fast as a short one. Side by side puts each aligned clause
 * pair in one row of a single scroller, so both sides scroll together and a clause stays beside its
 * counterpart however long either grows. Selecting a change re-draws only the window: the
 * highlight is a class on the change's elements, and a change outside the window is scrolled to
 * by its row first and then to its exact place once drawn.
 */
export const RedlineView = memo(function RedlineView({
  tree,
  mode,
  language,
  labelA,
  labelB,
  onSelectChange,
  scrollElement = null,
  selectedId = null,
  find = null,
}: RedlineViewProps) {
  const { t, i18n } = useTranslation('compare');
  const labels = useMemo(
    () => ({
      inserted: t('redline.inserted'),
      deleted: t('redline.deleted'),
      formatted: t('redline.formatted'),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the labels change with the language only
    [i18n.language],
  );
  const { rows, rowOfChange, chars } = useMemo(() => redlineRows(tree), [tree]);
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  // Where the rows start inside the scroller: below its padding, the page's and the column heads.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list || !scrollElement) return;
    setScrollMargin(
      list.getBoundingClientRect().top - scrollElement.getBoundingClientRect().top + scrollElement.scrollTop,
    );
  }, [scrollElement, mode]);

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders this view itself when it scrolls; nothing memoizes its functions
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollElement,
    estimateSize: (index) => estimateRowHeight(chars[index] ?? 0, mode),
    overscan: rows.length <= WHOLE_REDLINE_ROWS ? rows.length : OVERSCAN,
    scrollMargin,
    getItemKey: (index) => `${mode}:${rows[index]?.key ?? index}`,
    // Measuring a drawn row re-renders on the next frame, not synchronously inside React's commit.
    useFlushSync: false,
    measureElement: measureRow,
    initialRect: { width: 1000, height: typeof window === 'undefined' ? 800 : window.innerHeight },
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const paddingTop = first ? first.start - scrollMargin : 0;
  const paddingBottom = last ? Math.max(0, virtualizer.getTotalSize() - (last.end - scrollMargin)) : 0;

  // The selection is revealed when it changes. A row outside the window is scrolled to by its
  // estimated place first; once drawn, the change itself is brought into view, and again in the next
  // frames while the rows around it are measured and move it — until it stays put, or the user
  // scrolls. (The virtualizer's own scrollToIndex keeps re-aiming at the row's start, which fights
  // the exact placement.)
  useLayoutEffect(() => {
    const row = selectedId ? rowOfChange.get(selectedId) : undefined;
    if (!selectedId || row === undefined || !scrollElement) return undefined;
    let frame = 0;
    let frames = 0;
    let still = 0;
    const step = () => {
      const target = listRef.current?.querySelector<HTMLElement>(
        `[data-change-id="${CSS.escape(selectedId)}"]`,
      );
      if (target) still = revealInside(scrollElement, target) ? 0 : still + 1;
      else {
        const offset = virtualizer.getOffsetForIndex(row, 'center')?.[0];
        if (offset !== undefined) scrollElement.scrollTop = offset;
        still = 0;
      }
      if (still < 3 && ++frames < REVEAL_FRAMES) frame = requestAnimationFrame(step);
    };
    const stop = () => cancelAnimationFrame(frame);
    step();
    scrollElement.addEventListener('wheel', stop, { passive: true });
    scrollElement.addEventListener('pointerdown', stop);
    return () => {
      stop();
      scrollElement.removeEventListener('wheel', stop);
      scrollElement.removeEventListener('pointerdown', stop);
    };
  }, [selectedId, rowOfChange, mode, scrollElement, virtualizer]);
  // The highlight: a class on the selection's elements wherever they are drawn, after every render.
  const highlighted = useRef<HTMLElement[]>([]);
  useLayoutEffect(() => {
    for (const element of highlighted.current) element.classList.remove('is-selected');
    const list = listRef.current;
    highlighted.current =
      list && selectedId
        ? [...list.querySelectorAll<HTMLElement>(`[data-change-id="${CSS.escape(selectedId)}"]`)]
        : [];
    for (const element of highlighted.current) element.classList.add('is-selected');
  });

  // Find: the row of the current match is scrolled to (drawn first when outside the window) …
  const findRow = find?.row ?? null;
  const findSerial = find?.serial ?? 0;
  useLayoutEffect(() => {
    if (findRow === null || !scrollElement) return;
    if (listRef.current?.querySelector(`[data-index="${findRow}"]`)) return;
    // By its estimated place (as a change outside the window is): the match is aimed at once drawn.
    const offset = virtualizer.getOffsetForIndex(findRow, 'start')?.[0];
    // Clear of the find bar docked at the top.
    if (offset !== undefined) scrollElement.scrollTop = offset - FIND_BAR_CLEARANCE;
  }, [findRow, findSerial, scrollElement, virtualizer]);
  // … and every match in the drawn rows is marked (CSS Custom Highlight API: no element changes),
  // after every render, the current one brought into view once it is drawn.
  const revealedSerial = useRef(0);
  useLayoutEffect(() => {
    const registry = typeof CSS === 'undefined' ? undefined : CSS.highlights;
    const list = listRef.current;
    if (!registry) return;
    if (!find?.query || !list) {
      registry.delete('cmp-find');
      registry.delete('cmp-find-current');
      return;
    }
    const others: Range[] = [];
    const current: Range[] = [];
    for (const row of list.querySelectorAll<HTMLElement>('[data-index]'))
      (Number(row.dataset.index) === find.row ? current : others).push(
        ...rangesOf(row, find.query, language),
      );
    registry.set('cmp-find', new Highlight(...others));
    registry.set('cmp-find-current', new Highlight(...current));
    const first = current[0];
    if (first && scrollElement && revealedSerial.current !== find.serial) {
      revealedSerial.current = find.serial;
      const at = first.getBoundingClientRect();
      const view = scrollElement.getBoundingClientRect();
      if (at.top < view.top || at.bottom > view.bottom)
        scrollElement.scrollTop += at.top - view.top - view.height / 3;
    }
  });
  useEffect(
    () => () => {
      if (typeof CSS === 'undefined' || !CSS.highlights) return;
      CSS.highlights.delete('cmp-find');
      CSS.highlights.delete('cmp-find-current');
    },
    [],
  );

  const onClick = (event: React.MouseEvent) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-change-id]');
    if (target?.dataset.changeId) onSelectChange(target.dataset.changeId);
  };
  const body = (
    <SpanLabels.Provider value={labels}>
      <div
        ref={listRef}
        className="cmp-vlist"
        style={{ paddingTop, paddingBottom }}
        data-testid="redline-rows"
        data-rows={rows.length}
      >
        {items.map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className={mode === 'inline' ? 'cmp-vrow' : 'cmp-vrow cmp-sbs-row'}
            >
              <RowContent row={row} tree={tree} mode={mode} language={language} />
            </div>
          );
        })}
      </div>
    </SpanLabels.Provider>
  );
  if (mode === 'inline')
    return (
      <article
        className="cmp-page"
        lang={language}
        aria-label={t('redline.label')}
        data-testid="redline-inline"
        onClick={onClick}
      >
        {body}
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
      {body}
    </div>
  );
});
