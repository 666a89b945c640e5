import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Plus, Trash2 } from 'lucide-react';
import {
  CURRENCIES,
  DURATION_UNITS,
  TERM_KINDS,
  type Currency,
  type DurationUnit,
  type Favours,
  type Language,
  type Template,
  type Term,
  type TermKind,
} from '../../../shared/model';
import {
  addTemplateTerm,
  blankTerm,
  removeTemplateTerm,
  updateTemplateTerm,
  type TemplateEditError,
  type TemplateEditResult,
} from '../../../shared/templates/editTemplate';
import { Button, IconButton } from '../../components/Button';
import { Select } from '../../components/Select';
import { formatFieldNumber, parseLocaleNumber } from '../workspace/parseLocaleNumber';

const FAVOURS: readonly Favours[] = ['higher', 'lower', 'neither'];

function useErrorText() {
  const { t } = useTranslation('templateEditor');
  return (error: TemplateEditError) =>
    t(`errors.${error.code}`, {
      ...error,
      headings: 'headings' in error ? error.headings.join(', ') : '',
    });
}

/** The terms of the template: label, kind, default value and which direction favours the customer. */
export function TermsEditor({
  template,
  update,
}: {
  template: Template;
  update(edit: (template: Template) => Template): void;
}) {
  const { t } = useTranslation('templateEditor');
  const errorText = useErrorText();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [newId, setNewId] = useState('');
  const [newLabel, setNewLabel] = useState('');
  const [newKind, setNewKind] = useState<TermKind>('percent');

  /** Applies an edit only when it is allowed; a refusal stays next to its term. */
  function apply(key: string, edit: (current: Template) => TemplateEditResult): boolean {
    const result = edit(template);
    setErrors((prev) => ({ ...prev, [key]: result.ok ? '' : errorText(result.error) }));
    if (!result.ok) return false;
    update((current) => {
      const again = edit(current);
      return again.ok ? again.template : current;
    });
    return true;
  }

  return (
    <div className="te-terms">
      <p className="section-hint">{t('term.hint')}</p>
      <table className="table te-terms-table" data-testid="template-terms">
        <thead>
          <tr>
            <th scope="col">{t('term.id')}</th>
            <th scope="col">{t('term.label')}</th>
            <th scope="col">{t('term.kind')}</th>
            <th scope="col">{t('term.value')}</th>
            <th scope="col">{t('term.favours')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('term.remove', { label: '' })}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {template.document.terms.map((term) => (
            <TermRow
              key={term.id}
              term={term}
              language={template.language}
              error={errors[term.id] ?? ''}
              onChange={(next) => apply(term.id, (current) => updateTemplateTerm(current, next))}
              onRemove={() => apply(term.id, (current) => removeTemplateTerm(current, term.id))}
            />
          ))}
        </tbody>
      </table>
      <div className="te-add-term">
        <input
          className="input"
          aria-label={t('term.newId')}
          placeholder="p5_response"
          value={newId}
          onChange={(event) => setNewId(event.target.value.trim())}
          data-testid="template-new-term-id"
        />
        <input
          className="input"
          aria-label={t('term.newLabel')}
          value={newLabel}
          onChange={(event) => setNewLabel(event.target.value)}
          data-testid="template-new-term-label"
        />
        <Select<TermKind>
          value={newKind}
          ariaLabel={t('term.kind')}
          options={TERM_KINDS.map((kind) => ({ value: kind, label: t(`term.kinds.${kind}`) }))}
          onValueChange={setNewKind}
        />
        <Button
          icon={<Plus size={15} aria-hidden />}
          disabled={newId === '' || newLabel.trim() === ''}
          onClick={() => {
            const term = blankTerm(newKind, { id: newId, label: newLabel.trim(), favours: 'neither' });
            if (apply('__new', (current) => addTemplateTerm(current, term))) {
              setNewId('');
              setNewLabel('');
            }
          }}
          data-testid="template-add-term"
        >
          {t('term.add')}
        </Button>
      </div>
      {errors.__new && (
        <p className="field-error" role="alert">
          {errors.__new}
        </p>
      )}
    </div>
  );
}

