import type { Language, SlaDocument } from '../model/document';
import type { Currency, DurationUnit, Term } from '../model/term';
import { clausesText, tablesOf } from './documentText';
import type { PriorityName } from './priorities';
import { ALWAYS, coversEverything, parseWeeklySchedule, type WeeklySchedule } from './serviceHours';

/**
 * What measuring an agreement needs, read once from its typed terms by their stable ids
 * (shared/templates/termSpecs.ts): the same ids whether the agreement is one of our templates or
 * customer paper whose terms were recognised. Every screen, the report and the CLI read an
 * agreement through {@link agreementTermsFrom}.
 */

export interface DurationTarget {
  value: number;
  unit: DurationUnit;
}

export interface AgreementPriority extends PriorityName {
  response: DurationTarget | null;
  resolution: DurationTarget | null;
}

export interface CreditBand {
  /** The band applies when the month's availability is below this percentage. */
  below: number;
  /** Share of the monthly fee credited, percent. */
  credit: number;
}

export interface Money {
  amount: number;
  currency: Currency;
}

/** What the measurement needs but the agreement does not say; shown so nobody trusts a silent zero. */
export type MissingTerm = 'availability' | 'service-hours' | 'priorities' | 'credits' | 'monthly-fee';

export interface AgreementTerms {
  title: string;
  language: Language;
  /** Availability target in percent, e.g. 99.9. */
  availability: number | null;
  serviceHours: {
    schedule: WeeklySchedule;
    /** As the agreement words it. */
    text: string | null;
    /** False when the agreement names no service hours: then the clock runs around the clock. */
    known: boolean;
  };
  /** Response and resolution times count only within the service hours. */
  timesWithinServiceHours: boolean;
  /** Ordered by level, 1 = most urgent. */
  priorities: AgreementPriority[];
  /** Highest threshold first. */
  creditBands: CreditBand[];
  /** Credits of a month are at most this share of the monthly fee, percent. */
  creditCap: number | null;
  monthlyFee: Money | null;
  bonus: { threshold: number; percent: number; requiresTopResolution: boolean } | null;
  chronicFailure: { months: number; window: DurationTarget; includesTopResolution: boolean } | null;
  maintenance: {
    /** Planned maintenance per month that does not count as downtime, minutes. */
    allowanceMinutes: number | null;
    window: WeeklySchedule | null;
    windowText: string | null;
  };
  measurementIntervalMinutes: number | null;
  reviewInterval: DurationTarget | null;
  missing: MissingTerm[];
}

type Kinded<K extends Term['kind']> = Extract<Term, { kind: K }>;

const PRIORITY_TERM = /^p(\d{1,2})_(response|resolution)$/;
const CREDIT_TERM = /^credit_band(\d{1,2})_(below|credit)$/;

/** Words a term label wraps around the priority's name ("P1 response time", "Reaktionszeit Klasse A"). */
const LABEL_NOISE =
  /\b(response|resolution|reaction|restoration|recovery|restore|fix|repair|workaround|time|times|target|to|until|bis|max(imum)?|reaktionszeit|reaktionszeiten|reaktion|wiederherstellungszeit|wiederherstellung|lösungszeit|loesungszeit|behebungszeit|entstörzeit|entstörungszeit|beseitigungszeit|zeit|für|fuer|for|of|bei|der|die|das|in|within|innerhalb)\b/giu;

