import type { Currency, DurationUnit, Favours, TermKind } from '../model/term';
import { VOCABULARY_DE } from '../templates/vocabulary.de';
import { VOCABULARY_EN } from '../templates/vocabulary.en';
import { CHOICE_KEYS, TERM_SPECS, type TermKey } from '../templates/termSpecs';

export type RecognitionLanguage = 'de' | 'en';

/**
 * The ids the recogniser produces: our stable term ids (`shared/templates/termSpecs.ts`) so playbooks,
 * checks and monitoring treat a customer's document like our own, plus three it adds for customer paper:
 *
 * - `availability_period` (choice): the period availability is measured over. Our templates always
 *   measure per calendar month and say so in prose; customers write monthly, quarterly or yearly, and
 *   a yearly 99.9 % allows twelve times the single outage a monthly one does, so it is a term of its own.
 *   Not `measurement_interval`, which is how often the checks run (every 1 or 5 minutes).
 * - `annual_fee` (money): a fee written per year stays per year; it is not divided into a `monthly_fee`
 *   that the document never states.
 * - `credit_base` (choice, same options as `availability_period`): which fee the credit percentages are
 *   a share of ("5 % der Jahresvergütung" is twelve times "5 % of the monthly fee"); only with credits.
 * - `pN_*` beyond P4 and `credit_bandN_*` beyond band 3, when a customer's schedule has more of them.
 */
export const AVAILABILITY_PERIOD_KEYS = ['monthly', 'quarterly', 'yearly'] as const;
export type AvailabilityPeriodKey = (typeof AVAILABILITY_PERIOD_KEYS)[number];

const AVAILABILITY_PERIOD_LABELS: Record<RecognitionLanguage, Record<AvailabilityPeriodKey, string>> = {
  en: { monthly: 'monthly', quarterly: 'quarterly', yearly: 'yearly' },
  de: { monthly: 'monatlich', quarterly: 'vierteljährlich', yearly: 'jährlich' },
};

const EXTRA_LABELS: Record<RecognitionLanguage, Record<string, string>> = {
  en: {
    availability_period: 'Availability measurement period',
    annual_fee: 'Annual fee',
    credit_base: 'Fee the service credits are a share of',
  },
  de: {
    availability_period: 'Bemessungszeitraum der Verfügbarkeit',
    annual_fee: 'Jahresentgelt',
    credit_base: 'Bezugsgröße der Gutschriften',
  },
};

export interface CatalogEntry {
  kind: TermKind;
  favours: Favours;
}

const PRIORITY_ID = /^p([1-9])_(response|resolution)$/;
const BAND_ID = /^credit_band([1-9])_(below|credit)$/;

/** Kind and direction of a recognised id; the same table as our templates for our ids. */
export function catalogEntry(id: string): CatalogEntry | undefined {
  if (id in TERM_SPECS) return TERM_SPECS[id as TermKey];
  if (id === 'availability_period' || id === 'credit_base') return { kind: 'choice', favours: 'neither' };
  if (id === 'annual_fee') return { kind: 'money', favours: 'lower' };
  if (PRIORITY_ID.test(id)) return { kind: 'duration', favours: 'lower' };
  if (BAND_ID.test(id)) return { kind: 'percent', favours: 'higher' };
  return undefined;
}

/** The label our templates give the id in that language; made up in the same style for extra levels. */
export function termLabel(id: string, language: RecognitionLanguage): string {
  const pack = language === 'de' ? VOCABULARY_DE : VOCABULARY_EN;
  const known = (pack.termLabels as Record<string, string>)[id] ?? EXTRA_LABELS[language][id];
  if (known) return known;
  const priority = PRIORITY_ID.exec(id);
  if (priority) {
    const [, level, what] = priority;
    if (language === 'de')
      return `${what === 'response' ? 'Reaktionszeit' : 'Wiederherstellungszeit'} P${level}`;
    return `P${level} ${what === 'response' ? 'response' : 'resolution'} time`;
  }
  const band = BAND_ID.exec(id);
  if (band) {
    const [, n, what] = band;
    if (language === 'de')
      return `Gutschriftstufe ${n}: ${what === 'below' ? 'Verfügbarkeit unter' : 'Gutschrift'}`;
    return `Credit band ${n}: ${what === 'below' ? 'availability below' : 'credit'}`;
  }
  return id;
}

export function availabilityPeriodOptions(language: RecognitionLanguage): string[] {
  return AVAILABILITY_PERIOD_KEYS.map((key) => AVAILABILITY_PERIOD_LABELS[language][key]);
}
export function availabilityPeriodLabel(key: AvailabilityPeriodKey, language: RecognitionLanguage): string {
  return AVAILABILITY_PERIOD_LABELS[language][key];
}

/** The language-neutral key of an `availability_period` value in either language ("monatlich" → monthly). */
export function availabilityPeriodKey(value: string): AvailabilityPeriodKey | undefined {
  for (const labels of Object.values(AVAILABILITY_PERIOD_LABELS))
    for (const key of AVAILABILITY_PERIOD_KEYS) if (labels[key] === value) return key;
  return undefined;
}

export type ReportIntervalKey = (typeof CHOICE_KEYS.report_interval)[number];
export type ServiceHoursKey = (typeof CHOICE_KEYS.service_hours)[number];

/** Option labels of a choice term of our templates, in the template's language. */
export function choiceOptions(
  id: 'report_interval' | 'service_hours' | 'access_hours' | 'ticket_channels' | 'support_languages',
  language: RecognitionLanguage,
): { keys: readonly string[]; labels: Record<string, string> } {
  const pack = language === 'de' ? VOCABULARY_DE : VOCABULARY_EN;
  return { keys: CHOICE_KEYS[id], labels: pack.choiceLabels[id] as Record<string, string> };
}

/** A recognised value before it becomes a term (id, label and direction come from the catalog). */
export type TermValue =
  | { kind: 'percent'; value: number }
  | { kind: 'duration'; value: number; unit: DurationUnit }
  | { kind: 'money'; value: number; currency: Currency }
  | { kind: 'count'; value: number }
  | { kind: 'text'; value: string }
  | { kind: 'choice'; value: string; options: string[] };
