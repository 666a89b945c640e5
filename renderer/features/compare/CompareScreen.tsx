import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  ArrowLeft,
  ArrowLeftRight,
  Columns2,
  FileCheck2,
  GitCompareArrows,
  Rows2,
  SearchX,
} from 'lucide-react';
import type { Round, SlaDocument } from '../../../shared/model';
import { decideAllOfKind, type Change, type Decision } from '../../../shared/redline';
import type { ReviewPatch } from '../../db';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { Select } from '../../components/Select';
import { showToast } from '../../components/useToastStore';
import { useRepositories } from '../../src/RepositoriesContext';
import { navigate } from '../../src/useRoute';
import { NO_SILENT_EDITS, silentFirst } from '../word/markSilentEdits';
import { ReceivedComments } from '../word/ReceivedComments';
import { silentEditIds } from '../word/silentEditIds';
import { buildNextDraft, decisionCounts } from './buildNextDraft';
import { ChangeDetails } from './ChangeDetails';
import { ChangeList } from './ChangeList';
import { DRAFT_SOURCE, resolveComparison, type CompareSource } from './defaultComparison';
import { RedlineView } from './RedlineView';
import { revealInside } from './revealInside';
import { useChangeReviews } from './useChangeReviews';
import { emptyMarks, nextOpenChange, useCompareStore } from './useCompareStore';
import { useRedline } from './useRedline';
import './compare.css';

export interface CompareScreenProps {
  dealId: string;
  /** From the URL; unknown or missing values fall back to the default pair. */
  a?: string;
  b?: string;
}

/** Keys typed into a field or a dialog belong there, not to the change list. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('[role="dialog"], [role="alertdialog"], [role="listbox"], [role="menu"]')) return true;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * `#/deals/:id/compare`: two rounds (or a round and the draft) redlined, every change listed,
 * reviewed and decided, and our next draft built from the decisions (DESIGN §2, §9).
 */
