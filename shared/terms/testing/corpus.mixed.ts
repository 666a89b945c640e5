import type { CorpusDocument } from './corpusTypes';
import { clause, table, text } from './corpusTypes';

/**
 * A second batch in other house styles: terse schedules, bullet lists with pipes, "Leistungsschein"
 * wording, range tables ("99,0 % bis unter 99,7 %"), price tables with a total row.
 */

const mspBullets: CorpusDocument = {
  name: 'en MSP: bullet targets with pipes, range bands, next business day, hyphenated periods',
  language: 'en',
  clauses: [
    clause('Service Levels', [
      text('Target Uptime: 99.5% (measured over each calendar month, excluding agreed maintenance)'),
      text('Critical incidents – Response: within 1 hour | Fix: within 8 hours'),
      text('Major incidents – Response: within 4 hours | Fix: next business day'),
      text('Minor incidents – Response: within 1 business day | Fix: within 5 business days'),
    ]),
    clause('Service Credit Regime', [
      text('Where Uptime is between 99.0% and 99.5%: 5% of the Monthly Charge'),
      text('Where Uptime is between 98.0% and 99.0%: 10% of the Monthly Charge'),
      text('Where Uptime is below 98.0%: 20% of the Monthly Charge'),
      text('The maximum Service Credit payable in any month is capped at 30% of the Monthly Charge.'),
    ]),
    clause('Charges', [text('Monthly Charge: £2,150.00 excl. VAT')]),
    clause('Maintenance Windows', [
      text(
        "Routine maintenance is carried out on the first Tuesday of each month between 23:00 and 03:00. We will give you no less than 5 working days' notice.",
      ),
    ]),
    clause('Reporting', [
      text('You will receive a monthly service report by the 5th working day of the following month.'),
    ]),
    clause('Termination', [
      text(
        "If the Target Uptime is not achieved for three months in any rolling six-month period, you may terminate the affected Service on 30 days' written notice.",
      ),
    ]),
    clause('Liability', [
      text('Our liability to you in any Contract Year is capped at the total Charges paid in that year.'),
    ]),
    clause('Support Hours', [
      text('Our Service Desk is open 8am–6pm, Monday to Friday (excluding bank holidays).'),
    ]),
  ],
  expected: {
    credit_base: { value: 'monthly', text: 'of the Monthly Charge' },
    availability: { value: 99.5, text: '99.5%' },
    availability_period: { value: 'monthly', text: 'over each calendar month' },
    p1_response: { value: 1, unit: 'hours', text: '1 hour' },
    p1_resolution: { value: 8, unit: 'hours', text: '8 hours' },
    p2_response: { value: 4, unit: 'hours', text: '4 hours' },
    p3_response: { value: 1, unit: 'business-days', text: '1 business day' },
    p3_resolution: { value: 5, unit: 'business-days', text: '5 business days' },
    credit_band1_below: { value: 99.5, text: '99.5%' },
    credit_band1_credit: { value: 5, text: '5%' },
    credit_band2_below: { value: 99, text: '99.0%' },
    credit_band2_credit: { value: 10, text: '10%' },
    credit_band3_below: { value: 98, text: '98.0%' },
    credit_band3_credit: { value: 20, text: '20%' },
    credit_cap: { value: 30, text: '30%' },
    monthly_fee: { value: 2150, currency: 'GBP', text: '£2,150.00' },
    maintenance_notice: { value: 5, unit: 'business-days', text: '5 working days' },
    report_interval: { value: 'monthly', text: 'monthly' },
    report_due: { value: 5, unit: 'business-days', text: '5th working day' },
    chronic_failure_months: { value: 3, text: 'three months' },
    chronic_failure_window: { value: 6, unit: 'months', text: 'six-month' },
    chronic_failure_notice: { value: 30, unit: 'days', text: '30 days' },
    service_hours: { value: 'Monday to Friday, 08:00 to 18:00', text: '8am–6pm, Monday to Friday' },
  },
  priorities: [
    { level: 1, name: 'Critical' },
    { level: 2, name: 'Major' },
    { level: 3, name: 'Minor' },
  ],
};

