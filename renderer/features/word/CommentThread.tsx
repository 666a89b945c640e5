import { useTranslation } from 'react-i18next';
import type { ReceivedComment } from '../../../shared/model';
import { useLocaleFormat } from '../../i18n/useLocaleFormat';
import './word.css';

/** A Word comment's resolved state and its replies, under the comment itself. */
export function CommentThread({ comment }: { comment: Pick<ReceivedComment, 'resolved' | 'replies'> }) {
  const { t } = useTranslation('wordImport');
  const format = useLocaleFormat();
  const replies = comment.replies ?? [];
  if (!comment.resolved && replies.length === 0) return null;
  return (
    <>
      {comment.resolved && (
        <span className="word-resolved" data-testid="comment-resolved">
          {t('resolved')}
        </span>
      )}
      {replies.length > 0 && (
        <ul className="word-replies" aria-label={t('replies', { count: replies.length })}>
          {replies.map((reply) => (
            <li key={reply.id} data-testid="comment-reply">
              <span className="word-comment-text">{reply.text}</span>
              <span className="word-meta">
                {reply.author}
                {reply.date ? `, ${format.dateTime(reply.date)}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
