import { cellOf, DOCUMENT_VERSION, type Inline, type SlaDocument, type TableRow } from '../../model/document';
import type { Term } from '../../model/term';
import { findBuiltInTemplate } from '../../templates/builtInTemplates';
import { agreementTermsFrom, type AgreementTerms } from '../agreementTerms';
import type { MeasuredIncident } from '../measure';

/** Test helpers: agreements and incidents written the way the tests read best. */

export function templateDocument(tier: 'basic' | 'business' | 'premium', language: 'de' | 'en'): SlaDocument {
  const template = findBuiltInTemplate(`managed-it-${tier}-${language}`);
  if (!template) throw new Error(`no template ${tier} ${language}`);
  return structuredClone(template.document) as SlaDocument;
}

export function templateTerms(tier: 'basic' | 'business' | 'premium', language: 'de' | 'en'): AgreementTerms {
  return agreementTermsFrom(templateDocument(tier, language));
}

/** Replaces term values of a document (`{ availability: 99.5 }`). */
export function withValues(doc: SlaDocument, values: Record<string, Term['value']>): SlaDocument {
  return {
    ...doc,
    terms: doc.terms.map((term) =>
      term.id in values ? ({ ...term, value: values[term.id] } as Term) : term,
    ),
  };
}

const text = (value: string) => [{ type: 'text' as const, text: value }];
const ref = (termId: string) => [{ type: 'term' as const, termId }];
const row = (...cells: Inline[][]): TableRow => ({ cells: cells.map(cellOf) });

/**
 * Customer paper as the term recognition gives it: the customer's own clause wording and priority
 * names ("Klasse A (kritisch)"), typed terms under our stable ids.
 */
