import type { Language } from '../model/document';
import type { DurationUnit, Term } from '../model/term';

/** Locale used for numbers in a document of the given language. */
export const LOCALE_OF: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };

/** Between a number and its unit; keeps `99,9 %` and `4 Stunden` on one line. */
export const NBSP = '\u00a0';

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(language: Language, minimumFractionDigits = 0): Intl.NumberFormat {
  const key = `${language}:${minimumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE_OF[language], {
      minimumFractionDigits,
      maximumFractionDigits: Math.max(4, minimumFractionDigits),
    });
    numberFormats.set(key, format);
  }
  return format;
}

/** `99.95` → `99,95` (de) or `99.95` (en); thousands grouped as the locale does. */
export function formatNumber(value: number, language: Language): string {
  return numberFormat(language).format(value);
}

/** Percent as lawyers write it in each language: `99,9 %` (de), `99.9%` (en). */
export function formatPercent(value: number, language: Language): string {
  const n = formatNumber(value, language);
  return language === 'de' ? `${n}${NBSP}%` : `${n}%`;
}

const DURATION_WORDS: Record<Language, Record<DurationUnit, [one: string, many: string]>> = {
  en: {
    minutes: ['minute', 'minutes'],
    hours: ['hour', 'hours'],
    'business-hours': ['business hour', 'business hours'],
    days: ['day', 'days'],
    'business-days': ['business day', 'business days'],
    weeks: ['week', 'weeks'],
    months: ['month', 'months'],
  },
  de: {
    minutes: ['Minute', 'Minuten'],
    hours: ['Stunde', 'Stunden'],
    'business-hours': ['Geschäftsstunde', 'Geschäftsstunden'],
    days: ['Tag', 'Tage'],
    'business-days': ['Werktag', 'Werktage'],
    weeks: ['Woche', 'Wochen'],
    months: ['Monat', 'Monate'],
  },
};

export function durationUnitWord(unit: DurationUnit, value: number, language: Language): string {
  const [one, many] = DURATION_WORDS[language][unit];
  return value === 1 ? one : many;
}

/** Every spelling of a duration unit in a language, for reading values back from text. */
export function durationUnitWords(language: Language): ReadonlyArray<[DurationUnit, string]> {
  return Object.entries(DURATION_WORDS[language]).flatMap(([unit, words]) =>
    words.map((word) => [unit as DurationUnit, word] as [DurationUnit, string]),
  );
}

export function formatDuration(value: number, unit: DurationUnit, language: Language): string {
  return `${formatNumber(value, language)}${NBSP}${durationUnitWord(unit, value, language)}`;
}

export function formatMoney(value: number, currency: string, language: Language): string {
  return new Intl.NumberFormat(LOCALE_OF[language], {
    style: 'currency',
    currency,
    minimumFractionDigits: Number.isInteger(value) ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(value);
}

/** The text a term shows inside a clause, in the document's language. */
export function formatTermValue(term: Term, language: Language): string {
  switch (term.kind) {
    case 'percent':
      return formatPercent(term.value, language);
    case 'duration':
      return formatDuration(term.value, term.unit, language);
    case 'money':
      return formatMoney(term.value, term.currency, language);
    case 'count':
      return formatNumber(term.value, language);
    case 'text':
    case 'choice':
      return term.value;
  }
}

/**
 * What a term reference shows: the characters as written when it annotates received text
 * (`text`), otherwise the term's value formatted for the document's language. One rule for every
 * screen, export and diff (issue 8: their text is never re-rendered).
 */
export function termInlineText(
  inline: { termId: string; text?: string },
  term: Term | undefined,
  language: Language,
): string | undefined {
  if (inline.text !== undefined) return inline.text;
  return term ? formatTermValue(term, language) : undefined;
}
