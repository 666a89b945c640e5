import { memo, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RotateCcw } from 'lucide-react';
import {
  CURRENCIES,
  DURATION_UNITS,
  type Currency,
  type DurationUnit,
  type Language,
  type Term,
  type TermProblem,
} from '../../../shared/model';
import { formatTermValue } from '../../../shared/format/formatTermValue';
import { Select } from '../../components/Select';
import { IconButton } from '../../components/Button';
import { formatFieldNumber, parseLocaleNumber } from './parseLocaleNumber';
import { describeTermProblem } from '../../errors/describeError';
import { useLocaleFormat } from '../../i18n/useLocaleFormat';
import { termChanged } from './clauseStatus';
import { useWorkspaceStore } from './useWorkspaceStore';
import { TermBandNote } from '../guardrails/TermBandNote';
import { useGuardrails } from '../guardrails/GuardrailsContext';

export interface TermFieldProps {
  term: Term;
  /** The template's value, for the "changed" marker and the reset button. */
  original: Term | undefined;
  uiLanguage: Language;
  docLanguage: Language;
  selected: boolean;
  focusRequest: number;
  /** Tries a new value; returns why it is refused (nothing is written then). */
  onValue(term: Term, value: unknown): TermProblem | null;
  onUnit(term: Term, patch: { unit?: DurationUnit; currency?: Currency }): TermProblem | null;
}

const NUMERIC = new Set<Term['kind']>(['percent', 'duration', 'money', 'count']);

function shownText(term: Term, language: Language): string {
  return typeof term.value === 'number' ? formatFieldNumber(term.value, language) : term.value;
}

/** One typed term: validated on every keystroke; only valid values reach the document. */
export const TermField = memo(function TermField({
  term,
  original,
  uiLanguage,
  docLanguage,
  selected,
  focusRequest,
  onValue,
  onUnit,
}: TermFieldProps) {
  const { t } = useTranslation('workspace');
  const { readOnly } = useGuardrails();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const rowRef = useRef<HTMLDivElement>(null);
  const [text, setText] = useState(() => shownText(term, uiLanguage));
  const [error, setError] = useState<TermProblem | null>(null);
  const format = useLocaleFormat();
  const [seen, setSeen] = useState({ value: term.value, language: uiLanguage });
  const numeric = NUMERIC.has(term.kind);
  const parse = (input: string) =>
    parseLocaleNumber(input, uiLanguage, { grouping: term.kind !== 'percent' });

  // The stored value changed elsewhere (undo, reset, another window) or the UI language changed:
  // show it, unless the field already says the same (the user is typing `99,` on the way to `99,5`).
  if (seen.value !== term.value || seen.language !== uiLanguage) {
    setSeen({ value: term.value, language: uiLanguage });
    const same = numeric ? parse(text) === term.value && seen.language === uiLanguage : text === term.value;
    if (!same) {
      setText(shownText(term, uiLanguage));
      setError(null);
    }
  }

  useEffect(() => {
    if (!selected || focusRequest === 0) return;
    rowRef.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    inputRef.current?.focus();
    inputRef.current?.select();
    // Only a new request (a chip click) moves the focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest]);

  function tryText(input: string) {
    setText(input);
    let value: unknown = input;
    if (numeric) {
      const parsed = parse(input);
      if (parsed === null) {
        setError({ code: 'not-number' });
        return;
      }
      value = parsed;
    }
    setError(onValue(term, value));
  }

  function revert() {
    setText(shownText(term, uiLanguage));
    setError(null);
  }

  const changed = termChanged(term, original);
  const errorId = `${id}-error`;
  const errorText = error ? describeTermProblem(error, format.number) : null;

  return (
    <div
      ref={rowRef}
      className="ws-term"
      data-selected={selected || undefined}
      data-invalid={error ? true : undefined}
      data-testid={`term-${term.id}`}
    >
      <div className="ws-term-label-row">
        <label htmlFor={id} className="ws-term-label">
          {term.label}
        </label>
        {changed && (
          <span className="ws-term-changed" data-testid={`term-changed-${term.id}`}>
            {t('terms.changed')}
          </span>
        )}
      </div>
      <div className="ws-term-control">
        {term.kind === 'choice' ? (
          <Select
            id={id}
            value={term.value}
            options={term.options.map((option) => ({ value: option, label: option }))}
            onValueChange={(value) => tryText(value)}
            disabled={readOnly}
            testId={`term-field-${term.id}`}
          />
        ) : (
          <div className="ws-term-input-wrap">
            <input
              ref={inputRef}
              id={id}
              className="input ws-term-input"
              data-kind={term.kind}
              data-testid={`term-field-${term.id}`}
              inputMode={numeric ? (term.kind === 'count' ? 'numeric' : 'decimal') : 'text'}
              autoComplete="off"
              readOnly={readOnly}
              spellCheck={!numeric}
              value={text}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              onFocus={() => useWorkspaceStore.setState({ selectedTermId: term.id })}
              onChange={(event) => tryText(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') {
                  event.preventDefault();
                  revert();
                }
              }}
            />
            {term.kind === 'percent' && <span className="ws-term-suffix">%</span>}
          </div>
        )}
        {term.kind === 'duration' && (
          <Select
            value={term.unit}
            ariaLabel={t('terms.unit')}
            disabled={readOnly}
            options={DURATION_UNITS.map((unit) => ({ value: unit, label: t(`units.${unit}`) }))}
            onValueChange={(unit) => {
              setError(onUnit(term, { unit }));
            }}
            testId={`term-unit-${term.id}`}
          />
        )}
        {term.kind === 'money' && (
          <Select
            value={term.currency}
            ariaLabel={t('terms.currency')}
            disabled={readOnly}
            options={CURRENCIES.map((currency) => ({ value: currency, label: currency }))}
            onValueChange={(currency) => {
              setError(onUnit(term, { currency }));
            }}
            testId={`term-currency-${term.id}`}
          />
        )}
        {changed && original && !readOnly && (
          <IconButton
            size="sm"
            label={t('terms.reset', { value: formatTermValue(original, docLanguage) })}
            icon={<RotateCcw size={13} aria-hidden />}
            onClick={() => {
              if (original.kind === 'duration') onUnit(term, { unit: original.unit });
              onValue(term, original.value);
              setError(null);
            }}
          />
        )}
      </div>
      <TermBandNote term={term} />
      {errorText ? (
        <p id={errorId} className="ws-term-error" role="alert" data-testid={`term-error-${term.id}`}>
          {errorText}
        </p>
      ) : (
        original && (
          <p className="ws-term-hint">
            {t('terms.templateValue', { value: formatTermValue(original, docLanguage) })}
          </p>
        )
      )}
    </div>
  );
});