export function CompareScreen({ dealId, a: requestedA, b: requestedB }: CompareScreenProps) {
  const { t, i18n } = useTranslation('compare');
  const { t: tr } = useTranslation('rounds');
  const uiLanguage = i18n.language === 'de' ? 'de' : 'en';
  const repositories = useRepositories();
  const deal = useLiveQuery(
    async () => (await repositories.deals.get(dealId)) ?? null,
    [repositories, dealId],
  );
  const rounds = useLiveQuery(() => repositories.rounds.list(dealId), [repositories, dealId]);
  const draft = useLiveQuery(
    async () => (await repositories.drafts.get(dealId)) ?? null,
    [repositories, dealId],
  );

  const comparison = useMemo(
    () => (rounds ? resolveComparison(rounds, { a: requestedA, b: requestedB }) : undefined),
    [rounds, requestedA, requestedB],
  );
  const roundOf = useCallback(
    (source: CompareSource) => rounds?.find((round) => round.id === source),
    [rounds],
  );
  const documentOf = useCallback(
    (source: CompareSource | undefined): SlaDocument | undefined => {
      if (!source) return undefined;
      if (source === DRAFT_SOURCE) return draft?.document;
      return roundOf(source)?.document;
    },
    [draft, roundOf],
  );
  // Live queries hand out new objects on every re-read; only a different source or draft revision
  // is a new comparison, so the worker is not restarted for nothing.
  const docKey = (source: CompareSource | undefined) =>
    source === DRAFT_SOURCE ? `draft@${draft?.revision ?? '-'}` : (source ?? '-');
  const keyA = docKey(comparison?.a);
  const keyB = docKey(comparison?.b);
  const docA = useStableDocument(documentOf(comparison?.a), keyA);
  const docB = useStableDocument(documentOf(comparison?.b), keyB);
  const state = useRedline(docA, docB);
  const redline = state.status === 'done' && state.a === docA && state.b === docB ? state.redline : null;
  // Their round imported from Word, against the round it was read against: untracked edits flagged.
  const roundB = comparison ? roundOf(comparison.b) : undefined;
  const silentIds = useMemo(
    () =>
      redline && docA && comparison
        ? silentEditIds({ id: comparison.a, document: docA }, roundB, redline)
        : NO_SILENT_EDITS,
    [redline, docA, comparison, roundB],
  );

  // Review work is stored per deal and pair of sources (a round id or the draft), not per revision.
  const pair = useMemo(
    () => (comparison ? { dealId, a: comparison.a, b: comparison.b } : null),
    [dealId, comparison],
  );
  const reviews = useChangeReviews(pair);
  const marks = reviews.marks ?? emptyMarks;
  const selectedId = useCompareStore((store) => store.selectedChangeId);
  const kindFilter = useCompareStore((store) => store.kindFilter);
  const mode = useCompareStore((store) => store.mode);
  const store = useCompareStore.getState;

  const visibleChanges = useMemo(
    () =>
      redline
        ? silentFirst(
            redline.changes.filter((change) => !kindFilter || change.kind === kindFilter),
            silentIds,
          )
        : [],
    [redline, kindFilter, silentIds],
  );
  const selected: Change | null = redline?.changes.find((change) => change.id === selectedId) ?? null;

  // A new redline starts at its first change; a filter that hides the selection moves it to the first shown.
  useEffect(() => {
    if (!redline) return;
    const current = store().selectedChangeId;
    if (!visibleChanges.some((change) => change.id === current))
      store().select(visibleChanges[0]?.id ?? null);
  }, [redline, visibleChanges, store]);

  const redlineRef = useRef<HTMLDivElement>(null);
  // Highlight and reveal the selection in the redline without re-rendering the (large) redline.
  useEffect(() => {
    const root = redlineRef.current;
    if (!root || !selectedId) return undefined;
    const targets = root.querySelectorAll<HTMLElement>(`[data-change-id="${CSS.escape(selectedId)}"]`);
    targets.forEach((element) => element.classList.add('is-selected'));
    const first = targets[0];
    if (first) revealInside(root, first);
    return () => targets.forEach((element) => element.classList.remove('is-selected'));
  }, [selectedId, redline, mode]);

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
      if (!redline || !selected) return;
      const all = decideAllOfKind(redline, selected.kind, decision, marks.decisions);
      const patches = new Map<string, ReviewPatch>();
      for (const [changeId, value] of Object.entries(all))
        if (marks.decisions[changeId] !== value) patches.set(changeId, { decision: value });
      void review(patches);
    },
    [redline, selected, marks.decisions, review],
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

  // J/K or arrows step through the shown changes; A/R decide; Space ticks "reviewed".
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.key === 'z' || event.key === 'Z') && (event.ctrlKey || event.metaKey) && !event.altKey) {
        if (isTypingTarget(event.target)) return;
        event.preventDefault();
        void undo();
        return;
      }
      if (!redline || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      const index = visibleChanges.findIndex((change) => change.id === store().selectedChangeId);
      const step = (delta: number) => {
        const next = visibleChanges[Math.min(visibleChanges.length - 1, Math.max(0, index + delta))];
        if (next) store().select(next.id);
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
          if (current) void decide(current.id, 'accept');
          break;
        case 'r':
        case 'R':
          if (current) void decide(current.id, 'reject');
          break;
        case 'u':
        case 'U':
          void undo();
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
        default:
          return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [redline, visibleChanges, store, decide, toggleReviewed, undo]);

  const [confirmBuild, setConfirmBuild] = useState(false);
  const counts = redline ? decisionCounts(redline, marks.decisions) : null;

  const build = async () => {
    if (!redline || !docA || !docB) return;
    try {
      const { previous } = await buildNextDraft(
        repositories.drafts,
        dealId,
        docA,
        docB,
        redline,
        marks.decisions,
      );
      navigate({ screen: 'deal', dealId });
      showToast({
        message: t('build.done', { count: counts?.accepted ?? 0 }),
        action: previous
          ? {
              label: t('build.undo'),
              run: async () => {
                await repositories.drafts.save(dealId, previous);
                showToast({ message: t('build.restored') });
              },
            }
          : undefined,
      });
    } catch (error) {
      showToast({
        message: t('build.failed', { message: error instanceof Error ? error.message : String(error) }),
        tone: 'error',
      });
    }
  };

  if (deal === undefined || rounds === undefined || draft === undefined) return null;
  if (deal === null)
    return <EmptyState icon={<SearchX size={28} />} title={t('noRounds.title')} body={t('noRounds.body')} />;
  const back = (
    <a className="btn btn-ghost btn-sm" href={`#/deals/${encodeURIComponent(dealId)}`}>
      <ArrowLeft size={14} aria-hidden />
      {t('back')}
    </a>
  );
  if (!comparison)
    return (
      <div className="cmp-screen">
        <div className="cmp-toolbar">{back}</div>
        <EmptyState
          icon={<GitCompareArrows size={28} />}
          title={t('noRounds.title')}
          body={t('noRounds.body')}
          testId="compare-no-rounds"
        />
      </div>
    );

  const sourceLabel = (source: CompareSource) => {
    if (source === DRAFT_SOURCE) return t('pick.draft');
    const round = roundOf(source);
    return round ? roundLabel(round) : source;
  };
  const roundLabel = (round: Round) =>
    t('pick.round', {
      number: round.number,
      side: tr(round.side === 'us' ? 'side.usShort' : 'side.themShort'),
    });
  const options = [
    ...[...rounds].reverse().map((round) => ({ value: round.id, label: roundLabel(round) })),
    { value: DRAFT_SOURCE, label: t('pick.draft') },
  ];
  const go = (a: CompareSource, b: CompareSource) => {
    navigate({ screen: 'deal-compare', dealId, a, b });
  };
  const docLanguage = docB?.language ?? docA?.language ?? 'en';

  return (
    <div className="cmp-screen" data-testid="compare-screen">
      <div className="cmp-toolbar">
        {back}
        <span className="cmp-toolbar-sep" aria-hidden />
        <label className="cmp-pick">
          <span className="cmp-pick-label">{t('pick.a')}</span>
          <Select
            value={comparison.a}
            ariaLabel={t('pick.a')}
            testId="compare-a"
            options={options}
            onValueChange={(value) => go(value, comparison.b)}
          />
        </label>
        <Button
          size="sm"
          variant="ghost"
          className="btn-icon"
          aria-label={t('pick.swap')}
          title={t('pick.swap')}
          icon={<ArrowLeftRight size={14} aria-hidden />}
          onClick={() => go(comparison.b, comparison.a)}
        />
        <label className="cmp-pick">
          <span className="cmp-pick-label">{t('pick.b')}</span>
          <Select
            value={comparison.b}
            ariaLabel={t('pick.b')}
            testId="compare-b"
            options={options}
            onValueChange={(value) => go(comparison.a, value)}
          />
        </label>
        <span className="toolbar-spacer" />
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
              onClick={() => store().setMode(value)}
            >
              {icon}
              {label}
            </button>
          ))}
        </div>
        <Button
          variant="primary"
          size="sm"
          icon={<FileCheck2 size={14} aria-hidden />}
          disabled={!redline || redline.changes.length === 0}
          onClick={() => setConfirmBuild(true)}
          data-testid="build-draft"
        >
          {t('build.button')}
        </Button>
      </div>

      {state.status === 'running' || (state.status === 'done' && !redline) || state.status === 'idle' ? (
        <div className="cmp-progress" data-testid="compare-progress">
          <span>{t('progress')}</span>
          <div
            className="cmp-progress-bar"
            role="progressbar"
            aria-label={t('progress')}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round((state.status === 'running' ? state.progress : 0) * 100)}
          >
            <div
              className="cmp-progress-fill"
              style={{ width: `${Math.round((state.status === 'running' ? state.progress : 0) * 100)}%` }}
            />
          </div>
        </div>
      ) : state.status === 'failed' ? (
        <p className="cmp-failed" role="alert">
          {t('failed', { message: state.message })}
        </p>
      ) : redline && redline.changes.length === 0 ? (
        <EmptyState
          icon={<GitCompareArrows size={28} />}
          title={t('noChanges.title')}
          body={t('noChanges.body')}
          testId="compare-no-changes"
        />
      ) : redline ? (
        <div className="cmp-panes">
          <ChangeList
            redline={redline}
            visibleChanges={visibleChanges}
            marks={marks}
            selectedId={selectedId}
            kindFilter={kindFilter}
            uiLanguage={uiLanguage}
            onSelect={select}
            onFilter={(kind) => store().setKindFilter(kind)}
            onToggleReviewed={toggleReviewed}
            silentIds={silentIds}
          />
          <div className="cmp-redline-scroll" ref={redlineRef}>
            <RedlineView
              redline={redline}
              mode={mode}
              language={docLanguage}
              labelA={sourceLabel(comparison.a)}
              labelB={sourceLabel(comparison.b)}
              onSelectChange={select}
            />
          </div>
          <div className="cmp-side">
            <ChangeDetails
              change={selected}
              decision={selected ? marks.decisions[selected.id] : undefined}
              note={selected ? (marks.notes[selected.id] ?? '') : ''}
              onNote={(note) => selected && saveNote(selected.id, note)}
              canUndo={reviews.canUndo}
              onUndo={() => void undo()}
              kindCount={selected ? redline.counts[selected.kind] : 0}
              uiLanguage={uiLanguage}
              docLanguage={docLanguage}
              onDecide={(decision) => selected && decide(selected.id, decision)}
              onDecideAllOfKind={decideKind}
            />
            <ReceivedComments round={roundB} clauseId={selected?.clauseId} />
            <p className="cmp-keys">{t('keys')}</p>
          </div>
        </div>
      ) : null}

      {counts && (
        <ConfirmDialog
          open={confirmBuild}
          onOpenChange={setConfirmBuild}
          title={t('build.title')}
          description={t('build.description', { ...counts })}
          confirmLabel={t('build.confirm')}
          onConfirm={() => void build()}
        />
      )}
    </div>
  );
}

/** The same document object while `key` is unchanged (see the comment at its use). */
function useStableDocument(doc: SlaDocument | undefined, key: string): SlaDocument | undefined {
  const [held, setHeld] = useState({ key, doc });
  if (held.key !== key || (held.doc === undefined && doc !== undefined)) {
    setHeld({ key, doc });
    return doc;
  }
  return held.doc;
}