const leistungsschein: CorpusDocument = {
  name: 'de Leistungsschein Managed Workplace: Kategorien mit Namen, Minderungstabelle mit Spannen, Preis je Arbeitsplatz, fristlos',
  language: 'de',
  clauses: [
    clause('Servicezeiten und Erreichbarkeit', [
      text('Der Service Desk ist werktags (Montag bis Freitag) von 07:30 Uhr bis 18:00 Uhr besetzt.'),
    ]),
    clause('Klassifizierung von Störungen', [
      table([
        ['Kategorie', 'Auswirkung', 'Reaktionszeit', 'Lösungszeit'],
        [
          'Kategorie 1 – Notfall',
          'Mehrere Arbeitsplätze oder ein zentraler Dienst fallen aus',
          '15 Minuten',
          '2 Stunden',
        ],
        ['Kategorie 2 – dringend', 'Ein Arbeitsplatz ist nicht nutzbar', '1 Stunde', '8 Stunden'],
        ['Kategorie 3 – normal', 'Einschränkung mit Umgehungsmöglichkeit', '4 Stunden', '3 Arbeitstage'],
        ['Kategorie 4 – niedrig', 'Anfragen, Wünsche, Bestellungen', '1 Arbeitstag', 'nach Vereinbarung'],
      ]),
    ]),
    clause('Kennzahlen', [
      text(
        'Mindestens 90 % aller Störungen der Kategorie 1 und 2 werden innerhalb der vereinbarten Lösungszeit behoben.',
      ),
    ]),
    clause('Verfügbarkeit der zentralen Dienste', [
      text(
        'Für die zentralen Dienste (E-Mail, Dateiablage, VPN) gilt eine monatliche Verfügbarkeit von mindestens 99,7 %.',
      ),
    ]),
    clause('Pönale', [
      text('Bei Unterschreitung der Verfügbarkeit wird das Monatsentgelt wie folgt gemindert:'),
      table([
        ['Erreichte Verfügbarkeit', 'Minderung'],
        ['99,0 % bis unter 99,7 %', '3 %'],
        ['98,0 % bis unter 99,0 %', '7 %'],
        ['unter 98,0 %', '15 %'],
      ]),
      text('Die Minderung ist auf 20 % des Monatsentgelts je Monat begrenzt.'),
    ]),
    clause('Vergütung', [
      text(
        'Pauschale je Arbeitsplatz und Monat: 89,00 € netto (derzeit 120 Arbeitsplätze, monatlich somit 10.680,00 € netto).',
      ),
    ]),
    clause('Änderungen der Leistung', [
      text('Änderungswünsche beantwortet der Auftragnehmer binnen 10 Arbeitstagen mit einem Angebot.'),
    ]),
    clause('Laufzeit', [
      text(
        'Die Laufzeit beträgt 36 Monate ab Übergabe. Bei wiederholter Verfehlung der Verfügbarkeit in drei Monaten eines Kalenderjahres kann der Auftraggeber fristlos kündigen.',
      ),
    ]),
    clause('Berichte', [text('Monatlich erhält der Auftraggeber einen SLA-Report mit allen Kennzahlen.')]),
  ],
  expected: {
    credit_base: { value: 'monatlich', text: 'des Monatsentgelts' },
    service_hours: {
      value: 'Montag bis Freitag) von 07:30 Uhr bis 18:00 Uhr',
      text: 'Montag bis Freitag) von 07:30 Uhr bis 18:00 Uhr',
    },
    p1_response: { value: 15, unit: 'minutes', text: '15 Minuten' },
    p1_resolution: { value: 2, unit: 'hours', text: '2 Stunden' },
    p2_response: { value: 1, unit: 'hours', text: '1 Stunde' },
    p2_resolution: { value: 8, unit: 'hours', text: '8 Stunden' },
    p3_response: { value: 4, unit: 'hours', text: '4 Stunden' },
    p3_resolution: { value: 3, unit: 'business-days', text: '3 Arbeitstage' },
    p4_response: { value: 1, unit: 'business-days', text: '1 Arbeitstag' },
    availability: { value: 99.7, text: '99,7 %' },
    availability_period: { value: 'monatlich', text: 'monatliche' },
    credit_band1_below: { value: 99.7, text: '99,7 %' },
    credit_band1_credit: { value: 3, text: '3 %' },
    credit_band2_below: { value: 99, text: '99,0 %' },
    credit_band2_credit: { value: 7, text: '7 %' },
    credit_band3_below: { value: 98, text: '98,0 %' },
    credit_band3_credit: { value: 15, text: '15 %' },
    credit_cap: { value: 20, text: '20 %' },
    monthly_fee: { value: 10680, currency: 'EUR', text: '10.680,00 €' },
    change_response: { value: 10, unit: 'business-days', text: '10 Arbeitstagen' },
    chronic_failure_months: { value: 3, text: 'drei Monaten' },
    chronic_failure_notice: { value: 0, unit: 'days', text: 'fristlos' },
    report_interval: { value: 'monatlich', text: 'Monatlich' },
  },
  priorities: [
    { level: 1, name: 'Kategorie 1 – Notfall' },
    { level: 2, name: 'Kategorie 2 – dringend' },
    { level: 3, name: 'Kategorie 3 – normal' },
    { level: 4, name: 'Kategorie 4 – niedrig' },
  ],
  notes: ['unit-price'],
};

