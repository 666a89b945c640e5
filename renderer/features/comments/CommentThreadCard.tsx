import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CircleCheck, CircleDot } from 'lucide-react';
import { threadKeyOf, type DealThread, type ThreadEntry } from '../../../shared/comments/dealThreads';
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

function Entry({ entry }: { entry: ThreadEntry }) {
  const { t } = useTranslation('comments');
  const date = useDate();
  return (
    <li className="cm-entry" data-ours={entry.ours || undefined} data-testid="comment-entry">
      <p className="cm-meta">
        <span className="cm-author">{entry.author}</span>
        {entry.ours && <span className="cm-ours">{t('thread.ours')}</span>}
        {entry.date && <span className="cm-date">{date(entry.date)}</span>}
      </p>
      <p className="cm-text">{entry.text}</p>
    </li>
  );
}

/** One thread: their comment, every reply, who resolved it, and (while the deal is open) a reply box. */
export function CommentThreadCard({ thread }: { thread: DealThread }) {
  const { t } = useTranslation('comments');
  const date = useDate();
  const { readOnly } = useComments();
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
      {thread.anchorText && (
        <p className="cm-anchor">{t('thread.anchor', { text: thread.anchorText.slice(0, 160) })}</p>
      )}
      <ol className="cm-entries" aria-label={t('thread.replies', { count: replies.length })}>
        <Entry entry={first} />
        {replies.map((entry) => (
          <Entry key={`${entry.ours ? 'o' : 't'}-${entry.id}`} entry={entry} />
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
            onKeyDown={(event) => {
              // Ctrl+Enter sends, as in mail and chat tools; Enter alone makes a new line.
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                void submit();
              }
            }}
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
