import { formatPercent } from '../format/formatTermValue';
import type { MonthlyReport } from './monthlyReport';
import {
  formatAmount,
  formatAvailability,
  formatDay,
  formatInstant,
  formatMinutes,
  formatTarget,
  REPORT_WORDS,
  type ReportWords,
} from './reportText';
import type { Outcome } from './measure';

/**
 * The monthly report laid out as text rows, once, for every way it is shown: the Word file, the
 * printed page (PDF) and the preview on screen.
 */
export interface ReportLines {
  words: ReportWords;
  title: string;
  intro: string[];
  /** Label, value. */
  facts: [string, string][];
  incidentHeader: string[];
  incidents: string[][];
  priorityHeader: string[];
  priorities: string[][];
  credits: string[];
  notes: string[];
  generated: string;
}

export function reportLines(report: MonthlyReport): ReportLines {
  const language = report.terms.language;
  const w = REPORT_WORDS[language];
  const m = report.measurement;
  const tz = report.timeZone;
  const minutes = (value: number) => formatMinutes(value, language);
  const lastDay = m.period.end - 1;

  const intro = [
    `${w.agreement}: ${report.title}`,
    `${w.provider}: ${report.parties.provider || '–'} · ${w.customer}: ${report.parties.customer || '–'}`,
    `${w.period}: ${formatDay(m.period.start, tz, language)} – ${formatDay(lastDay, tz, language)} · ${w.timeZone}: ${tz}`,
  ];

  const facts: [string, string][] = [];
  facts.push([
    w.serviceHours,
    report.terms.serviceHours.schedule.always ? w.aroundTheClock : (report.terms.serviceHours.text ?? '–'),
  ]);
  facts.push([w.serviceMinutes, minutes(m.minutesInPeriod)]);
  facts.push([w.downtime, minutes(m.downtimeMinutes)]);
  if (m.maintenanceExcludedMinutes > 0)
    facts.push([w.maintenanceExcluded, minutes(m.maintenanceExcludedMinutes)]);
  if (m.maintenanceCountedMinutes > 0)
    facts.push([w.maintenanceCounted, minutes(m.maintenanceCountedMinutes)]);
  facts.push([
    w.measured,
    m.availabilityPercent === null ? '–' : formatAvailability(m.availabilityPercent, language),
  ]);
  if (m.target !== null) {
    const verdict = m.met === true ? w.met : m.met === false ? w.missed : w.running;
    facts.push([w.target, `${formatPercent(m.target, language)} – ${verdict}`]);
  }
  if (m.budget)
    facts.push([
      w.budget,
      w.budgetLine(
        minutes(m.budget.allowedMinutes),
        minutes(m.budget.usedMinutes),
        Number.isFinite(m.budget.usedPercent)
          ? formatPercent(Math.round(m.budget.usedPercent * 10) / 10, language)
          : '∞',
      ),
    ]);

  const priorityName = (level: number | null, label: string) =>
    level === null ? label || '–' : (report.terms.priorities.find((p) => p.level === level)?.name ?? label);
  const outcome = (value: Outcome, spent: number | null) =>
    value === 'none' ? '–' : `${spent === null ? '' : `${minutes(spent)} · `}${w.outcome[value]}`;

  const incidents = m.incidents.map((result) => {
    const incident = result.incident;
    const start = formatInstant(incident.start, tz, language);
    let end = incident.end === null ? w.ongoing : formatInstant(incident.end, tz, language);
    // The same day is written once: "06.10.2026 09:14 – 10:02".
    if (end.slice(0, 10) === start.slice(0, 10)) end = end.slice(11);
    const priority = priorityName(incident.priority, incident.priorityLabel);
    return [
      incident.reference || '–',
      `${start} – ${end}`,
      priority === '–' ? w.kinds[incident.kind] : `${w.kinds[incident.kind]}, ${priority}`,
      incident.kind === 'ticket' ? '–' : minutes(result.downtimeMinutes),
      outcome(result.response, result.responseMinutes),
      outcome(result.resolution, result.resolutionMinutes),
    ];
  });
  const c = w.columns;

  const priorities = m.priorities.map((p) => [
    p.name,
    formatTarget(p.response.target, language),
    w.tally(p.response.met, p.response.breached, p.response.pending),
    formatTarget(p.resolution.target, language),
    w.tally(p.resolution.met, p.resolution.breached, p.resolution.pending),
  ]);
  const pc = w.priorityColumns;

  const credits: string[] = [];
  if (m.credit.percent > 0)
    credits.push(
      w.credit(
        formatPercent(m.credit.percent, language),
        formatAmount(m.credit.amount, language),
        m.credit.capped,
      ),
    );
  else credits.push(w.noCredit);
  if (m.bonus) {
    if (m.bonus.earned)
      credits.push(w.bonus(formatPercent(m.bonus.percent, language), formatAmount(m.bonus.amount, language)));
    else credits.push(w.noBonus);
  }

  const notes = report.warnings.map((warning) => w.warning(warning, tz));
  if (m.target === null) notes.push(w.missing);

  return {
    words: w,
    title: w.title(report.month),
    intro,
    facts,
    incidentHeader: [c.reference, c.period, c.kind, c.downtime, c.response, c.resolution],
    incidents,
    priorityHeader: [pc.priority, pc.responseTarget, pc.response, pc.resolutionTarget, pc.resolution],
    priorities,
    credits,
    notes,
    generated: w.generated(formatDay(Date.parse(report.generatedAt), tz, language)),
  };
}
