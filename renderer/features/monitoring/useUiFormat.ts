import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatNumber, formatPercent } from '../../../shared/format/formatTermValue';
import type { Money } from '../../../shared/monitoring/agreementTerms';
import {
  formatAvailability,
  formatDay,
  formatInstant,
  formatMinutes,
  formatTarget,
} from '../../../shared/monitoring/reportText';
import type { DurationTarget } from '../../../shared/monitoring/agreementTerms';

/** Numbers, minutes, money and instants as the UI language writes them, instants in the agreement's zone. */
export interface UiFormat {
  language: 'de' | 'en';
  /** A percentage as written in the agreement (`99,95 %`), every decimal kept. */
  percent(value: number): string;
  /** A share of the budget, to one decimal (`81,6 %`). */
  share(value: number): string;
  availability(value: number | null): string;
  number(value: number): string;
  minutes(value: number): string;
  money(value: Money | null): string;
  target(value: DurationTarget | null): string;
  instant(value: number, timeZone: string): string;
  day(value: number, timeZone: string): string;
}

export function uiFormat(language: 'de' | 'en'): UiFormat {
  return {
    language,
    percent: (value) => formatPercent(value, language),
    share: (value) => (Number.isFinite(value) ? formatPercent(Math.round(value * 10) / 10, language) : '∞'),
    availability: (value) => (value === null ? '–' : formatAvailability(value, language)),
    number: (value) => formatNumber(value, language),
    minutes: (value) => formatMinutes(value, language),
    money: (value) => (value ? formatMoney(value.amount, value.currency, language) : '–'),
    target: (value) => formatTarget(value, language),
    instant: (value, timeZone) => formatInstant(value, timeZone, language),
    day: (value, timeZone) => formatDay(value, timeZone, language),
  };
}

export function useUiFormat(): UiFormat {
  const { i18n } = useTranslation();
  const language = i18n.language === 'de' ? 'de' : 'en';
  return useMemo(() => uiFormat(language), [language]);
}