function TermRow({
  term,
  language,
  error,
  onChange,
  onRemove,
}: {
  term: Term;
  language: Language;
  error: string;
  onChange(next: Term): boolean;
  onRemove(): void;
}) {
  const { t } = useTranslation(['templateEditor', 'workspace']);
  return (
    <tr data-testid={`template-term-${term.id}`}>
      <td>
        <code>{term.id}</code>
      </td>
      <td>
        <input
          className="input"
          aria-label={`${t('term.label')} ${term.id}`}
          value={term.label}
          onChange={(event) => onChange({ ...term, label: event.target.value })}
        />
      </td>
      <td>
        <Select<TermKind>
          value={term.kind}
          ariaLabel={`${t('term.kind')} ${term.label}`}
          options={TERM_KINDS.map((kind) => ({ value: kind, label: t(`term.kinds.${kind}`) }))}
          onValueChange={(kind) =>
            onChange(blankTerm(kind, { id: term.id, label: term.label, favours: term.favours }))
          }
        />
      </td>
      <td>
        <div className="te-term-value">
          <ValueInput term={term} language={language} onChange={onChange} />
          {term.kind === 'duration' && (
            <Select<DurationUnit>
              value={term.unit}
              ariaLabel={`${t('term.unit')} ${term.label}`}
              options={DURATION_UNITS.map((unit) => ({ value: unit, label: t(`workspace:units.${unit}`) }))}
              onValueChange={(unit) => onChange({ ...term, unit })}
            />
          )}
          {term.kind === 'money' && (
            <Select<Currency>
              value={term.currency}
              ariaLabel={`${t('term.currency')} ${term.label}`}
              options={CURRENCIES.map((currency) => ({ value: currency, label: currency }))}
              onValueChange={(currency) => onChange({ ...term, currency })}
            />
          )}
        </div>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
      </td>
      <td>
        <Select<Favours>
          value={term.favours}
          ariaLabel={`${t('term.favours')} ${term.label}`}
          options={FAVOURS.map((favours) => ({ value: favours, label: t(`term.favoursOptions.${favours}`) }))}
          onValueChange={(favours) => onChange({ ...term, favours })}
        />
      </td>
      <td>
        <IconButton
          label={t('term.remove', { label: term.label })}
          icon={<Trash2 size={15} />}
          onClick={onRemove}
        />
      </td>
    </tr>
  );
}

/** The default value: numbers typed the UI's way; a refused value stays in the field with its message. */
function ValueInput({
  term,
  language,
  onChange,
}: {
  term: Term;
  language: Language;
  onChange(next: Term): boolean;
}) {
  const { t } = useTranslation('templateEditor');
  const shown = (value: Term['value']) =>
    typeof value === 'number' ? formatFieldNumber(value, language) : value;
  const [text, setText] = useState(() => shown(term.value));
  const [seen, setSeen] = useState(term.value);
  const [problem, setProblem] = useState('');
  if (seen !== term.value) {
    // Changed elsewhere (kind changed, version reloaded): show the stored value.
    setSeen(term.value);
    setText(shown(term.value));
  }
  const label = `${t('term.value')} ${term.label}`;

  if (term.kind === 'choice')
    return (
      <div className="te-choice">
        <Select<string>
          value={term.value}
          ariaLabel={label}
          options={term.options.map((option) => ({ value: option, label: option }))}
          onValueChange={(value) => onChange({ ...term, value })}
        />
        <textarea
          className="textarea"
          rows={2}
          aria-label={`${t('term.options')} ${term.label}`}
          defaultValue={term.options.join('\n')}
          onBlur={(event) => {
            const options = [...new Set(event.target.value.split('\n').map((line) => line.trim()))].filter(
              Boolean,
            );
            if (options.length === 0) return;
            onChange({
              ...term,
              options,
              value: options.includes(term.value) ? term.value : (options[0] as string),
            });
          }}
        />
      </div>
    );

  return (
    <>
      <input
        className="input te-value"
        aria-label={label}
        value={text}
        data-testid={`template-term-value-${term.id}`}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          if (term.kind === 'text') {
            onChange({ ...term, value: next });
            return;
          }
          const value = parseLocaleNumber(next, language);
          if (value === null) {
            setProblem(t('term.notANumber'));
            return;
          }
          setProblem('');
          if (onChange({ ...term, value } as Term)) setSeen(value);
        }}
      />
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}
