import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { ArrowLeft, ArrowLeftRight, FileCheck2, GitCompareArrows, SearchX } from 'lucide-react';
import type { Round, SlaDocument } from '../../../shared/model';
import type { ReviewPair } from '../../db';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { Select } from '../../components/Select';
import { showToast } from '../../components/useToastStore';
import { useRepositories } from '../../src/RepositoriesContext';
import { navigate } from '../../src/useRoute';
import { ReceivedComments } from '../word/ReceivedComments';
import { redlineInput } from '../word/silentEditIds';
import { buildNextDraft, decisionCounts } from './buildNextDraft';
import { DRAFT_SOURCE, resolveComparison, type CompareSource } from './defaultComparison';
import { RedlineModeToggle, ReviewPanes } from './ReviewPanes';
import { useChangeReviews } from './useChangeReviews';
import { emptyMarks } from './useCompareStore';
import { useRedline, type RedlineInput } from './useRedline';
import './compare.css';

export interface CompareScreenProps {
  dealId: string;
  /** From the URL; unknown or missing values fall back to the default pair. */
  a?: string;
  b?: string;
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
  const docKey = (source: CompareSource | undefined) =>
    source === DRAFT_SOURCE ? `draft@${draft?.revision ?? '-'}` : (source ?? '-');
  const keyA = docKey(comparison?.a);
  const keyB = docKey(comparison?.b);
  const roundB = comparison ? roundOf(comparison.b) : undefined;
  // Their round imported from Word, against the round it was read against: judged by its origins.
  const input = useStableValue((): RedlineInput | undefined => {
    const a = documentOf(comparison?.a);
    const b = documentOf(comparison?.b);
    if (!a || !b || !comparison) return undefined;
    return redlineInput({ id: comparison.a, document: a }, { document: b, round: roundB });
  }, `${keyA}|${keyB}`);
  const state = useRedline(input);
  const computed = state.status === 'done' && state.input === input ? state.tree : null;
  // The review of a new tree is drawn in a background render that yields to the browser between
  // components, not in the task that received it from the worker (issue 12 §4: no main-thread task
  // over 100 ms); until then the progress bar stays, so no earlier pair's tree is shown.
  const drawn = useDeferredValue(computed);
  const tree = drawn === computed ? computed : null;

  // Review work is stored per deal and pair of sources (a round id or the draft), not per revision.
  const pair = useMemo<ReviewPair | null>(
    () => (comparison ? { dealId, a: comparison.a, b: comparison.b } : null),
    [dealId, comparison],
  );
  const reviews = useChangeReviews(pair);
  const marks = reviews.marks ?? emptyMarks;

  const [confirmBuild, setConfirmBuild] = useState(false);
  const counts = tree ? decisionCounts(tree, marks.decisions) : null;

  const build = async () => {
    if (!tree) return;
    try {
      const { previous } = await buildNextDraft(repositories.drafts, dealId, tree, marks.decisions);
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
        <RedlineModeToggle />
        <Button
          variant="primary"
          size="sm"
          icon={<FileCheck2 size={14} aria-hidden />}
          disabled={!tree || tree.changes.length === 0}
          onClick={() => setConfirmBuild(true)}
          data-testid="build-draft"
        >
          {t('build.button')}
        </Button>
      </div>

      {state.status === 'running' || (state.status === 'done' && !tree) || state.status === 'idle' ? (
        <div className="cmp-progress" data-testid="compare-progress">
          <span>{t('progress')}</span>
          <div
            className="cmp-progress-bar"
            role="progressbar"
            aria-label={t('progress')}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(
              (state.status === 'running' ? state.progress : state.status === 'done' ? 1 : 0) * 100,
            )}
          >
            <div
              className="cmp-progress-fill"
              style={{
                width: `${Math.round((state.status === 'running' ? state.progress : state.status === 'done' ? 1 : 0) * 100)}%`,
              }}
            />
          </div>
        </div>
      ) : state.status === 'failed' ? (
        <p className="cmp-failed" role="alert">
          {t('failed', { message: state.message })}
        </p>
      ) : tree && tree.changes.length === 0 ? (
        <EmptyState
          icon={<GitCompareArrows size={28} />}
          title={t('noChanges.title')}
          body={t('noChanges.body')}
          testId="compare-no-changes"
        />
      ) : tree ? (
        <ReviewPanes
          tree={tree}
          reviews={reviews}
          labelA={sourceLabel(comparison.a)}
          labelB={sourceLabel(comparison.b)}
          uiLanguage={uiLanguage}
          decidable
          aside={(selected) => <ReceivedComments round={roundB} clauseId={selected?.clauseId} />}
        />
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

/**
 * The same value while `key` is unchanged: live queries hand out new objects on every re-read, and
 * only a different pair (or draft revision) is a new comparison, so the worker is not restarted for
 * nothing. `make` runs only when the key changes or nothing was made yet.
 */
function useStableValue<T>(make: () => T | undefined, key: string): T | undefined {
  const [held, setHeld] = useState<{ key: string; value: T | undefined } | null>(null);
  if (held === null || held.key !== key || held.value === undefined) {
    const value = make();
    if (held === null || held.key !== key || value !== undefined) setHeld({ key, value });
    return value;
  }
  return held.value;
}
