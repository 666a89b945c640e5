import type { Language } from '../model/document';
import {
  formatMoney,
  formatNumber,
  formatPercent,
  formatDuration,
  LOCALE_OF,
} from '../format/formatTermValue';
import type { DurationTarget, Money } from './agreementTerms';
import type { IncidentKind } from './model';
import type { Outcome } from './measure';
import type { Warning } from './warnings';

/**
 * The report's fixed wording in the agreement's language (the customer reads it, so it follows the
 * contract, not the user's UI language).
 */
export interface ReportWords {
  title: (month: string) => string;
  provider: string;
  customer: string;
  period: string;
  timeZone: string;
  agreement: string;
  availabilitySection: string;
  serviceMinutes: string;
  serviceHours: string;
  aroundTheClock: string;
  downtime: string;
  measured: string;
  target: string;
  met: string;
  missed: string;
  running: string;
  maintenanceExcluded: string;
  maintenanceCounted: string;
  budget: string;
  budgetLine: (allowed: string, used: string, percent: string) => string;
  incidentsSection: string;
  noIncidents: string;
  columns: {
    reference: string;
    period: string;
    kind: string;
    downtime: string;
    response: string;
    resolution: string;
  };
  kinds: Record<IncidentKind, string>;
  outcome: Record<Outcome, string>;
  ongoing: string;
  prioritySection: string;
  priorityColumns: {
    priority: string;
    responseTarget: string;
    response: string;
    resolutionTarget: string;
    resolution: string;
  };
  tally: (met: number, breached: number, open: number) => string;
  creditsSection: string;
  credit: (percent: string, amount: string | null, capped: boolean) => string;
  noCredit: string;
  bonus: (percent: string, amount: string | null) => string;
  noBonus: string;
  notesSection: string;
  noNotes: string;
  generated: (at: string) => string;
  page: string;
  of: string;
  warning: (warning: Warning, timeZone: string) => string;
  missing: string;
}

