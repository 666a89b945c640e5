import { CURRENCIES, DURATION_UNITS, type Currency, type DurationUnit } from '../../../shared/model';
import { Select } from '../../components/Select';
import { useTranslation } from 'react-i18next';

/** A limit while it is typed: the number as text, with its unit or currency. */
export type LimitDraft =
  | { shape: 'number'; text: string }
  | { shape: 'duration'; text: string; unit: DurationUnit }
  | { shape: 'money'; text: string; currency: Currency };

/** One limit field of a playbook row; commits when it loses focus or a unit is picked. */
export function LimitInput({
  value,
  label,
  percent,
  disabled,
  testId,
  onChange,
  onCommit,
}: {
  value: LimitDraft;
  label: string;
  percent: boolean;
  disabled: boolean;
  testId: string;
  onChange(value: LimitDraft): void;
  onCommit(value: LimitDraft): void;
}) {
  const { t } = useTranslation('playbook');
  const { t: tw } = useTranslation('workspace');
  return (
    <span className="pb-limit">
      <span className="pb-limit-input">
        <input
          className="input"
          aria-label={label}
          inputMode="decimal"
          autoComplete="off"
          disabled={disabled}
          value={value.text}
          data-testid={testId}
          onChange={(event) => onChange({ ...value, text: event.target.value })}
          onBlur={() => onCommit(value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') onCommit(value);
          }}
        />
        {percent && value.shape === 'number' && <span className="pb-suffix">%</span>}
      </span>
      {value.shape === 'duration' && (
        <Select<DurationUnit>
          value={value.unit}
          ariaLabel={`${label}: ${t('unit')}`}
          disabled={disabled}
          options={DURATION_UNITS.map((unit) => ({ value: unit, label: tw(`units.${unit}`) }))}
          onValueChange={(unit) => onCommit({ ...value, unit })}
        />
      )}
      {value.shape === 'money' && (
        <Select<Currency>
          value={value.currency}
          ariaLabel={`${label}: ${t('currency')}`}
          disabled={disabled}
          options={CURRENCIES.map((currency) => ({ value: currency, label: currency }))}
          onValueChange={(currency) => onCommit({ ...value, currency })}
        />
      )}
    </span>
  );
}