const schedule: CorpusDocument = {
  name: 'en colocation schedule: key-value service level table, formula credits, price table with total row',
  language: 'en',
  clauses: [
    clause('Schedule 2 – Service Levels', [
      table([
        ['Service Level', 'Target', 'Measurement'],
        ['Availability', '99.99%', 'Quarterly'],
        ['Time to respond (P1)', '≤ 15 min', 'Per incident'],
        ['Time to respond (P2)', '≤ 60 min', 'Per incident'],
        ['Time to restore (P1)', '≤ 4 h', 'Per incident'],
        ['Time to restore (P2)', '≤ 12 h', 'Per incident'],
        ['Planned works notice', '≥ 10 days', 'Per event'],
        ['Service report', 'Monthly', '—'],
      ]),
    ]),
    clause('Schedule 3 – Service Credits', [
      text(
        'Availability below target: 5% of the monthly recurring charge for each 0.01% shortfall, up to 50% per month.',
      ),
    ]),
    clause('Schedule 4 – Charges', [
      table([
        ['Item', 'One-off', 'Monthly'],
        ['Rack (42U)', '£ 1,500', '£ 1,950'],
        ['Power (per kW)', '—', '£ 180'],
        ['Cross-connect', '£ 250', '£ 75'],
        ['Total', '£ 1,750', '£ 2,205'],
      ]),
    ]),
    clause('Schedule 5 – Liability', [
      text("The Supplier's liability for each event or series of connected events is limited to £500,000."),
    ]),
  ],
  expected: {
    credit_base: { value: 'monthly', text: 'of the monthly recurring charge' },
    availability: { value: 99.99, text: '99.99%' },
    availability_period: { value: 'quarterly', text: 'Quarterly' },
    p1_response: { value: 15, unit: 'minutes', text: '15 min' },
    p2_response: { value: 60, unit: 'minutes', text: '60 min' },
    p1_resolution: { value: 4, unit: 'hours', text: '4 h' },
    p2_resolution: { value: 12, unit: 'hours', text: '12 h' },
    maintenance_notice: { value: 10, unit: 'days', text: '10 days' },
    report_interval: { value: 'monthly', text: 'Monthly' },
    credit_cap: { value: 50, text: '50%' },
    monthly_fee: { value: 2205, currency: 'GBP', text: '£ 2,205' },
    liability_cap: { value: 500000, currency: 'GBP', text: '£500,000' },
  },
  notes: ['credit-formula'],
};

