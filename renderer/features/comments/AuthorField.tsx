import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { useComments } from './CommentsContext';
import { useCommentsStore } from './useCommentsStore';

/** The name to write with a comment: the stored one, else what the user typed above the threads. */
export function useCommentAuthor(): string | undefined {
  const pending = useCommentsStore((state) => state.pendingAuthor);
  return pending.trim() || undefined;
}

/** Asks for the user's name once, while none is stored yet; the first comment saves it. */
export function AuthorField() {
  const { t } = useTranslation('comments');
  const value = useCommentsStore((state) => state.pendingAuthor);
  const onChange = useCommentsStore((state) => state.setPendingAuthor);
  const { authorName, readOnly } = useComments();
  if (authorName || readOnly) return null;
  return (
    <Field label={t('author.label')} hint={t('author.hint')}>
      {(control) => (
        <input
          {...control}
          className="input"
          value={value}
          autoComplete="name"
          onChange={(event) => onChange(event.target.value)}
          data-testid="comment-author"
        />
      )}
    </Field>
  );
}
