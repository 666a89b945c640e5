import { useCallback, useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { FileWarning } from 'lucide-react';
import {
  numberClauses,
  referencedTermIds,
  type Deal,
  type DealStatus,
  type LibraryClause,
  type SlaDocument,
} from '../../../shared/model';
import {
  addClause,
  availableLibraryClauses,
  DocumentOperationError,
  moveClause,
  removeClause,
  updateClause,
} from '../../../shared/model/operations';
import { missingEssentials } from '../../../shared/templates/legalChecklist';
import { EmptyState } from '../../components/EmptyState';
import { CalculatorsDialog } from '../guardrails/CalculatorsDialog';
import { DealBanner } from '../guardrails/DealBanner';
import { GuardrailsContext } from '../guardrails/GuardrailsContext';
import { useDealGuardrails } from '../guardrails/useDealGuardrails';
import { DealPlaybookDialog } from '../playbook/DealPlaybookDialog';
import { showToast } from '../../components/useToastStore';
import { useRepositories } from '../../src/RepositoriesContext';
import { ClausePage } from './ClausePage';
import { ClauseOutline } from './ClauseOutline';
import { clauseStatuses, templateTerms, type ClauseStatus } from './clauseStatus';
import { DealHeader } from './DealHeader';
import { DocumentViewContext, type DocumentView } from './DocumentViewContext';
import { Inspector } from './Inspector';
import { outlineItems } from './outlineItems';
import { termGroups } from './termGroups';
import { useAfterFirstPaint } from './useAfterFirstPaint';
import { useStableValue } from './useStableValue';
import { useWorkingDocument } from './useWorkingDocument';
import { useWorkspaceStore } from './useWorkspaceStore';
import { useDealLock } from '../safety/useDealLock';
import { WorkspaceSafety } from '../safety/WorkspaceSafety';
import { CommentsProvider } from '../comments/CommentsContext';
import './workspace.css';

/**
 * `#/deals/:id`: outline | clause editor | inspector, with the draft autosaved while typing. The
 * deal comes live from the route's slot, which read it to choose this screen: reading it here again
 * cost opening a deal a round trip and a render.
 */
export function DealWorkspace({ dealId, deal: live }: { dealId: string; deal: Deal }) {
  const { t, i18n } = useTranslation('workspace');
  const repositories = useRepositories();
  const deal: Deal | null = live;
  const templateKey = deal ? `${deal.template.id}@${deal.template.version}` : null;
  const templateNow = useLiveQuery(
    async () =>
      deal ? await repositories.templates.get(deal.template.id, deal.template.version) : undefined,
    // The template version of a deal never changes; re-reading on every deal update is wasted work.
    [repositories, templateKey],
  );
  // What the template changes (status dots of every clause, originals, checks) is drawn in a render
  // that yields, not in one task with the opening (issue 12 §4: no task over 100 ms).
  const template = useDeferredValue(templateNow);
  const { doc, update: edit, autosave, conflict, keepMine, takeTheirs } = useWorkingDocument(dealId);
  // One editing window per deal (issue 9); the others read until the user takes over.
  const lock = useDealLock(dealId, autosave.flush);
  // Issue 10: playbook bands, supplier backing, approvals; a signed or walked-away deal is read-only.
  // What only adds markers and flags to the page is read once the page is painted.
  const painted = useAfterFirstPaint(deal != null && doc != null);
  const guardrailsNow = useDealGuardrails(dealId, deal, doc, template, { read: painted });
  const readOnly = guardrailsNow.readOnly || lock.state !== 'owner';
  const update = useCallback(
    (change: (current: SlaDocument) => SlaDocument) => {
      if (!readOnly) edit(change);
    },
    [edit, readOnly],
  );
  const flush = autosave.flush;
  // The same for the guardrails' bands and flags across the page; whether the deal can be changed
  // is never deferred.
  const guardrailsShown = useDeferredValue(guardrailsNow);
  const guardrails = useMemo(
    () => ({ ...guardrailsShown, readOnly: guardrailsNow.readOnly, flush }),
    [guardrailsShown, guardrailsNow.readOnly, flush],
  );
  const uiLanguage = i18n.language === 'de' ? 'de' : 'en';

  const selectedTermId = useWorkspaceStore((state) => state.selectedTermId);
  const focusTerm = useWorkspaceStore((state) => state.focusTerm);
  useEffect(() => () => useWorkspaceStore.getState().reset(), [dealId]);

  // Derived views, held stable while a keystroke does not change what they show, so typing in
  // one clause re-renders that clause's editor and not the outline or the term panel.
  const clauses = doc?.clauses;
  const outlineNow = useMemo(() => outlineItems(clauses ?? []), [clauses]);
  const outline = useStableValue(outlineNow, JSON.stringify(outlineNow));
  const numbers = useMemo(() => numberClauses(outline), [outline]);
  const statusesNow = useMemo(
    () => (doc ? clauseStatuses(doc, template) : new Map<string, ClauseStatus>()),
    [doc, template],
  );
  const statuses = useStableValue(statusesNow, JSON.stringify([...statusesNow]));
  const groupsNow = useMemo(() => (doc ? termGroups(doc) : []), [doc]);
  const groups = useStableValue(groupsNow, JSON.stringify(groupsNow));
  const groupTitles = useMemo(
    () => new Map(outline.map((item, index) => [item.id, `${numbers[index] ?? ''} ${item.heading}`.trim()])),
    [outline, numbers],
  );
  const checklist = guardrailsNow.checklist;
  const missingNow = useMemo(() => (doc ? missingEssentials(doc, checklist) : []), [doc, checklist]);
  const missing = useStableValue(missingNow, missingNow.join());
  const originals = useMemo(() => templateTerms(template), [template]);
  const availableNow = useMemo(
    () => (doc && template ? availableLibraryClauses(template, doc) : []),
    [doc, template],
  );
  const available = useStableValue(availableNow, availableNow.map((item) => item.clause.id).join());
  const clauseIds = useMemo(() => outline.map((item) => item.id), [outline]);
  const view = useMemo<DocumentView>(
    () => ({
      language: doc?.language ?? 'en',
      termsById: new Map((doc?.terms ?? []).map((term) => [term.id, term])),
      selectedTermId,
      onTermClick: (termId, clauseId) => {
        if (clauseId) useWorkspaceStore.getState().selectClause(clauseId);
        focusTerm(termId);
      },
      readOnly,
    }),
    [doc?.language, doc?.terms, selectedTermId, focusTerm, readOnly],
  );

  // The newest document for callbacks that need it at the moment they run (undo of a removal).
  const docRef = useRef(doc);
  useEffect(() => {
    docRef.current = doc;
  }, [doc]);

  /** Runs a document operation; a refused one (e.g. a clause already present) is shown, not thrown. */
  const operate = useCallback(
    (edit: (current: SlaDocument) => SlaDocument) => {
      update((current) => {
        try {
          return edit(current);
        } catch (error) {
          if (!(error instanceof DocumentOperationError)) throw error;
          queueMicrotask(() => showToast({ message: error.message, tone: 'error' }));
          return current;
        }
      });
    },
    [update],
  );

  const move = useCallback(
    (clauseId: string, toIndex: number) => {
      operate((current) => (toIndex < 0 ? current : moveClause(current, clauseId, toIndex)));
      useWorkspaceStore.getState().selectClause(clauseId);
    },
    [operate],
  );

  const remove = useCallback(
    (clauseId: string) => {
      const doc = docRef.current;
      if (!doc) return;
      const index = doc.clauses.findIndex((clause) => clause.id === clauseId);
      const clause = doc.clauses[index];
      if (!clause) return;
      // Keep what is needed to put the clause back exactly: its text, place and term values.
      const ids = new Set(referencedTermIds([clause]));
      const restore: LibraryClause = { clause, terms: doc.terms.filter((term) => ids.has(term.id)) };
      operate((current) => removeClause(current, clauseId));
      showToast({
        message: t('outline.removed', { heading: clause.heading || t('outline.untitled') }),
        action: {
          label: t('outline.undo'),
          run: () => operate((current) => addClause(current, restore, index)),
        },
      });
    },
    [operate, t],
  );

  const add = useCallback(
    (item: LibraryClause) => {
      const selected = useWorkspaceStore.getState().selectedClauseId;
      operate((current) => {
        const at = current.clauses.findIndex((clause) => clause.id === selected);
        return addClause(current, item, at < 0 ? current.clauses.length : at + 1);
      });
      useWorkspaceStore.getState().selectClause(item.clause.id, { scroll: true });
    },
    [operate],
  );

  const setLevel = useCallback(
    (clauseId: string, level: 1 | 2) => operate((current) => updateClause(current, clauseId, { level })),
    [operate],
  );

  const changeStatus = useCallback(
    async (status: DealStatus, walkAwayReason?: string) => {
      try {
        // Pending edits are saved while the deal is still open; closed, it refuses them.
        await flush?.();
        await repositories.deals.update(dealId, walkAwayReason ? { status, walkAwayReason } : { status });
      } catch (error) {
        showToast({ message: error instanceof Error ? error.message : String(error), tone: 'error' });
      }
    },
    [repositories, dealId, flush],
  );

  // Alt+↑/↓ moves the selected clause, wherever the focus is inside the workspace.
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (!doc || readOnly || !event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    const selected = useWorkspaceStore.getState().selectedClauseId;
    const index = doc.clauses.findIndex((clause) => clause.id === selected);
    if (!selected || index < 0) return;
    event.preventDefault();
    const to = event.key === 'ArrowUp' ? index - 1 : index + 1;
    if (to >= 0 && to < doc.clauses.length) move(selected, to);
  };

  if (deal === undefined || doc === undefined) return null;
  if (deal === null || doc === null)
    return (
      <EmptyState icon={<FileWarning size={28} />} title={t('missing.title')} body={t('missing.body')} />
    );

  const page = (
    <GuardrailsContext.Provider value={guardrails}>
      <DocumentViewContext.Provider value={view}>
        <div
          className="ws"
          onKeyDown={onKeyDown}
          data-testid="deal-workspace"
          data-read-only={readOnly || undefined}
        >
          <WorkspaceSafety
            lock={lock}
            autosave={autosave}
            conflict={conflict}
            onKeepMine={() => void keepMine().catch(() => undefined)}
            onTakeTheirs={takeTheirs}
          />
          <DealHeader
            deal={deal}
            autosave={autosave}
            onStatusChange={changeStatus}
            provider={doc.parties.provider}
          />
          <DealBanner deal={deal} terms={doc.terms} onStatusChange={changeStatus} />
          <div className="ws-panes">
            <ClauseOutline
              outline={outline}
              numbers={numbers}
              statuses={statuses}
              available={available}
              onMove={move}
              onSetLevel={setLevel}
              onRemove={remove}
              onAdd={add}
              readOnly={readOnly}
            />
            <div className="ws-editor-scroll">
              <ClausePage
                key={dealId}
                doc={doc}
                numbers={numbers}
                statuses={statuses}
                update={update}
                readOnly={readOnly}
              />
            </div>
            <Inspector
              dealId={dealId}
              termGroups={groups}
              groupTitles={groupTitles}
              terms={doc.terms}
              originals={originals}
              uiLanguage={uiLanguage}
              docLanguage={doc.language}
              update={update}
              missing={missing}
              outline={outline}
            />
          </div>
          <CalculatorsDialog terms={doc.terms} />
          <DealPlaybookDialog deal={deal} terms={doc.terms} docLanguage={doc.language} />
        </div>
      </DocumentViewContext.Provider>
    </GuardrailsContext.Provider>
  );
  // Issue 12 §6: the deal's comment threads for the outline, the page and the inspector.
  return (
    <CommentsProvider dealId={dealId} clauseIds={clauseIds} doc={doc} readOnly={readOnly} read={painted}>
      {page}
    </CommentsProvider>
  );
}
