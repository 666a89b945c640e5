import { useTranslation } from 'react-i18next';
import { MessageSquare, MessageSquarePlus } from 'lucide-react';
import { useWorkspaceStore } from '../workspace/useWorkspaceStore';
import { startComment } from './commentHighlights';
import { useComments } from './CommentsContext';
import { useCommentsStore } from './useCommentsStore';
import './comments.css';

/**
 * The outline's marker of a clause with open comments: a speech bubble and the count, named for
 * screen readers. Part of the outline entry's button (which selects the clause), so not a button.
 */
export function OutlineCommentCount({ clauseId }: { clauseId: string }) {
  const count = useComments().openByClause.get(clauseId) ?? 0;
  // Most clauses have none: they skip the translation hook (issue 12 §4, one per clause).
  if (count === 0) return null;
  return <OutlineCount clauseId={clauseId} count={count} />;
}

function OutlineCount({ clauseId, count }: { clauseId: string; count: number }) {
  const { t } = useTranslation('comments');
  const label = t('marker.outline', { count });
  return (
    <span
      className="cm-count"
      role="img"
      aria-label={label}
      title={label}
      data-testid={`outline-comments-${clauseId}`}
    >
      <MessageSquare size={12} aria-hidden />
      <span aria-hidden>{count}</span>
    </span>
  );
}

/** Opens the comments panel at a clause's threads. */
export function showClauseThreads(clauseId: string): void {
  useWorkspaceStore.getState().selectClause(clauseId);
  useWorkspaceStore.getState().setInspectorTab('comments');
  useCommentsStore.getState().focusClause(clauseId);
}

/**
 * The page's marker beside a clause heading: open comments with their count, or a quiet bubble for
 * resolved ones; it opens the clause's threads in the inspector. On the selected clause of a deal
 * that can be changed, a button to start a comment of our own, on the words selected in it if any.
 */
export function ClauseCommentButton({ clauseId, number }: { clauseId: string; number: string }) {
  const comments = useComments();
  const selected = useWorkspaceStore((state) => state.selectedClauseId === clauseId);
  const open = comments.openByClause.get(clauseId) ?? 0;
  const any = (comments.byClause.get(clauseId)?.length ?? 0) > 0;
  const wordsSelected = useCommentsStore((state) => state.selection?.clauseId === clauseId);
  // Most clauses show none: they skip the translation hook (issue 12 §4, one per clause).
  if (!any && (comments.readOnly || !selected)) return null;
  return (
    <ClauseMarker
      clauseId={clauseId}
      clause={number || clauseId}
      open={open}
      any={any}
      compose={!comments.readOnly && selected && (wordsSelected || !any)}
      words={wordsSelected}
    />
  );
}

function ClauseMarker({
  clauseId,
  clause,
  open,
  any,
  compose,
  words,
}: {
  clauseId: string;
  clause: string;
  open: number;
  any: boolean;
  /** It starts a new comment (on the selected words, when `words`) instead of showing the threads. */
  compose: boolean;
  words: boolean;
}) {
  const { t } = useTranslation('comments');
  const label =
    compose && words
      ? t('marker.addSelection', { clause })
      : open > 0
        ? t('marker.open', { clause, open: t('marker.outline', { count: open }) })
        : any
          ? t('marker.show', { clause })
          : t('marker.add', { clause });
  return (
    <button
      type="button"
      className="cm-marker"
      data-state={open > 0 ? 'open' : any ? 'resolved' : 'none'}
      aria-label={label}
      title={label}
      data-testid={`clause-comments-${clauseId}`}
      onClick={() => {
        if (!compose) return showClauseThreads(clauseId);
        useWorkspaceStore.getState().selectClause(clauseId);
        startComment();
      }}
    >
      {any && !(compose && words) ? (
        <MessageSquare size={14} aria-hidden />
      ) : (
        <MessageSquarePlus size={14} aria-hidden />
      )}
      {open > 0 && <span aria-hidden>{open}</span>}
    </button>
  );
}

/** The inspector tab's label: "Comments (2)" while threads are open. */
export function CommentsTabLabel() {
  const { t } = useTranslation('comments');
  const { open } = useComments();
  return <span data-testid="comments-tab">{open > 0 ? t('tab', { count: open }) : t('tabNone')}</span>;
}