export function customerPaperDocument(
  overrides: { serviceHours?: string; maintenanceWindow?: string } = {},
): SlaDocument {
  const duration = (
    id: string,
    label: string,
    value: number,
    unit: 'minutes' | 'hours' | 'business-days',
  ): Term => ({
    id,
    label,
    favours: 'lower',
    kind: 'duration',
    value,
    unit,
  });
  const percent = (id: string, label: string, value: number): Term => ({
    id,
    label,
    favours: 'higher',
    kind: 'percent',
    value,
  });
  const terms: Term[] = [
    percent('availability', 'Verfügbarkeit', 99.8),
    {
      id: 'service_hours',
      label: 'Betriebszeit',
      favours: 'neither',
      kind: 'text',
      value: overrides.serviceHours ?? 'Mo–Fr 06:00–22:00 Uhr, Sa 08:00–14:00 Uhr',
    },
    duration('p1_response', 'Reaktionszeit Klasse A', 30, 'minutes'),
    duration('p1_resolution', 'Entstörzeit Klasse A', 4, 'hours'),
    duration('p2_response', 'Reaktionszeit Klasse B', 2, 'hours'),
    duration('p2_resolution', 'Entstörzeit Klasse B', 8, 'hours'),
    duration('p3_response', 'Reaktionszeit Klasse C', 1, 'business-days'),
    duration('p3_resolution', 'Entstörzeit Klasse C', 5, 'business-days'),
    percent('credit_band1_below', 'Malus ab Verfügbarkeit unter', 99.8),
    percent('credit_band1_credit', 'Malus', 3),
    percent('credit_band2_below', 'Malus ab Verfügbarkeit unter', 99),
    percent('credit_band2_credit', 'Malus', 8),
    percent('credit_cap', 'Höchstbetrag Malus', 5),
    {
      id: 'monthly_fee',
      label: 'Monatliche Pauschale',
      favours: 'lower',
      kind: 'money',
      value: 2_000,
      currency: 'EUR',
    },
    {
      id: 'maintenance_window_hours',
      label: 'Wartungskontingent',
      favours: 'lower',
      kind: 'duration',
      value: 4,
      unit: 'hours',
    },
    {
      id: 'maintenance_window_slot',
      label: 'Wartungsfenster',
      favours: 'neither',
      kind: 'text',
      value: overrides.maintenanceWindow ?? 'samstags 09:00 bis 13:00 Uhr',
    },
  ];
  return {
    version: DOCUMENT_VERSION,
    title: 'Leistungsvereinbarung Netzbetrieb',
    language: 'de',
    parties: { provider: 'Nordlicht IT GmbH', customer: 'Stadtwerke Beispielstadt' },
    terms,
    clauses: [
      {
        id: 'c1',
        kind: 'service-hours',
        level: 1,
        heading: 'Betriebszeiten',
        body: [
          {
            type: 'paragraph',
            content: [
              ...text('Der Auftragnehmer betreibt die Leistungen '),
              ...ref('service_hours'),
              ...text(' nach deutscher Ortszeit.'),
            ],
          },
        ],
      },
      {
        id: 'c2',
        kind: 'availability',
        level: 1,
        heading: 'Verfügbarkeit',
        body: [
          {
            type: 'paragraph',
            content: [...text('Die Verfügbarkeit beträgt mindestens '), ...ref('availability'), ...text('.')],
          },
        ],
      },
      {
        id: 'c3',
        kind: 'priorities',
        level: 1,
        heading: 'Störungsklassen',
        body: [
          {
            type: 'table',
            role: 'service-levels',
            headerRow: true,
            rows: [
              row(text('Störungsklasse'), text('Reaktionszeit'), text('Entstörzeit')),
              row(text('Klasse A (kritisch)'), ref('p1_response'), ref('p1_resolution')),
              row(text('Klasse B (hoch)'), ref('p2_response'), ref('p2_resolution')),
              row(text('Klasse C (normal)'), ref('p3_response'), ref('p3_resolution')),
            ],
          },
        ],
      },
      {
        id: 'c4',
        kind: 'service-credits',
        level: 1,
        heading: 'Malus',
        body: [
          {
            type: 'table',
            role: 'service-credits',
            headerRow: true,
            rows: [
              row(text('Verfügbarkeit unter'), text('Minderung')),
              row(ref('credit_band1_below'), ref('credit_band1_credit')),
              row(ref('credit_band2_below'), ref('credit_band2_credit')),
            ],
          },
          {
            type: 'paragraph',
            content: [
              ...text('Die Minderung beträgt höchstens '),
              ...ref('credit_cap'),
              ...text(' der '),
              ...ref('monthly_fee'),
              ...text('.'),
            ],
          },
        ],
      },
      {
        id: 'c5',
        kind: 'maintenance',
        level: 1,
        heading: 'Wartung',
        body: [
          {
            type: 'paragraph',
            content: [
              ...text('Wartung '),
              ...ref('maintenance_window_slot'),
              ...text(', höchstens '),
              ...ref('maintenance_window_hours'),
              ...text(' im Monat.'),
            ],
          },
        ],
      },
    ],
  };
}

let counter = 0;

/** An incident from local ISO-like strings with offset (`2026-10-05T10:00:00+02:00`). */
export function incident(
  start: string,
  end: string | null,
  extra: Partial<Omit<MeasuredIncident, 'start' | 'end' | 'respondedAt' | 'resolvedAt'>> & {
    respondedAt?: string | number | null;
    resolvedAt?: string | number | null;
  } = {},
): MeasuredIncident {
  const at = (value: string | number | null | undefined) =>
    value === undefined || value === null ? null : typeof value === 'number' ? value : Date.parse(value);
  counter++;
  return {
    id: extra.id ?? `i${counter}`,
    kind: extra.kind ?? 'outage',
    start: Date.parse(start),
    end: end === null ? null : Date.parse(end),
    priority: extra.priority ?? null,
    priorityLabel: extra.priorityLabel ?? '',
    respondedAt: at(extra.respondedAt),
    resolvedAt: at(extra.resolvedAt),
    title: extra.title ?? '',
    reference: extra.reference ?? '',
  };
}