const internetBusiness: CorpusDocument = {
  name: 'de Internetanschluss: Kalenderjahr, eine Entstörfrist für alle, Servicezeit in Klammern, TKG-Haftung',
  language: 'de',
  clauses: [
    clause('Verfügbarkeit', [
      text('Die mittlere Verfügbarkeit des Anschlusses beträgt 99,5 % im Kalenderjahr.'),
    ]),
    clause('Entstörung', [
      text(
        'Störungen werden rund um die Uhr entgegengenommen. Die Entstörfrist beträgt 8 Stunden innerhalb der Servicezeit (Mo–Fr 8–20 Uhr, Sa 8–16 Uhr).',
      ),
    ]),
    clause('Gutschrift', [
      text(
        'Wird die Entstörfrist um mehr als 4 Stunden überschritten, erhält der Kunde auf Antrag eine Gutschrift in Höhe eines Zwölftels des monatlichen Grundpreises.',
      ),
    ]),
    clause('Preise', [
      text('Monatlicher Grundpreis 149,00 € (netto); einmaliger Bereitstellungspreis 299,00 €.'),
    ]),
    clause('Vertragslaufzeit', [text('Vertragslaufzeit 24 Monate, Kündigungsfrist 3 Monate.')]),
    clause('Haftung', [
      text('Die Haftung für Vermögensschäden ist auf 12.500 € je Schadensereignis begrenzt (§ 44a TKG).'),
    ]),
  ],
  expected: {
    availability: { value: 99.5, text: '99,5 %' },
    availability_period: { value: 'jährlich', text: 'im Kalenderjahr' },
    p1_resolution: { value: 8, unit: 'hours', text: '8 Stunden' },
    service_hours: { value: 'Mo–Fr 8–20 Uhr, Sa 8–16 Uhr', text: 'Mo–Fr 8–20 Uhr, Sa 8–16 Uhr' },
    monthly_fee: { value: 149, currency: 'EUR', text: '149,00 €' },
    liability_cap: { value: 12500, currency: 'EUR', text: '12.500 €' },
  },
  notes: ['uniform-times-as-p1', 'unit-price'],
};

const incentive: CorpusDocument = {
  name: 'en incentive: quarterly bonus at or above a threshold, earn-back, quarterly charges',
  language: 'en',
  clauses: [
    clause('Availability', [
      text('The Supplier shall ensure Availability of at least 99.9% in each calendar quarter.'),
    ]),
    clause('Performance Incentive', [
      text(
        'If Availability in a calendar quarter is 99.98% or higher, the Supplier may invoice an incentive payment equal to 1.5% of the quarterly charges.',
      ),
      text(
        'Earn-back: a Service Credit is waived if the Supplier meets the Availability target in each of the three (3) months following the month in which the credit arose.',
      ),
    ]),
  ],
  expected: {
    availability: { value: 99.9, text: '99.9%' },
    availability_period: { value: 'quarterly', text: 'in each calendar quarter' },
    bonus_threshold: { value: 99.98, text: '99.98%' },
    bonus_amount: { value: 1.5, text: '1.5%' },
  },
};

const orderForm: CorpusDocument = {
  name: 'en order form decoys: payment terms, interest, discounts, indexation, term and notice, retention, references',
  language: 'en',
  clauses: [
    clause('Commercial Terms', [
      text(
        'Payment terms: 30 days from the date of invoice. Late payment interest accrues at 4% above the Bank of England base rate.',
      ),
      text('A discount of 15% applies to all professional services ordered before 31 December 2026.'),
      text('Prices may be increased once per year; any increase is capped at RPI + 2%.'),
      text(
        'Initial Term: 36 months. The Agreement renews for successive periods of 12 months unless either party gives 90 days’ notice.',
      ),
    ]),
    clause('Records', [
      text(
        'Invoices and records are retained for 7 years after termination, in line with HMRC requirements.',
      ),
      text(
        'Company No. 01234567. Registered office: 1 King Street, Leeds LS1 2HQ. Page 2 of 4, version 1.2 (2026-03-01).',
      ),
      text('The service management system is certified to ISO/IEC 20000-1:2018; see clause 9.3 and Annex 2.'),
    ]),
  ],
  expected: {},
};

export const CORPUS_MIXED: readonly CorpusDocument[] = [
  mspBullets,
  leistungsschein,
  schedule,
  internetBusiness,
  incentive,
  orderForm,
];
