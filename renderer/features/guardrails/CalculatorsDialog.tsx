import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseChainText } from '../../../shared/calculators/chainText';
import { compositeAvailability } from '../../../shared/calculators/compositeAvailability';
import { creditExposure, creditScheduleOf } from '../../../shared/calculators/creditExposure';
import { toNumber } from '../../../shared/calculators/decimal';
import {
  allowedDowntime,
  availabilityForDowntime,
  HOURS_PER_WEEK_24X7,
  PERIODS,
} from '../../../shared/calculators/downtime';
import { formatMinutes } from '../../../shared/calculators/formatMinutes';
import {
  SERVICE_HOURS_KEYS,
  SERVICE_HOURS_PER_WEEK,
  serviceHoursKeyOf,
} from '../../../shared/calculators/serviceHours';
import type { Term } from '../../../shared/model';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { Select } from '../../components/Select';
import { formatFieldNumber, parseLocaleNumber } from '../workspace/parseLocaleNumber';
import { useGuardrails } from './GuardrailsContext';
import { moneyText, percentText } from './guardrailText';
import { useGuardrailsStore } from './useGuardrailsStore';
import { useUiLanguage } from './useUiLanguage';

const ALL_HOURS = '24x7';

/** The calculators panel (issue 10 §9), filled in from the deal: downtime, composite, credits. */
export function CalculatorsDialog({ terms }: { terms: readonly Term[] }) {
  const open = useGuardrailsStore((state) => state.dialog === 'calculators');
  return open ? <OpenCalculators terms={terms} /> : null;
}

function OpenCalculators({ terms }: { terms: readonly Term[] }) {
  const { t } = useTranslation('guardrails');
  const language = useUiLanguage();
  const close = useGuardrailsStore((state) => state.close);
  const { data } = useGuardrails();
  const byId = new Map(terms.map((term) => [term.id, term]));
  const promised = byId.get('availability');
  const [availability, setAvailability] = useState(
    promised?.kind === 'percent'
      ? formatFieldNumber(promised.value, language)
      : formatFieldNumber(99.9, language),
  );
  const [hours, setHours] = useState<string>(serviceHoursKeyOf(byId.get('service_hours')) ?? ALL_HOURS);
  const [downtime, setDowntime] = useState(formatFieldNumber(43.2, language));
  const chainOfDeal = (data?.suppliers.links ?? [])
    .map((link) => link.commitments.flatMap((c) => (c.availability === undefined ? [] : [c.availability])))
    .filter((members) => members.length > 0)
    .map((members) => members.map((value) => formatFieldNumber(value, language)).join('/'))
    .join(' ');
  const [chain, setChain] = useState(
    chainOfDeal || (language === 'de' ? '99,95 99,9/99,5' : '99.95 99.9/99.5'),
  );

  const hoursPerWeek = hours === ALL_HOURS ? HOURS_PER_WEEK_24X7 : SERVICE_HOURS_PER_WEEK[hours as never];
  const percent = parseLocaleNumber(availability, language, { grouping: false });
  const validPercent = percent !== null && percent >= 0 && percent <= 100 ? percent : null;
  const minutes = parseLocaleNumber(downtime, language);
  let leaves: string | null = null;
  try {
    if (minutes !== null)
      leaves = percentText(availabilityForDowntime(minutes, 'month', { hoursPerWeek }), language);
  } catch {
    leaves = null;
  }
  const links = parseChainText(chain);
  const schedule = creditScheduleOf(terms);
  const exposure = schedule.bands.length > 0 ? creditExposure(schedule) : null;
  const money = (value: Parameters<typeof moneyText>[0] | null) =>
    value === null || !exposure?.currency ? '–' : moneyText(value, exposure.currency, language);

  return (
    <Dialog
      open
      onOpenChange={(next) => {
        if (!next) close();
      }}
      title={t('calculators.title')}
      description={t('calculators.description')}
      width={620}
      testId="calculators"
    >
      <section className="gr-calc">
        <h3 className="gr-calc-title">{t('calculators.downtime')}</h3>
        <div className="gr-field-row">
          <Field
            label={t('calculators.availability')}
            error={validPercent === null ? t('calculators.invalid') : null}
          >
            {(control) => (
              <input
                {...control}
                className="input"
                inputMode="decimal"
                value={availability}
                onChange={(event) => setAvailability(event.target.value)}
                data-testid="calc-availability"
              />
            )}
          </Field>
          <Field label={t('calculators.hours')}>
            {(control) => (
              <Select
                id={control.id}
                value={hours}
                options={[
                  { value: ALL_HOURS, label: t('calculators.hours247') },
                  ...SERVICE_HOURS_KEYS.filter((key) => key !== 'always').map((key) => ({
                    value: key,
                    label: t(`supportHours.${key}`),
                  })),
                ]}
                onValueChange={setHours}
                testId="calc-hours"
              />
            )}
          </Field>
        </div>
        {validPercent !== null && (
          <dl className="gr-figures" data-testid="calc-downtime">
            {PERIODS.map((period) => (
              <div key={period}>
                <dt>{t(`calculators.period.${period}`)}</dt>
                <dd>
                  {formatMinutes(toNumber(allowedDowntime(validPercent, period, { hoursPerWeek })), language)}
                </dd>
              </div>
            ))}
          </dl>
        )}
      </section>

      <section className="gr-calc">
        <h3 className="gr-calc-title">{t('calculators.fromDowntime')}</h3>
        <Field
          label={t('calculators.downtimeMinutes')}
          hint={leaves ? t('calculators.leaves', { value: leaves }) : undefined}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              inputMode="decimal"
              value={downtime}
              onChange={(event) => setDowntime(event.target.value)}
              data-testid="calc-downtime-minutes"
            />
          )}
        </Field>
      </section>

      <section className="gr-calc">
        <h3 className="gr-calc-title">{t('calculators.composite')}</h3>
        <Field
          label={t('calculators.chain')}
          hint={
            Array.isArray(links)
              ? t('calculators.chainResult', { value: percentText(compositeAvailability(links), language) })
              : t('calculators.chainHint')
          }
        >
          {(control) => (
            <input
              {...control}
              className="input"
              value={chain}
              onChange={(event) => setChain(event.target.value)}
              data-testid="calc-chain"
            />
          )}
        </Field>
      </section>

      <section className="gr-calc" data-testid="calc-credits">
        <h3 className="gr-calc-title">{t('calculators.credits')}</h3>
        {!exposure ? (
          <p className="ws-empty">{t('calculators.creditsNone')}</p>
        ) : (
          <ul className="gr-list">
            {exposure.bands.map((band) => (
              <li key={band.below} className="gr-item">
                {t('calculators.band', {
                  below: percentText(band.below, language),
                  owed: percentText(band.owed, language),
                  amount: money(band.amount),
                })}
              </li>
            ))}
            <li className="gr-item gr-calc-worst">
              <strong>
                {t('calculators.worst', {
                  percent: percentText(exposure.worstPercent, language),
                  amount: money(exposure.worstAmount),
                })}
              </strong>
              {exposure.capped && schedule.cap !== null && (
                <span>{t('calculators.capped', { cap: percentText(schedule.cap, language) })}</span>
              )}
            </li>
          </ul>
        )}
      </section>
    </Dialog>
  );
}
