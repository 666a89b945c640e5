import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { useComments } from './CommentsContext';

/** Asks for the user's name once, where none is stored yet; the first comment saves it. */
export function AuthorField({ value, onChange }: { value: string; onChange(value: string): void }) {
  const { t } = useTranslation('comments');
  if (useComments().authorName) return null;
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