export function priorityNameFromLabel(label: string): string {
  return label
    .replace(LABEL_NOISE, ' ')
    .replace(/[:()–—-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function durationMinutesApprox(target: DurationTarget): number {
  switch (target.unit) {
    case 'minutes':
      return target.value;
    case 'hours':
    case 'business-hours':
      return target.value * 60;
    case 'days':
    case 'business-days':
      return target.value * 1440;
    case 'weeks':
      return target.value * 7 * 1440;
    case 'months':
      return target.value * 30 * 1440;
  }
}

/** Reads the agreement's measurement rules from its typed terms and its wording. */
export function agreementTermsFrom(doc: SlaDocument): AgreementTerms {
  const byId = new Map(doc.terms.map((term) => [term.id, term]));
  const of = <K extends Term['kind']>(id: string, ...kinds: K[]): Kinded<K> | undefined => {
    const term = byId.get(id);
    return term && (kinds as string[]).includes(term.kind) ? (term as Kinded<K>) : undefined;
  };
  const percent = (id: string) => of(id, 'percent')?.value ?? null;
  const duration = (id: string): DurationTarget | null => {
    const term = of(id, 'duration');
    return term ? { value: term.value, unit: term.unit } : null;
  };
  const missing: MissingTerm[] = [];

  const availability = percent('availability');
  if (availability === null) missing.push('availability');

  // Service hours: the typed term first, else the words of a service-hours clause.
  const hoursTerm = of('service_hours', 'choice', 'text');
  const hoursText = hoursTerm?.value ?? (clausesText(doc, ['service-hours']) || null);
  const parsedHours = hoursText ? parseWeeklySchedule(hoursText) : null;
  const schedule = parsedHours ?? ALWAYS;
  if (!parsedHours) missing.push('service-hours');

  const priorityWords = clausesText(doc, ['priorities']);
  const timesWithinServiceHours =
    !coversEverything(schedule) &&
    !/\b(around the clock|rund um die uhr|24\s*[/x×]\s*7|unabhängig von der servicezeit|regardless of (the )?service hours)\b/iu.test(
      priorityWords,
    );

  const priorities = readPriorities(doc, duration);
  if (priorities.length === 0) missing.push('priorities');

  const bands = new Map<number, Partial<CreditBand>>();
  for (const term of doc.terms) {
    const match = CREDIT_TERM.exec(term.id);
    if (!match || term.kind !== 'percent') continue;
    const band = bands.get(Number(match[1])) ?? {};
    band[match[2] === 'below' ? 'below' : 'credit'] = term.value;
    bands.set(Number(match[1]), band);
  }
  const creditBands = [...bands.values()]
    .filter((band): band is CreditBand => band.below !== undefined && band.credit !== undefined)
    .sort((a, b) => b.below - a.below);
  if (creditBands.length === 0) missing.push('credits');

  const fee = of('monthly_fee', 'money');
  const monthlyFee = fee ? { amount: fee.value, currency: fee.currency } : null;
  if (!monthlyFee) missing.push('monthly-fee');

  const mentionsTopResolution = (text: string) =>
    /(wiederherstellungszeit|lösungszeit|behebungszeit|resolution time|time to resolve|restoration time)/iu.test(
      text,
    );

  const bonusThreshold = percent('bonus_threshold');
  const bonusPercent = percent('bonus_amount');
  const bonus =
    bonusThreshold !== null && bonusPercent !== null
      ? {
          threshold: bonusThreshold,
          percent: bonusPercent,
          requiresTopResolution: mentionsTopResolution(clausesText(doc, ['incentives'])),
        }
      : null;

  const chronicMonths = of('chronic_failure_months', 'count')?.value ?? null;
  const chronicWindow = duration('chronic_failure_window');
  const chronicFailure =
    chronicMonths !== null && chronicMonths > 0
      ? {
          months: chronicMonths,
          window: chronicWindow ?? { value: Math.max(chronicMonths, 12), unit: 'months' as const },
          includesTopResolution: mentionsTopResolution(clausesText(doc, ['chronic-failure'])),
        }
      : null;

  const allowance = duration('maintenance_window_hours');
  const windowText = of('maintenance_window_slot', 'text', 'choice')?.value ?? null;
  const interval = duration('measurement_interval');

  return {
    title: doc.title,
    language: doc.language,
    availability,
    serviceHours: { schedule, text: hoursText, known: parsedHours !== null },
    timesWithinServiceHours,
    priorities,
    creditBands,
    creditCap: percent('credit_cap'),
    monthlyFee,
    bonus,
    chronicFailure,
    maintenance: {
      allowanceMinutes: allowance ? durationMinutesApprox(allowance) : null,
      window: windowText ? parseWeeklySchedule(windowText) : null,
      windowText,
    },
    measurementIntervalMinutes: interval ? durationMinutesApprox(interval) : null,
    reviewInterval: duration('review_interval'),
    missing,
  };
}

function readPriorities(
  doc: SlaDocument,
  duration: (id: string) => DurationTarget | null,
): AgreementPriority[] {
  const levels = new Map<number, { labels: string[] }>();
  for (const term of doc.terms) {
    const match = PRIORITY_TERM.exec(term.id);
    if (!match || term.kind !== 'duration') continue;
    const level = Number(match[1]);
    const entry = levels.get(level) ?? { labels: [] };
    entry.labels.push(term.label);
    levels.set(level, entry);
  }
  // Names from the service-levels table: the first cell of the row that shows the level's times.
  const tableNames = new Map<number, string>();
  for (const table of tablesOf(doc, 'service-levels'))
    table.rows.forEach((row, index) => {
      if (index === 0 && table.headerRow) return;
      const [first, ...rest] = row;
      if (!first || first.termIds.length > 0 || !first.text) return;
      const level = rest
        .flatMap((cell) => cell.termIds)
        .map((id) => PRIORITY_TERM.exec(id)?.[1])
        .find((value) => value !== undefined);
      if (level !== undefined && !tableNames.has(Number(level))) tableNames.set(Number(level), first.text);
    });
  return [...levels.keys()]
    .sort((a, b) => a - b)
    .map((level) => {
      const labelNames = [...new Set(levels.get(level)!.labels.map(priorityNameFromLabel).filter(Boolean))];
      const name = tableNames.get(level) ?? labelNames[0] ?? `P${level}`;
      return {
        level,
        name,
        aliases: labelNames.filter((alias) => alias !== name),
        response: duration(`p${level}_response`),
        resolution: duration(`p${level}_resolution`),
      };
    });
}

/** Priority levels of the agreement, 1 first (the keys of the CLI's `responseBreaches`). */
export function priorityLevels(terms: AgreementTerms): number[] {
  return terms.priorities.map((priority) => priority.level);
}
