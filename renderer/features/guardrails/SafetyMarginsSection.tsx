import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { Field } from '../../components/Field';
import { showToast } from '../../components/useToastStore';
import type { Settings } from '../../db';
import { useRepositories } from '../../src/RepositoriesContext';
import { formatFieldNumber, parseLocaleNumber } from '../workspace/parseLocaleNumber';
import { useUiLanguage } from './useUiLanguage';

type MarginKey = 'safetyMarginPoints' | 'safetyMarginMinutes' | 'minimumMarginPercent';

const FIELDS: { key: MarginKey; label: 'points' | 'minutes' | 'minimumMargin' }[] = [
  { key: 'safetyMarginPoints', label: 'points' },
  { key: 'safetyMarginMinutes', label: 'minutes' },
  { key: 'minimumMarginPercent', label: 'minimumMargin' },
];

/** Settings › Safety margins: what the back-to-back check keeps between suppliers' promises and ours. */
export function SafetyMarginsSection() {
  const { t } = useTranslation('guardrails');
  const { settings } = useRepositories();
  const stored = useLiveQuery(() => settings.getAll(), [settings]);
  if (!stored) return null;
  return (
    <section className="card" aria-labelledby="settings-margins" data-testid="safety-margins">
      <h2 className="card-title" id="settings-margins">
        {t('settings.marginsTitle')}
      </h2>
      <p className="field-hint">{t('settings.marginsHint')}</p>
      {FIELDS.map(({ key, label }) => (
        <MarginField
          key={key}
          label={t(`settings.${label}`)}
          hint={t(`settings.${label}Hint`)}
          value={stored[key]}
          testId={`setting-${key}`}
          onSave={(value) => settings.set(key, value as Settings[MarginKey])}
        />
      ))}
    </section>
  );
}

function MarginField({
  label,
  hint,
  value,
  testId,
  onSave,
}: {
  label: string;
  hint: string;
  value: number;
  testId: string;
  onSave(value: number): Promise<void>;
}) {
  const { t } = useTranslation('guardrails');
  const language = useUiLanguage();
  const [text, setText] = useState(formatFieldNumber(value, language));
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(formatFieldNumber(value, language));
  }
  const save = async () => {
    const next = parseLocaleNumber(text, language, { grouping: false });
    if (next === null) {
      setError(t('settings.invalid'));
      return;
    }
    if (next === value) return;
    try {
      await onSave(next);
      setError(null);
      showToast({ message: t('settings.saved') });
    } catch {
      setError(t('settings.invalid'));
    }
  };
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...control}
          className="input gr-setting-number"
          inputMode="decimal"
          value={text}
          onChange={(event) => setText(event.target.value)}
          onBlur={() => void save()}
          onKeyDown={(event) => {
            if (event.key === 'Enter') void save();
          }}
          data-testid={testId}
        />
      )}
    </Field>
  );
}
