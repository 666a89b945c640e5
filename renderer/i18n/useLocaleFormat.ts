import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { INTL_LOCALE } from './i18n';
import type { UiLocale } from './namespaces';

export interface LocaleFormat {
  locale: string;
  /** `12.03.2026` / `12 Mar 2026` */
  date(value: string | Date): string;
  /** Date and time of day, for "last changed". */
  dateTime(value: string | Date): string;
  number(value: number): string;
}

/** Intl formatters are costly to make (milliseconds each) and never change: one set per language. */
const cache = new Map<UiLocale, LocaleFormat>();

export function localeFormat(language: UiLocale): LocaleFormat {
  const cached = cache.get(language);
  if (cached) return cached;
  const format = makeLocaleFormat(language);
  cache.set(language, format);
  return format;
}

function makeLocaleFormat(language: UiLocale): LocaleFormat {
  const locale = INTL_LOCALE[language];
  // Each made on its first use: the first screen should not pay for formats it does not show.
  const once = <T>(make: () => T) => {
    let made: T | undefined;
    return () => (made ??= make());
  };
  const dateFormat = once(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }));
  const dateTimeFormat = once(
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
  );
  const numberFormat = once(() => new Intl.NumberFormat(locale));
  const toDate = (value: string | Date) =>
    // A bare calendar date (`2026-03-12`) is a day, not midnight UTC: read it as local noon.
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? new Date(`${value}T12:00:00`)
      : new Date(value);
  return {
    locale,
    date: (value) => dateFormat().format(toDate(value)),
    dateTime: (value) => dateTimeFormat().format(toDate(value)),
    number: (value) => numberFormat().format(value),
  };
}

/** Formatters for the current UI language; re-created when the language changes. */
export function useLocaleFormat(): LocaleFormat {
  const { i18n } = useTranslation();
  const language: UiLocale = i18n.language === 'de' ? 'de' : 'en';
  return useMemo(() => localeFormat(language), [language]);
}
