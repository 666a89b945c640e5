import type { AgreementTerms } from './agreementTerms';
import { measurePeriod, type Measurement, type MeasuredIncident } from './measure';
import { monthPeriod } from './periods';
import { chronicFailureStatus, warningsFor, type ChronicFailureStatus, type Warning } from './warnings';
import { DEFAULT_WARNING_THRESHOLDS } from './model';

/**
 * The monthly SLA report a provider sends the customer, computed once: the DOCX, the printed PDF,
 * the screen and the CLI's JSON all read this one structure.
 */

export interface ReportParties {
  provider: string;
  customer: string;
}

export interface MonthlyReport {
  title: string;
  parties: ReportParties;
  /** `YYYY-MM`. */
  month: string;
  timeZone: string;
  terms: AgreementTerms;
  measurement: Measurement;
  warnings: Warning[];
  chronic: ChronicFailureStatus | null;
  /** When it was produced (ISO); printed in the footer. */
  generatedAt: string;
}

export interface MonthlyReportInput {
  terms: AgreementTerms;
  incidents: readonly MeasuredIncident[];
  month: string;
  timeZone: string;
  parties: ReportParties;
  now: number;
  thresholds?: readonly number[];
  /** `YYYY-MM` of the term's start: earlier months do not count for the chronic-failure clause. */
  firstMonth?: string;
}

export function buildMonthlyReport(input: MonthlyReportInput): MonthlyReport {
  const period = monthPeriod(input.month, input.timeZone);
  const options = { now: input.now };
  const measurement = measurePeriod(input.terms, input.incidents, period, options);
  const chronic = chronicFailureStatus(input.terms, input.incidents, input.month, input.timeZone, {
    ...options,
    ...(input.firstMonth ? { firstMonth: input.firstMonth } : {}),
  });
  return {
    title: input.terms.title,
    parties: input.parties,
    month: period.key,
    timeZone: input.timeZone,
    terms: input.terms,
    measurement,
    warnings: warningsFor(measurement, chronic, input.thresholds ?? DEFAULT_WARNING_THRESHOLDS),
    chronic,
    generatedAt: new Date(input.now).toISOString(),
  };
}

/** The CLI's `--json`: priority levels 1 = most urgent, every level of the agreement listed. */
export interface ReportJson {
  minutesInPeriod: number;
  downtimeMinutes: number;
  availabilityPercent: number | null;
  budgetUsedPercent: number | null;
  creditPercent: number;
  credit: { amount: number | null; currency: string | null };
  responseBreaches: Record<string, number>;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

export function reportJson(report: MonthlyReport): ReportJson {
  const m = report.measurement;
  const responseBreaches: Record<string, number> = {};
  for (const priority of m.priorities) responseBreaches[String(priority.level)] = priority.response.breached;
  const used = m.budget?.usedPercent;
  return {
    minutesInPeriod: round(m.minutesInPeriod, 2),
    downtimeMinutes: round(m.downtimeMinutes, 2),
    availabilityPercent: m.availabilityPercent === null ? null : round(m.availabilityPercent, 4),
    budgetUsedPercent: used === undefined || !Number.isFinite(used) ? null : round(used, 2),
    creditPercent: round(m.credit.percent, 4),
    credit: { amount: m.credit.amount?.amount ?? null, currency: m.credit.amount?.currency ?? null },
    responseBreaches,
  };
}
