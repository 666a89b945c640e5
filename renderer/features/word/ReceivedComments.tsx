import { useTranslation } from 'react-i18next';
import { MessageSquare } from 'lucide-react';
import type { Round } from '../../../shared/model';
import { useLocaleFormat } from '../../i18n/useLocaleFormat';
import './word.css';

/**
 * The counterparty's Word comments kept with their round, next to the clause they were made on:
 * only that clause's comments when `clauseId` is given. Nothing when the round has none.
 */
export function ReceivedComments({
  round,
  clauseId,
}: {
  round: Round | null | undefined;
  clauseId?: string | null;
}) {
  const { t } = useTranslation('word');
  const format = useLocaleFormat();
  const comments = (round?.received?.comments ?? []).filter(
    (comment) => !clauseId || comment.clauseId === clauseId,
  );
  if (comments.length === 0) return null;
  return (
    <section className="word-comments" aria-label={t('commentsOf')} data-testid="received-comments">
      <h3 className="word-section-title">
        <MessageSquare size={15} aria-hidden />
        {t('commentsOf')}
      </h3>
      <ul className="word-items">
        {comments.map((comment) => (
          <li key={comment.id} data-testid="received-comment">
            <span className="word-comment-text">{comment.text}</span>
            <span className="word-meta">
              {comment.author}
              {comment.date ? `, ${format.dateTime(comment.date)}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
