import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Columns2, Rows2 } from 'lucide-react';
import type { Language } from '../../../shared/model';
import { decideAllOfKind, type Change, type ChangeTree, type Decision } from '../../../shared/redline';
import { silentEditIds } from '../word/silentEditIds';
import { changeRows } from './changeRows';
import { ChangeDetails } from './ChangeDetails';
import { ChangeList } from './ChangeList';
import { findRows, foldedRowTexts } from './findInRedline';
import { RedlineFind } from './RedlineFind';
import { RedlineView } from './RedlineView';
import { redlineRows } from './redlineRows';
import type { ReviewPatch } from '../../db';
import { showToast } from '../../components/useToastStore';
import type { ChangeReviews } from './useChangeReviews';
import { emptyMarks, nextOpenChange, useCompareStore } from './useCompareStore';

/** Keys typed into a field or a dialog belong there, not to the change list. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('[role="dialog"], [role="alertdialog"], [role="listbox"], [role="menu"]')) return true;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export interface ReviewPanesProps {
  tree: ChangeTree;
  /** The review work on this pair: stored for a deal (`useChangeReviews`), in memory for files. */
  reviews: ChangeReviews;
  labelA: string;
  labelB: string;
  uiLanguage: Language;
  /** Whether decisions are taken here (the deal's compare screen builds the next draft from them). */
  decidable: boolean;
  /** Below the details: e.g. the Word comments of the newer side, the selected change's clause first. */
  aside?: (selected: Change | null) => ReactNode;
}

/**
 * The review of one change tree (issue 8 §1: the deal's Compare screen and Compare files are the
 * same screen over the same model): the change list with kind filters and silent edits first, the
 * redline inline or side by side, the selected change's details, J/K or arrows to step, Space to
 * tick "reviewed", and where decisions are taken A/R.
 */
