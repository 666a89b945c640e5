import { sendOnCtrlEnter } from './sendOnCtrlEnter';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CircleCheck, CircleDot, Pencil, Unlink, Trash2 } from 'lucide-react';
import { threadKeyOf, type DealThread, type ThreadEntry } from '../../../shared/comments/dealThreads';
import { canChangeEntry } from '../../../shared/comments/ownEntries';
import { Button } from '../../components/Button';
import { useLocaleFormat } from '../../i18n/useLocaleFormat';
import { useCommentAuthor } from './AuthorField';
import { useComments } from './CommentsContext';
import { useThreadActions } from './useThreadActions';

/** Their dates are as their file wrote them; one that is not a date is shown as written. */
function useDate() {
  const format = useLocaleFormat();
  return (date: string | undefined) =>
    !date ? '' : Number.isNaN(Date.parse(date)) ? date : format.dateTime(date);
}

/**
 * One comment or reply. Ours can be edited in place (Ctrl+Enter saves, Esc cancels) and deleted
 * (with Undo in the notice); theirs are shown exactly as written, with nothing to change them.
 */
function Entry({ entry, first }: { entry: ThreadEntry; first: boolean }) {
  const { t } = useTranslation('comments');
  const date = useDate();
  const { readOnly } = useComments();
  const actions = useThreadActions();
  const name = useCommentAuthor();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(entry.text);
  const editButton = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  const fieldId = useId();
  const when = date(entry.date);
  const changeable = canChangeEntry(entry, readOnly);

  // Back to where the user started, for the keyboard, once the button is drawn again.
  useEffect(() => {
    if (editing || !refocus.current) return;
    refocus.current = false;
    editButton.current?.focus();
  }, [editing]);
  const close = () => {
    refocus.current = true;
    setEditing(false);
  };
  const save = async () => {
    if (!text.trim()) return;
    if (text.trim() === entry.text || (await actions.edit(entry.id, text, name))) close();
  };

  return (
    <li className="cm-entry" data-ours={entry.ours || undefined} data-testid="comment-entry">
      <p className="cm-meta">
        <span className="cm-author">{entry.author}</span>
        {entry.ours && <span className="cm-ours">{t('thread.ours')}</span>}
        {entry.date && <span className="cm-date">{when}</span>}
        {entry.editedAt && (
          <span
            className="cm-edited"
            title={t('entry.editedAt', { date: date(entry.editedAt) })}
            data-testid="comment-edited"
          >
            <Pencil size={11} aria-hidden />
            {t('entry.edited')}
          </span>
        )}
      </p>
      {editing ? (
        <form
          className="cm-edit"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <label className="visually-hidden" htmlFor={fieldId}>
            {t('entry.field')}
          </label>
          <textarea
            id={fieldId}
            className="textarea"
            rows={Math.min(6, Math.max(2, text.split('\n').length))}
            value={text}
            autoFocus
            onChange={(event) => setText(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.preventDefault();
                event.stopPropagation();
                close();
              }
              sendOnCtrlEnter(event, save);
            }}
            data-testid="comment-edit-text"
          />
          <div className="cm-actions">
            <Button
              type="submit"
              size="sm"
              variant="primary"
              disabled={actions.busy || !text.trim()}
              data-testid="comment-edit-save"
            >
              {t('entry.save')}
            </Button>
            <Button size="sm" onClick={close} data-testid="comment-edit-cancel">
              {t('entry.cancel')}
            </Button>
          </div>
        </form>
      ) : (
        <p className="cm-text">{entry.text}</p>
      )}
      {changeable && !editing && (
        <div className="cm-entry-actions">
          <Button
            ref={editButton}
            size="sm"
            variant="ghost"
            icon={<Pencil size={12} aria-hidden />}
            aria-label={t(first ? 'entry.editComment' : 'entry.editReply', { date: when })}
            onClick={() => {
              setText(entry.text);
              setEditing(true);
            }}
            data-testid="comment-edit"
          >
            {t('entry.edit')}
          </Button>
          <Button
            size="sm"
            variant="ghost"
            icon={<Trash2 size={12} aria-hidden />}
            aria-label={t(first ? 'entry.deleteComment' : 'entry.deleteReply', { date: when })}
            disabled={actions.busy}
            onClick={(event) => {
              // The button goes with the entry: the focus goes to its thread, or, the thread gone
              // with our comment, to the new comment box.
              const slot = event.currentTarget.closest<HTMLElement>('.cm-thread-slot');
              const panel = event.currentTarget.closest<HTMLElement>('.cm-panel');
              void actions.remove(entry.id, first, name).then((done) => {
                if (!done) return;
                const target = first
                  ? (panel?.querySelector<HTMLElement>('.cm-new textarea') ??
                    panel?.querySelector<HTMLElement>('.cm-filter button'))
                  : slot;
                target?.focus({ preventScroll: true });
              });
            }}
            data-testid="comment-delete"
          >
            {t('entry.delete')}
          </Button>
        </div>
      )}
    </li>
  );
}