const MONTHS: Record<Language, string[]> = {
  de: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

export function monthName(month: string, language: Language): string {
  const [year, m] = month.split('-');
  return `${MONTHS[language][Number(m) - 1] ?? m} ${year}`;
}

export const REPORT_WORDS: Record<Language, ReportWords> = {
  de: {
    title: (month) => `Service-Level-Bericht ${monthName(month, 'de')}`,
    provider: 'Anbieter',
    customer: 'Kunde',
    period: 'Berichtszeitraum',
    timeZone: 'Zeitzone',
    agreement: 'Vereinbarung',
    availabilitySection: 'Verfügbarkeit',
    serviceMinutes: 'Servicezeit im Monat',
    serviceHours: 'Servicezeit',
    aroundTheClock: 'rund um die Uhr',
    downtime: 'Ausfallzeit',
    measured: 'Gemessene Verfügbarkeit',
    target: 'Zielverfügbarkeit',
    met: 'erreicht',
    missed: 'verfehlt',
    running: 'Monat läuft noch',
    maintenanceExcluded: 'Angekündigte Wartung (nicht angerechnet)',
    maintenanceCounted: 'Wartung außerhalb des vereinbarten Rahmens (angerechnet)',
    budget: 'Fehlerbudget',
    budgetLine: (allowed, used, percent) => `${allowed} zulässig, ${used} verbraucht (${percent})`,
    incidentsSection: 'Störungen und Wartungen',
    noIncidents: 'Im Berichtszeitraum gab es keine Störungen.',
    columns: {
      reference: 'Nr.',
      period: 'Beginn – Ende',
      kind: 'Art, Priorität',
      downtime: 'Ausfall',
      response: 'Reaktion',
      resolution: 'Wiederherstellung',
    },
    kinds: { outage: 'Ausfall', maintenance: 'Wartung', ticket: 'Störung ohne Ausfall' },
    outcome: {
      met: 'eingehalten',
      breached: 'überschritten',
      pending: 'läuft',
      unknown: 'nicht erfasst',
      none: '–',
    },
    ongoing: 'dauert an',
    prioritySection: 'Reaktions- und Wiederherstellungszeiten je Priorität',
    priorityColumns: {
      priority: 'Priorität',
      responseTarget: 'Reaktionszeit (Soll)',
      response: 'Reaktion',
      resolutionTarget: 'Wiederherstellungszeit (Soll)',
      resolution: 'Wiederherstellung',
    },
    tally: (met, breached, open) =>
      `${met} eingehalten, ${breached} überschritten${open ? `, ${open} offen` : ''}`,
    creditsSection: 'Gutschriften und Leistungsbonus',
    credit: (percent, amount, capped) =>
      `Gutschrift: ${percent} des Monatsentgelts${amount ? ` = ${amount}` : ''}${capped ? ' (auf die vereinbarte Obergrenze begrenzt)' : ''}.`,
    noCredit: 'Für diesen Monat ist keine Gutschrift geschuldet.',
    bonus: (percent, amount) =>
      `Leistungsbonus: ${percent} des Monatsentgelts${amount ? ` = ${amount}` : ''}.`,
    noBonus: 'Ein Leistungsbonus fällt für diesen Monat nicht an.',
    notesSection: 'Hinweise',
    noNotes: 'Keine.',
    generated: (at) => `Erstellt mit SLA Workbench am ${at}`,
    page: 'Seite',
    of: 'von',
    missing:
      'Die Vereinbarung nennt keine Zielverfügbarkeit; Verfügbarkeit und Gutschriften sind ohne Ziel ausgewiesen.',
    warning: (warning, timeZone) => {
      switch (warning.code) {
        case 'budget':
          return `Das Fehlerbudget ist zu ${formatNumber(Math.round(warning.usedPercent), 'de')} % verbraucht (Warnschwelle ${warning.threshold} %).`;
        case 'burn-rate':
          return `Bei der bisherigen Ausfallrate ist das Fehlerbudget am ${formatDay(warning.runsOutAt, timeZone, 'de')} aufgebraucht.`;
        case 'target-missed':
          return `Die Zielverfügbarkeit von ${formatPercent(warning.target, 'de')} wurde verfehlt.`;
        case 'chronic-failure':
          return warning.triggered
            ? `Die Klausel zur wiederholten Verfehlung ist erfüllt: ${warning.missed} von ${warning.needed} verfehlten Monaten.`
            : `Noch ein verfehlter Monat, und die Klausel zur wiederholten Verfehlung greift (${warning.missed} von ${warning.needed}).`;
      }
    },
  },
  en: {
    title: (month) => `Service level report ${monthName(month, 'en')}`,
    provider: 'Provider',
    customer: 'Customer',
    period: 'Reporting period',
    timeZone: 'Time zone',
    agreement: 'Agreement',
    availabilitySection: 'Availability',
    serviceMinutes: 'Service time in the month',
    serviceHours: 'Service hours',
    aroundTheClock: 'around the clock',
    downtime: 'Downtime',
    measured: 'Measured availability',
    target: 'Target availability',
    met: 'met',
    missed: 'missed',
    running: 'month still running',
    maintenanceExcluded: 'Announced maintenance (not counted)',
    maintenanceCounted: 'Maintenance outside the agreed allowance (counted)',
    budget: 'Error budget',
    budgetLine: (allowed, used, percent) => `${allowed} allowed, ${used} used (${percent})`,
    incidentsSection: 'Incidents and maintenance',
    noIncidents: 'There were no incidents in the reporting period.',
    columns: {
      reference: 'No.',
      period: 'Start – end',
      kind: 'Type, priority',
      downtime: 'Downtime',
      response: 'Response',
      resolution: 'Resolution',
    },
    kinds: { outage: 'Outage', maintenance: 'Maintenance', ticket: 'Incident without downtime' },
    outcome: { met: 'met', breached: 'exceeded', pending: 'running', unknown: 'not recorded', none: '–' },
    ongoing: 'ongoing',
    prioritySection: 'Response and resolution times by priority',
    priorityColumns: {
      priority: 'Priority',
      responseTarget: 'Response time (target)',
      response: 'Response',
      resolutionTarget: 'Resolution time (target)',
      resolution: 'Resolution',
    },
    tally: (met, breached, open) => `${met} met, ${breached} exceeded${open ? `, ${open} open` : ''}`,
    creditsSection: 'Service credits and performance bonus',
    credit: (percent, amount, capped) =>
      `Service credit: ${percent} of the monthly fee${amount ? ` = ${amount}` : ''}${capped ? ' (limited to the agreed cap)' : ''}.`,
    noCredit: 'No service credit is owed for this month.',
    bonus: (percent, amount) =>
      `Performance bonus: ${percent} of the monthly fee${amount ? ` = ${amount}` : ''}.`,
    noBonus: 'No performance bonus is due for this month.',
    notesSection: 'Notes',
    noNotes: 'None.',
    generated: (at) => `Produced with SLA Workbench on ${at}`,
    page: 'Page',
    of: 'of',
    missing: 'The agreement names no availability target; availability and credits are shown without one.',
    warning: (warning, timeZone) => {
      switch (warning.code) {
        case 'budget':
          return `${formatNumber(Math.round(warning.usedPercent), 'en')}% of the error budget is used (warning threshold ${warning.threshold}%).`;
        case 'burn-rate':
          return `At the rate so far, the error budget runs out on ${formatDay(warning.runsOutAt, timeZone, 'en')}.`;
        case 'target-missed':
          return `The availability target of ${formatPercent(warning.target, 'en')} was missed.`;
        case 'chronic-failure':
          return warning.triggered
            ? `The chronic-failure clause is met: ${warning.missed} of ${warning.needed} missed months.`
            : `One more missed month and the chronic-failure clause applies (${warning.missed} of ${warning.needed}).`;
      }
    },
  },
};

/** `45 Min.` / `2 Std. 5 Min.` (de), `45 min` / `2 h 5 min` (en). */
export function formatMinutes(minutes: number, language: Language): string {
  const whole = Math.round(minutes);
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  const [h, m] = language === 'de' ? ['Std.', 'Min.'] : ['h', 'min'];
  // Budgets are often a few minutes: keep a decimal below an hour (17.16 → "17,2 Min.").
  if (hours === 0) return `${formatNumber(Math.round(minutes * 10) / 10, language)}\u00a0${m}`;
  return rest === 0
    ? `${formatNumber(hours, language)}\u00a0${h}`
    : `${formatNumber(hours, language)}\u00a0${h} ${rest}\u00a0${m}`;
}

/** Availability as the report shows it: three decimals, cut (not rounded up) so 99.9499 never reads 99.950. */
export function formatAvailability(percent: number, language: Language): string {
  return formatPercent(Math.floor(percent * 1000) / 1000, language);
}

export function formatTarget(target: DurationTarget | null, language: Language): string {
  return target ? formatDuration(target.value, target.unit, language) : '–';
}

export function formatAmount(money: Money | null, language: Language): string | null {
  return money ? formatMoney(money.amount, money.currency, language) : null;
}

/** `06.10.2026 09:14` (de) or `06/10/2026 09:14` (en) in the agreement's zone. */
export function formatInstant(instant: number, timeZone: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALE_OF[language], {
    timeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(new Date(instant))
    .replace(',', '');
}

export function formatDay(instant: number, timeZone: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALE_OF[language], {
    timeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(instant));
}
