import { stringify } from 'yaml';
import { formatDuration, formatPercent } from '../format/formatTermValue';
import type { AgreementTerms, DurationTarget } from './agreementTerms';

/**
 * The signed commitments as OpenSLO v1 (https://github.com/OpenSLO/OpenSLO, `apiVersion: openslo/v1`):
 * one Service, one SLO for the availability target and one per priority's response target, each on
 * a calendar-month window in the agreement's time zone. The queries are placeholders that name what
 * to measure; operations points them at their monitoring (`metricSourceRef`).
 */

export interface OpenSloInput {
  terms: AgreementTerms;
  /** The customer or deal: names the Service. */
  serviceName: string;
  description: string;
  timeZone: string;
  /** First day of the agreement's term, `YYYY-MM-DD`: the calendar window starts at that month. */
  termStart: string;
}

/** RFC 1123 label: lower-case letters, digits and `-`, at most 63 characters. */
export function openSloName(text: string, maxLength = 63): string {
  const slug = text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
  return slug || 'service';
}

/** OpenSLO duration shorthand (`15m`, `4h`, `2d`); business units carry the note in annotations. */
function shorthand(target: DurationTarget): string {
  switch (target.unit) {
    case 'minutes':
      return `${target.value}m`;
    case 'hours':
    case 'business-hours':
      return `${target.value}h`;
    case 'days':
    case 'business-days':
      return `${target.value}d`;
    case 'weeks':
      return `${target.value}w`;
    case 'months':
      return `${target.value}M`;
  }
}

function minutesOf(target: DurationTarget): number {
  const factor = {
    minutes: 1,
    hours: 60,
    'business-hours': 60,
    days: 1440,
    'business-days': 1440,
    weeks: 10080,
    months: 43200,
  };
  return target.value * factor[target.unit];
}

/** `99.9` → `0.999` without floating-point tails. */
function fraction(percent: number): number {
  return Number((percent / 100).toFixed(8));
}

export function exportOpenSlo(input: OpenSloInput): string {
  const { terms } = input;
  const language = terms.language;
  const service = openSloName(input.serviceName, 40);
  const startMonth = `${input.termStart.slice(0, 7)}-01 00:00:00`;
  const timeWindow = [
    { duration: '1M', isRolling: false, calendar: { startTime: startMonth, timeZone: input.timeZone } },
  ];
  const monitoring = `${service}-monitoring`;
  const common: Record<string, string> = { 'sla-workbench/time-zone': input.timeZone };
  if (terms.serviceHours.text) common['sla-workbench/service-hours'] = terms.serviceHours.text;

  const documents: object[] = [
    {
      apiVersion: 'openslo/v1',
      kind: 'Service',
      metadata: { name: service, displayName: input.serviceName.slice(0, 200) },
      spec: { description: input.description.slice(0, 1050) },
    },
  ];

  if (terms.availability !== null) {
    const annotations: Record<string, string> = { ...common, 'sla-workbench/term': 'availability' };
    if (terms.maintenance.windowText)
      annotations['sla-workbench/maintenance-window'] = terms.maintenance.windowText;
    if (terms.maintenance.allowanceMinutes !== null)
      annotations['sla-workbench/maintenance-allowance-minutes'] = String(terms.maintenance.allowanceMinutes);
    const interval = Math.max(1, Math.round(terms.measurementIntervalMinutes ?? 1));
    documents.push({
      apiVersion: 'openslo/v1',
      kind: 'SLO',
      metadata: {
        name: `${service}-availability`,
        displayName: `${language === 'de' ? 'Verfügbarkeit' : 'Availability'} ${formatPercent(terms.availability, language)}`,
        labels: { 'sla-term': 'availability' },
        annotations,
      },
      spec: {
        description: (language === 'de'
          ? `Monatliche Verfügbarkeit der Kernleistungen innerhalb der Servicezeit${terms.serviceHours.text ? ` (${terms.serviceHours.text})` : ''}; angekündigte Wartung im vereinbarten Rahmen zählt nicht als Ausfall.`
          : `Monthly availability of the core services within the service hours${terms.serviceHours.text ? ` (${terms.serviceHours.text})` : ''}; announced maintenance within the agreed allowance is not downtime.`
        ).slice(0, 1050),
        service,
        indicator: {
          metadata: { name: `${service}-availability-check` },
          spec: {
            thresholdMetric: {
              metricSource: {
                metricSourceRef: monitoring,
                spec: {
                  query: 'external availability check of the core services: 1 = up, 0 = down',
                  interval: `${interval}m`,
                },
              },
            },
          },
        },
        budgetingMethod: 'Timeslices',
        timeWindow,
        objectives: [
          {
            displayName: language === 'de' ? 'Zielverfügbarkeit' : 'Target availability',
            op: 'gte',
            value: 1,
            target: fraction(terms.availability),
            timeSliceTarget: 1,
            timeSliceWindow: `${interval}m`,
          },
        ],
      },
    });
  }

  for (const priority of terms.priorities) {
    if (!priority.response) continue;
    const written = formatDuration(priority.response.value, priority.response.unit, language);
    documents.push({
      apiVersion: 'openslo/v1',
      kind: 'SLO',
      metadata: {
        name: `${service}-p${priority.level}-response`,
        displayName:
          `${priority.name}: ${language === 'de' ? 'Reaktion innerhalb' : 'response within'} ${written}`.slice(
            0,
            200,
          ),
        labels: { 'sla-term': `p${priority.level}_response` },
        annotations: {
          ...common,
          'sla-workbench/term': `p${priority.level}_response`,
          'sla-workbench/priority': priority.name,
          'sla-workbench/target': written,
          'sla-workbench/counted-within-service-hours': String(terms.timesWithinServiceHours),
          // The agreement promises every incident; the spec's target must stay below 1.
          'sla-workbench/contract-share': 'every incident',
        },
      },
      spec: {
        description: (language === 'de'
          ? `Jede Störung der Priorität ${priority.name} erhält innerhalb von ${written} eine Reaktion${terms.timesWithinServiceHours ? ', gerechnet innerhalb der Servicezeit' : ''}.`
          : `Every incident of priority ${priority.name} gets a response within ${written}${terms.timesWithinServiceHours ? ', counted within the service hours' : ''}.`
        ).slice(0, 1050),
        service,
        indicator: {
          metadata: { name: `${service}-p${priority.level}-time-to-first-response` },
          spec: {
            thresholdMetric: {
              metricSource: {
                metricSourceRef: monitoring,
                spec: {
                  query: `minutes from report to first response of incidents with priority ${priority.name}`,
                  priority: priority.name,
                  unit: 'minutes',
                },
              },
            },
          },
        },
        budgetingMethod: 'Occurrences',
        timeWindow,
        objectives: [
          {
            displayName: `${language === 'de' ? 'Reaktionszeit' : 'Response time'} ${shorthand(priority.response)}`,
            op: 'lte',
            value: minutesOf(priority.response),
            target: 0.9999,
          },
        ],
      },
    });
  }

  return documents.map((document) => stringify(document, { lineWidth: 0 })).join('---\n');
}