/** One thread: their comment, every reply, who resolved it, and (while the deal is open) a reply box. */
export function CommentThreadCard({ thread }: { thread: DealThread }) {
  const { t } = useTranslation('comments');
  const date = useDate();
  const { readOnly, anchorGone } = useComments();
  const actions = useThreadActions();
  const [text, setText] = useState('');
  const name = useCommentAuthor();
  const replyId = useId();
  const [first, ...replies] = thread.entries;
  if (!first) return null;
  const key = threadKeyOf(thread);
  const state = thread.stateChange;

  const submit = async () => {
    if (!text.trim()) return;
    if (await actions.reply(key, text, name)) setText('');
  };

  return (
    <article
      className="cm-thread"
      data-resolved={thread.resolved || undefined}
      data-testid="comment-thread"
      aria-label={t('thread.label', { author: first.author })}
    >
      <header className="cm-thread-head">
        <span className="cm-state" data-testid="comment-state">
          {thread.resolved ? <CircleCheck size={13} aria-hidden /> : <CircleDot size={13} aria-hidden />}
          {thread.resolved ? t('thread.resolved') : t('thread.open')}
        </span>
        {thread.roundNumber !== undefined && (
          <span className="cm-round">{t('thread.round', { number: thread.roundNumber })}</span>
        )}
      </header>
      {thread.anchorText &&
        (anchorGone.has(thread.id) ? (
          <p className="cm-anchor cm-anchor-gone" data-testid="comment-anchor-gone">
            <Unlink size={13} aria-hidden />
            {t('thread.anchorGone', { text: thread.anchorText.slice(0, 160) })}
          </p>
        ) : (
          <p className="cm-anchor" data-testid="comment-anchor">
            {t('thread.anchor', { text: thread.anchorText.slice(0, 160) })}
          </p>
        ))}
      <ol className="cm-entries" aria-label={t('thread.replies', { count: replies.length })}>
        <Entry entry={first} first />
        {replies.map((entry) => (
          <Entry key={`${entry.ours ? 'o' : 't'}-${entry.id}`} entry={entry} first={false} />
        ))}
      </ol>
      {state ? (
        <p className="cm-history">
          {t(state.resolved ? 'thread.resolvedBy' : 'thread.reopenedBy', {
            by: state.by,
            date: date(state.at),
          })}
        </p>
      ) : (
        thread.resolved && <p className="cm-history">{t('thread.resolvedInFile')}</p>
      )}
      {!readOnly && (
        <form
          className="cm-reply"
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <label className="visually-hidden" htmlFor={replyId}>
            {t('thread.replyLabel', { author: first.author })}
          </label>
          <textarea
            id={replyId}
            className="textarea"
            rows={2}
            value={text}
            placeholder={t('thread.replyPlaceholder')}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={(event) => sendOnCtrlEnter(event, submit)}
            data-testid="comment-reply-text"
          />
          <div className="cm-actions">
            <Button
              type="submit"
              size="sm"
              variant="primary"
              disabled={actions.busy || !text.trim()}
              data-testid="comment-reply"
            >
              {actions.busy ? t('thread.sending') : t('thread.reply')}
            </Button>
            <Button
              size="sm"
              disabled={actions.busy}
              onClick={() => void actions.setResolved(key, !thread.resolved, name)}
              data-testid={thread.resolved ? 'comment-reopen' : 'comment-resolve'}
            >
              {thread.resolved ? t('thread.reopen') : t('thread.resolve')}
            </Button>
          </div>
        </form>
      )}
    </article>
  );
}
