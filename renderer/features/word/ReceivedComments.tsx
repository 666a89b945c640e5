import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MessageSquare } from 'lucide-react';
import { clauseNumbers, type Round } from '../../../shared/model';
import { useLocaleFormat } from '../../i18n/useLocaleFormat';
import { CommentThread } from './CommentThread';
import './word.css';

/**
 * The counterparty's Word comments kept with their round, each under the clause it was made on;
 * those on the clause of the selected change (`clauseId`) come first and are marked. Nothing when
 * the round has no comments.
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
  const labels = useMemo(() => {
    const clauses = round?.document.clauses ?? [];
    const numbers = clauseNumbers(clauses);
    return new Map(clauses.map((clause, i) => [clause.id, `${numbers[i] ?? ''} ${clause.heading}`.trim()]));
  }, [round]);
  const comments = [...(round?.received?.comments ?? [])].sort(
    (x, y) => Number(y.clauseId === clauseId) - Number(x.clauseId === clauseId),
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
          <li
            key={comment.id}
            className={comment.clauseId === clauseId ? 'is-current' : undefined}
            data-testid="received-comment"
          >
            <span className="word-clause">{labels.get(comment.clauseId) ?? ''}</span>
            <span className="word-comment-text">{comment.text}</span>
            <span className="word-meta">
              {comment.author}
              {comment.date ? `, ${format.dateTime(comment.date)}` : ''}
            </span>
            <CommentThread comment={comment} />
          </li>
        ))}
      </ul>
    </section>
  );
}