export function ReviewPanes({
  tree,
  reviews,
  labelA,
  labelB,
  uiLanguage,
  decidable,
  aside,
}: ReviewPanesProps) {
  const { t } = useTranslation('compare');
  const silentIds = useMemo(() => silentEditIds(tree), [tree]);
  const marks = reviews.marks ?? emptyMarks;
  const selectedId = useCompareStore((store) => store.selectedChangeId);
  const kindFilter = useCompareStore((store) => store.kindFilter);
  const mode = useCompareStore((store) => store.mode);
  const store = useCompareStore.getState;
  const docLanguage = tree.b.language ?? tree.a.language ?? 'en';

  const visibleChanges = useMemo(
    () => changeRows(tree, kindFilter, silentIds),
    [tree, kindFilter, silentIds],
  );
  const selected: Change | null = tree.changes.find((change) => change.id === selectedId) ?? null;

  // A new redline starts at its first change; a filter that hides the selection moves it to the first shown.
  useEffect(() => {
    const current = store().selectedChangeId;
    if (!visibleChanges.some((change) => change.id === current))
      store().select(visibleChanges[0]?.id ?? null);
  }, [tree, visibleChanges, store]);

  // The redline's scroller, as state: the windowed redline needs it to know what is in view.
  const [redlineScroller, setRedlineScroller] = useState<HTMLDivElement | null>(null);
  // A step by key moves the focus to the change's row too (the list is windowed: it is drawn first).
  const [focusRequest, setFocusRequest] = useState(0);

  const select = useCallback((changeId: string) => store().select(changeId), [store]);
  const failed = useCallback(
    (error: unknown) =>
      showToast({
        message: t('review.failed', { message: error instanceof Error ? error.message : String(error) }),
        tone: 'error',
      }),
    [t],
  );
  /** One review action: stored in one transaction, one Undo step back to this selection. */
  const review = useCallback(
    (patches: Map<string, ReviewPatch>) =>
      reviews.apply(patches, store().selectedChangeId).then(
        () => true,
        (error: unknown) => {
          failed(error);
          return false;
        },
      ),
    [reviews, store, failed],
  );
  /** Accept or reject, then on to the next open change (Word's "Accept and Move to Next"). */
  const decide = useCallback(
    async (changeId: string, decision: Decision | null) => {
      if (!(await review(new Map([[changeId, { decision }]])))) return;
      if (decision && store().selectedChangeId === changeId)
        store().select(
          nextOpenChange(visibleChanges, changeId, { ...marks.decisions, [changeId]: decision }),
        );
    },
    [review, store, visibleChanges, marks.decisions],
  );
  const decideKind = useCallback(
    (decision: Decision) => {
      if (!selected) return;
      const all = decideAllOfKind(tree, selected.kind, decision, marks.decisions);
      const patches = new Map<string, ReviewPatch>();
      for (const [changeId, value] of Object.entries(all))
        if (marks.decisions[changeId] !== value) patches.set(changeId, { decision: value });
      void review(patches);
    },
    [tree, selected, marks.decisions, review],
  );
  const toggleReviewed = useCallback(
    (changeId: string) => void review(new Map([[changeId, { reviewed: !marks.reviewed[changeId] }]])),
    [review, marks.reviewed],
  );
  const saveNote = useCallback(
    (changeId: string, note: string) => {
      if ((marks.notes[changeId] ?? '') === note) return;
      void review(new Map([[changeId, { note }]]));
    },
    [review, marks.notes],
  );
  const undo = useCallback(async () => {
    try {
      const selectedBefore = await reviews.undo();
      if (selectedBefore === false) return;
      if (selectedBefore) store().select(selectedBefore);
      showToast({ message: t('review.undone') });
    } catch (error) {
      failed(error);
    }
  }, [reviews, store, t, failed]);

  // The screen's own find (Ctrl+F): the browser's sees only the rows a long redline has drawn.
  const [findOpen, setFindOpen] = useState(false);
  const [findQuery, setFindQuery] = useState('');
  const [findAt, setFindAt] = useState({ current: 0, serial: 0 });
  const [findFocus, setFindFocus] = useState(0);
  const foldedTexts = useMemo(
    () => (findOpen ? foldedRowTexts(tree, redlineRows(tree).rows, docLanguage) : null),
    [findOpen, tree, docLanguage],
  );
  const findHits = useMemo(
    () => (foldedTexts ? findRows(foldedTexts, findQuery, docLanguage) : []),
    [foldedTexts, findQuery, docLanguage],
  );
  const findCurrent = Math.min(findAt.current, Math.max(0, findHits.length - 1));
  const stepFind = useCallback(
    (delta: 1 | -1) =>
      setFindAt((at) => ({
        current: findHits.length
          ? (Math.min(at.current, findHits.length - 1) + delta + findHits.length) % findHits.length
          : 0,
        serial: at.serial + 1,
      })),
    [findHits.length],
  );
  const closeFind = useCallback(() => {
    setFindOpen(false);
    redlineScroller?.focus();
  }, [redlineScroller]);
  const find = useMemo(
    () =>
      findOpen && findQuery.trim()
        ? { query: findQuery, row: findHits[findCurrent] ?? null, serial: findAt.serial }
        : null,
    [findOpen, findQuery, findHits, findCurrent, findAt.serial],
  );

  const focusSelected = useCallback(() => setFocusRequest((count) => count + 1), []);
  // J/K or arrows step through the shown changes; A/R decide; Space ticks "reviewed".
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.key === 'f' || event.key === 'F') && (event.ctrlKey || event.metaKey) && !event.altKey) {
        // Our find instead of the browser's, which cannot see the rows a long redline has not drawn.
        if (event.target instanceof HTMLElement && event.target.closest('[role="dialog"]')) return;
        event.preventDefault();
        setFindOpen(true);
        setFindFocus((count) => count + 1);
        return;
      }
      if ((event.key === 'z' || event.key === 'Z') && (event.ctrlKey || event.metaKey) && !event.altKey) {
        if (isTypingTarget(event.target)) return;
        event.preventDefault();
        void undo();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      const index = visibleChanges.findIndex((change) => change.id === store().selectedChangeId);
      const step = (delta: number) => {
        const next = visibleChanges[Math.min(visibleChanges.length - 1, Math.max(0, index + delta))];
        if (!next) return;
        store().select(next.id);
        focusSelected();
      };
      const current = visibleChanges[index];
      switch (event.key) {
        case 'j':
        case 'J':
        case 'ArrowDown':
          step(1);
          break;
        case 'k':
        case 'K':
        case 'ArrowUp':
          step(-1);
          break;
        case 'a':
        case 'A':
          if (!decidable) return;
          // By key, the focus follows to the change moved on to (its row may not be drawn yet).
          if (current) void decide(current.id, 'accept').then(focusSelected);
          break;
        case 'r':
        case 'R':
          if (!decidable) return;
          if (current) void decide(current.id, 'reject').then(focusSelected);
          break;
        case ' ':
          // Space on a focused button presses it; the change rows are the exception.
          if (
            event.target instanceof HTMLElement &&
            event.target.closest('button, a, [role="checkbox"]') &&
            !event.target.closest('.cmp-row-main')
          )
            return;
          if (current) toggleReviewed(current.id);
          break;
        case 'u':
        case 'U':
          void undo();
          break;
        default:
          return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [visibleChanges, decidable, store, decide, toggleReviewed, undo, focusSelected]);

  return (
    <div className="cmp-panes">
      <ChangeList
        tree={tree}
        visibleChanges={visibleChanges}
        marks={marks}
        selectedId={selectedId}
        kindFilter={kindFilter}
        uiLanguage={uiLanguage}
        onSelect={select}
        onFilter={(kind) => store().setKindFilter(kind)}
        onToggleReviewed={toggleReviewed}
        silentIds={silentIds}
        decidable={decidable}
        focusRequest={focusRequest}
      />
      <div
        className="cmp-redline-scroll"
        ref={setRedlineScroller}
        // Scrollable with the keyboard too (arrow keys, Page Down) once focused.
        tabIndex={0}
        role="region"
        aria-label={t('redlineRegion')}
      >
        <div className="cmp-find-dock">
          {findOpen && (
            <RedlineFind
              key={findFocus}
              query={findQuery}
              hits={findHits}
              current={findCurrent}
              onQuery={(query) => {
                setFindQuery(query);
                setFindAt((at) => ({ current: 0, serial: at.serial + 1 }));
              }}
              onStep={stepFind}
              onClose={closeFind}
            />
          )}
        </div>
        <RedlineView
          find={find}
          tree={tree}
          mode={mode}
          language={docLanguage}
          labelA={labelA}
          labelB={labelB}
          onSelectChange={select}
          scrollElement={redlineScroller}
          selectedId={selectedId}
        />
      </div>
      <div className="cmp-side">
        <ChangeDetails
          change={selected}
          decision={selected ? marks.decisions[selected.id] : undefined}
          kindCount={selected ? tree.counts[selected.kind] : 0}
          uiLanguage={uiLanguage}
          docLanguage={docLanguage}
          onDecide={decidable ? (decision) => selected && void decide(selected.id, decision) : undefined}
          onDecideAllOfKind={decideKind}
          note={selected ? (marks.notes[selected.id] ?? '') : ''}
          onNote={selected ? (note) => saveNote(selected.id, note) : undefined}
          canUndo={reviews.canUndo}
          onUndo={() => void undo()}
        />
        {aside?.(selected)}
        <p className="cmp-keys">{decidable ? t('keys') : t('keysReview')}</p>
      </div>
    </div>
  );
}

/** Inline or side by side, for every review of a change tree. */
export function RedlineModeToggle() {
  const { t } = useTranslation('compare');
  const mode = useCompareStore((store) => store.mode);
  return (
    <div className="segmented" role="radiogroup" aria-label={t('mode.label')}>
      {(
        [
          ['inline', t('mode.inline'), <Rows2 key="i" size={14} aria-hidden />],
          ['side-by-side', t('mode.sideBySide'), <Columns2 key="s" size={14} aria-hidden />],
        ] as const
      ).map(([value, label, icon]) => (
        <button
          key={value}
          type="button"
          role="radio"
          aria-checked={mode === value}
          data-state={mode === value ? 'on' : 'off'}
          className="segmented-item cmp-mode"
          data-testid={`mode-${value}`}
          onClick={() => useCompareStore.getState().setMode(value)}
        >
          {icon}
          {label}
        </button>
      ))}
    </div>
  );
}
