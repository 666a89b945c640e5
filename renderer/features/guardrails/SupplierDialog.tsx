import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SERVICE_HOURS_KEYS } from '../../../shared/calculators/serviceHours';
import { CURRENCIES, DURATION_UNITS, type Currency, type DurationUnit } from '../../../shared/model';
import { linkName, SupplierCommitment, type SupplierLink } from '../../../shared/suppliers/supplierPlan';
import { Dialog, FormFooter } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { Select } from '../../components/Select';
import { formatFieldNumber, parseLocaleNumber } from '../workspace/parseLocaleNumber';
import { useUiLanguage } from './useUiLanguage';

const NONE = 'none';
const SERIES = 'series';

export interface SupplierDialogProps {
  /** The commitment edited, or `null` to add one. */
  editing: SupplierCommitment | null;
  /** For a new commitment: the link it joins as a redundant partner, preselected. */
  partnerOf: string | null;
  links: readonly SupplierLink[];
  currency: Currency;
  newId(): string;
  onSave(commitment: SupplierCommitment, linkId: string | null): Promise<string | null>;
  onClose(): void;
}

/** One supplier commitment: name, the figures it promises, and its place in the chain. */
export function SupplierDialog({
  editing,
  partnerOf,
  links,
  currency,
  newId,
  onSave,
  onClose,
}: SupplierDialogProps) {
  const { t } = useTranslation('guardrails');
  const { t: tw } = useTranslation('workspace');
  const language = useUiLanguage();
  const number = (value: number | undefined) =>
    value === undefined ? '' : formatFieldNumber(value, language);
  const [name, setName] = useState(editing?.name ?? '');
  const [availability, setAvailability] = useState(number(editing?.availability));
  const [response, setResponse] = useState(number(editing?.responseTime?.value));
  const [unit, setUnit] = useState<DurationUnit>(editing?.responseTime?.unit ?? 'hours');
  const [hours, setHours] = useState<string>(editing?.supportHours ?? NONE);
  const [cost, setCost] = useState(number(editing?.monthlyCost?.amount));
  const [costCurrency, setCostCurrency] = useState<Currency>(editing?.monthlyCost?.currency ?? currency);
  const [placement, setPlacement] = useState(partnerOf ?? SERIES);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = async () => {
    const problems: Record<string, string> = {};
    const read = (key: string, text: string, grouping: boolean) => {
      if (text.trim() === '') return undefined;
      const value = parseLocaleNumber(text, language, { grouping });
      if (value === null) problems[key] = t('supplierDialog.invalid');
      return value ?? undefined;
    };
    const candidate = {
      id: editing?.id ?? newId(),
      name: name.trim(),
      availability: read('availability', availability, false),
      responseTime: (() => {
        const value = read('response', response, false);
        return value === undefined ? undefined : { value, unit };
      })(),
      supportHours: hours === NONE ? undefined : hours,
      monthlyCost: (() => {
        const value = read('cost', cost, true);
        return value === undefined ? undefined : { amount: value, currency: costCurrency };
      })(),
    };
    if (!candidate.name) problems.name = t('supplierDialog.nameRequired');
    const checked = SupplierCommitment.safeParse(candidate);
    if (!checked.success)
      for (const issue of checked.error.issues) {
        const key = String(issue.path[0] ?? 'name');
        problems[key === 'responseTime' ? 'response' : key === 'monthlyCost' ? 'cost' : key] ??=
          t('supplierDialog.invalid');
      }
    setErrors(problems);
    if (Object.keys(problems).length > 0 || !checked.success) return;
    const refused = await onSave(checked.data, placement === SERIES ? null : placement);
    if (refused) setErrors({ name: refused });
    else onClose();
  };

  const numberInput = (key: string, value: string, set: (value: string) => void, label: string) => (
    <Field label={label} error={errors[key] ?? null} className="gr-field-number">
      {(control) => (
        <input
          {...control}
          className="input"
          inputMode="decimal"
          autoComplete="off"
          value={value}
          onChange={(event) => set(event.target.value)}
          data-testid={`supplier-${key}`}
        />
      )}
    </Field>
  );

  return (
    <Dialog
      open
      onOpenChange={(next) => {
        if (!next) onClose();
      }}
      title={editing ? t('supplierDialog.editTitle') : t('supplierDialog.addTitle')}
      description={t('supplierDialog.description')}
      testId="supplier-dialog"
      width={520}
      onSubmit={() => void submit()}
      footer={<FormFooter onCancel={onClose} submitLabel={t('supplierDialog.save')} />}
    >
      <Field label={t('supplierDialog.name')} error={errors.name ?? null}>
        {(control) => (
          <input
            {...control}
            className="input"
            value={name}
            maxLength={200}
            placeholder={t('supplierDialog.namePlaceholder')}
            onChange={(event) => setName(event.target.value)}
            data-testid="supplier-name"
          />
        )}
      </Field>
      <div className="gr-field-row">
        {numberInput('availability', availability, setAvailability, t('supplierDialog.availability'))}
        <div className="gr-field-pair">
          {numberInput('response', response, setResponse, t('supplierDialog.response'))}
          <Select<DurationUnit>
            value={unit}
            ariaLabel={tw('terms.unit')}
            options={DURATION_UNITS.map((value) => ({ value, label: tw(`units.${value}`) }))}
            onValueChange={setUnit}
            testId="supplier-response-unit"
          />
        </div>
      </div>
      <div className="gr-field-row">
        <div className="gr-field-pair">
          {numberInput('cost', cost, setCost, t('supplierDialog.cost'))}
          <Select<Currency>
            value={costCurrency}
            ariaLabel={tw('terms.currency')}
            options={CURRENCIES.map((value) => ({ value, label: value }))}
            onValueChange={setCostCurrency}
          />
        </div>
        <Field label={t('supplierDialog.supportHours')}>
          {(control) => (
            <Select
              id={control.id}
              value={hours}
              options={[
                { value: NONE, label: t('supplierDialog.supportNone') },
                ...SERVICE_HOURS_KEYS.map((key) => ({ value: key, label: t(`supportHours.${key}`) })),
              ]}
              onValueChange={setHours}
              testId="supplier-hours"
            />
          )}
        </Field>
      </div>
      {!editing && links.length > 0 && (
        <Field label={t('supplierDialog.placement')}>
          {(control) => (
            <Select
              id={control.id}
              value={placement}
              options={[
                { value: SERIES, label: t('supplierDialog.series') },
                ...links.map((link) => ({
                  value: link.id,
                  label: t('supplierDialog.redundantWith', { name: linkName(link) }),
                })),
              ]}
              onValueChange={setPlacement}
              testId="supplier-placement"
            />
          )}
        </Field>
      )}
    </Dialog>
  );
}
