import { sendOnCtrlEnter } from './sendOnCtrlEnter';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DealThread } from '../../../shared/comments/dealThreads';
import { Button } from '../../components/Button';
import { useWorkspaceStore } from '../workspace/useWorkspaceStore';
import { AuthorField, useCommentAuthor } from './AuthorField';
import { CommentThreadCard } from './CommentThreadCard';
import { useComments } from './CommentsContext';
import { useCommentsStore, type ThreadFilter } from './useCommentsStore';
import { useThreadActions } from './useThreadActions';
import './comments.css';

const OFF_CLAUSE = '';

/**
 * The inspector's Comments tab: every thread of the deal by clause, in the draft's order, those on
 * no clause of the draft last; open ones or all; a new comment on the selected clause.
 */
export function CommentsPanel({ titles }: { titles: ReadonlyMap<string, string> }) {
  const { t } = useTranslation('comments');
  const { threads, readOnly } = useComments();
  const filter = useCommentsStore((state) => state.filter);
  const setFilter = useCommentsStore((state) => state.setFilter);
  const focusClauseId = useCommentsStore((state) => state.focusClauseId);
  const focusRequest = useCommentsStore((state) => state.focusRequest);
  const selectedId = useWorkspaceStore((state) => state.selectedClauseId);
  const rootRef = useRef<HTMLDivElement>(null);

  const shown = threads.filter((thread) => filter === 'all' || !thread.resolved);
  const groups = new Map<string, DealThread[]>();
  for (const thread of shown) {
    const key = thread.onClause ? thread.clauseId : OFF_CLAUSE;
    groups.set(key, [...(groups.get(key) ?? []), thread]);
  }

  // A marker was clicked: bring that clause's threads into view and put the focus on the first one.
  useEffect(() => {
    if (!focusClauseId || focusRequest === 0) return;
    const group = rootRef.current?.querySelector<HTMLElement>(
      `[data-clause-group="${CSS.escape(focusClauseId)}"]`,
    );
    const target = group?.querySelector<HTMLElement>('.cm-thread-slot') ?? group;
    if (!target) return;
    target.scrollIntoView({ block: 'nearest' });
    target.focus({ preventScroll: true });
  }, [focusRequest, focusClauseId]);

  return (
    <div
      className="cm-panel"
      ref={rootRef}
      role="region"
      aria-label={t('panel.label')}
      data-testid="comments-panel"
    >
      <div className="cm-filter" role="radiogroup" aria-label={t('panel.filter')}>
        {(['open', 'all'] as ThreadFilter[]).map((value) => (
          <Button
            key={value}
            size="sm"
            variant={filter === value ? 'primary' : 'ghost'}
            role="radio"
            aria-checked={filter === value}
            onClick={() => setFilter(value)}
            data-testid={`comments-filter-${value}`}
          >
            {t(`panel.${value}`)}
          </Button>
        ))}
      </div>
      {readOnly && <p className="cm-muted">{t('panel.readOnly')}</p>}
      <AuthorField />
      {shown.length === 0 && (
        <p className="cm-muted" data-testid="comments-empty">
          {threads.length === 0 ? t('panel.empty') : t('panel.emptyOpen')}
        </p>
      )}
      {[...groups].map(([clauseId, list]) => (
        <section
          key={clauseId || 'off'}
          className="cm-group"
          data-clause-group={clauseId || undefined}
          data-current={clauseId !== OFF_CLAUSE && clauseId === selectedId ? true : undefined}
          data-testid={clauseId ? `comments-group-${clauseId}` : 'comments-group-off-clause'}
          aria-labelledby={`cm-group-${clauseId || 'off'}`}
        >
          <h3 className="cm-group-title" id={`cm-group-${clauseId || 'off'}`}>
            {clauseId ? (titles.get(clauseId) ?? clauseId) : t('panel.offClause')}
          </h3>
          {!clauseId && <p className="cm-muted">{t('panel.offClauseHint')}</p>}
          {list.map((thread) => (
            <div key={thread.id} className="cm-thread-slot" tabIndex={-1}>
              <CommentThreadCard thread={thread} />
            </div>
          ))}
        </section>
      ))}
      {!readOnly && (
        <NewComment clauseId={selectedId} title={selectedId ? titles.get(selectedId) : undefined} />
      )}
    </div>
  );
}

/**
 * A comment of ours on the selected clause, or on the words last selected in it; it goes out with
 * the next Word file. Ctrl+Alt+M in the clause or the clause's marker brings the focus here.
 */
function NewComment({ clauseId, title }: { clauseId: string | null; title: string | undefined }) {
  const { t } = useTranslation('comments');
  const actions = useThreadActions();
  const [text, setText] = useState('');
  const author = useCommentAuthor();
  const id = useId();
  const hintId = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const composePending = useCommentsStore((state) => state.composePending);
  const selection = useCommentsStore((state) =>
    state.selection && state.selection.clauseId === clauseId ? state.selection : null,
  );
  const setSelection = useCommentsStore((state) => state.setSelection);

  useEffect(() => {
    if (!composePending || !field.current) return;
    useCommentsStore.getState().composeShown();
    field.current.scrollIntoView({ block: 'nearest' });
    field.current.focus({ preventScroll: true });
  }, [composePending, clauseId]);

  if (!clauseId || !title) return <p className="cm-muted">{t('add.pick')}</p>;
  const anchor = selection?.anchor;
  const submit = async () => {
    if (!text.trim()) return;
    if (await actions.addComment(clauseId, text, author, anchor)) {
      setText('');
      if (anchor) setSelection(null);
    }
  };
  return (
    <form
      className="cm-new"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      data-testid="comment-new"
    >
      <h3 className="cm-group-title">{t('add.title', { clause: title })}</h3>
      {anchor ? (
        <div className="cm-new-anchor">
          <p className="cm-anchor" id={hintId} data-testid="comment-new-anchor">
            {t('add.on', { text: anchor.quote.slice(0, 160) })}
          </p>
          <Button
            size="sm"
            variant="ghost"
            onClick={() => setSelection(null)}
            data-testid="comment-new-whole"
          >
            {t('add.wholeClause')}
          </Button>
        </div>
      ) : (
        <p className="cm-muted" id={hintId}>
          {t('add.hint')}
        </p>
      )}
      <label className="visually-hidden" htmlFor={id}>
        {t('add.label', { clause: title })}
      </label>
      <textarea
        ref={field}
        id={id}
        aria-describedby={hintId}
        className="textarea"
        rows={2}
        value={text}
        placeholder={t('add.placeholder')}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => sendOnCtrlEnter(event, submit)}
        data-testid="comment-new-text"
      />
      <div className="cm-actions">
        <Button
          type="submit"
          size="sm"
          disabled={actions.busy || !text.trim()}
          data-testid="comment-new-submit"
        >
          {t('add.submit')}
        </Button>
      </div>
    </form>
  );
}
