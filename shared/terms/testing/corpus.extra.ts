import type { CorpusDocument } from './corpusTypes';
import { clause, table, text } from './corpusTypes';

/** A third batch: KPI tables, start-of-work wording, instalments, a support table with two schedules. */

const kpiTable: CorpusDocument = {
  name: 'en KPI table: targets, periods and credits per row, service desk KPIs beside availability',
  language: 'en',
  clauses: [
    clause('Key Performance Indicators', [
      table([
        ['KPI', 'Target', 'Measurement period', 'Service credit'],
        ['Platform availability', '99.9%', 'Calendar month', '5% of the monthly fee'],
        ['P1 response time', '30 minutes', 'Per incident', '—'],
        ['P1 restoration time', '4 hours', 'Per incident', '—'],
        ['P2 response time', '2 hours', 'Per incident', '—'],
        ['First-call resolution rate', '70%', 'Calendar month', '—'],
        ['Customer satisfaction', '≥ 85%', 'Quarter', '—'],
      ]),
    ]),
  ],
  expected: {
    availability: { value: 99.9, text: '99.9%' },
    availability_period: { value: 'monthly', text: 'Calendar month' },
    p1_response: { value: 30, unit: 'minutes', text: '30 minutes' },
    p1_resolution: { value: 4, unit: 'hours', text: '4 hours' },
    p2_response: { value: 2, unit: 'hours', text: '2 hours' },
    first_contact_resolution: { value: 70, text: '70%' },
    customer_satisfaction: { value: 85, text: '85%' },
  },
};

const anlage: CorpusDocument = {
  name: 'de Anlage SLA: p. a., Beginn der Störungsbeseitigung je Fehlerklasse, Jahrespauschale in Monatsraten',
  language: 'de',
  clauses: [
    clause('3. Verfügbarkeit', [text('3.1 Die Verfügbarkeit der Systeme beträgt mindestens 99,6 % p. a.')]),
    clause('4. Reaktionszeiten', [
      text(
        'Der Auftragnehmer nimmt Störungsmeldungen innerhalb der Servicezeit (werktags 8–17 Uhr) entgegen und beginnt mit der Störungsbeseitigung bei Störungen der Fehlerklasse 1 innerhalb von 2 Stunden, bei Fehlerklasse 2 innerhalb von 8 Stunden und bei Fehlerklasse 3 innerhalb von 2 Werktagen.',
      ),
    ]),
    clause('5. Wiederherstellung', [
      text(
        'Die Wiederherstellung erfolgt bei Fehlerklasse 1 innerhalb von 8 Stunden, bei Fehlerklasse 2 innerhalb von 3 Werktagen.',
      ),
    ]),
    clause('6. Vergütung', [
      text(
        'Die jährliche Pauschalvergütung beträgt 96.000 EUR zzgl. USt., zahlbar in monatlichen Raten von 8.000 EUR.',
      ),
    ]),
    clause('7. Vertragsstrafe', [
      text(
        'Für jede angefangene Stunde, um die die Wiederherstellungszeit der Fehlerklasse 1 überschritten wird, zahlt der Auftragnehmer eine Vertragsstrafe von 0,1 % der Jahrespauschale, insgesamt höchstens 5 % der Jahrespauschale pro Vertragsjahr.',
      ),
    ]),
    clause('8. Haftung', [text('Die Haftung ist auf 100 % der Jahrespauschale begrenzt.')]),
  ],
  expected: {
    availability: { value: 99.6, text: '99,6 %' },
    availability_period: { value: 'jährlich', text: 'p. a.' },
    p1_response: { value: 2, unit: 'hours', text: '2 Stunden' },
    p2_response: { value: 8, unit: 'hours', text: '8 Stunden' },
    p3_response: { value: 2, unit: 'business-days', text: '2 Werktagen' },
    p1_resolution: { value: 8, unit: 'hours', text: '8 Stunden' },
    p2_resolution: { value: 3, unit: 'business-days', text: '3 Werktagen' },
    annual_fee: { value: 96000, currency: 'EUR', text: '96.000 EUR' },
    monthly_fee: { value: 8000, currency: 'EUR', text: '8.000 EUR' },
    credit_cap: { value: 5, text: '5 %' },
    credit_base: { value: 'jährlich', text: 'der Jahrespauschale' },
    liability_cap: { value: 100, text: '100 %' },
  },
  notes: ['credit-formula'],
};

const exhibit: CorpusDocument = {
  name: 'en US exhibit: range credit table, two response schedules (none chosen), credits in days of service',
  language: 'en',
  clauses: [
    clause('Exhibit B – Service Level Agreement', [
      text(
        'Cloudhaven will use commercially reasonable efforts to make the Service available with a Monthly Uptime Percentage of at least 99.9%.',
      ),
      table([
        ['Monthly Uptime Percentage', 'Service Credit'],
        ['99.0% – < 99.9%', '10%'],
        ['95.0% – < 99.0%', '25%'],
        ['< 95.0%', '50%'],
      ]),
      text(
        'Service Credits are calculated as a percentage of the monthly subscription fees for the affected Service.',
      ),
      text('Customer must request Service Credits within thirty days of the end of the affected month.'),
    ]),
    clause('Support Response Times', [
      table([
        [
          'Severity',
          'Description',
          'Initial Response (Standard Support)',
          'Initial Response (Premier Support)',
        ],
        ['Severity 1', 'Service down', '4 hours', '1 hour'],
        ['Severity 2', 'Service degraded', '8 hours', '4 hours'],
      ]),
    ]),
  ],
  expected: {
    availability: { value: 99.9, text: '99.9%' },
    availability_period: { value: 'monthly', text: 'Monthly' },
    credit_band1_below: { value: 99.9, text: '99.9%' },
    credit_band1_credit: { value: 10, text: '10%' },
    credit_band2_below: { value: 99, text: '99.0%' },
    credit_band2_credit: { value: 25, text: '25%' },
    credit_band3_below: { value: 95, text: '95.0%' },
    credit_band3_credit: { value: 50, text: '50%' },
    credit_base: { value: 'monthly', text: 'of the monthly subscription fees' },
    credit_claim_deadline: { value: 30, unit: 'days', text: 'thirty days' },
  },
  notes: ['conflicting-values'],
};

export const CORPUS_EXTRA: readonly CorpusDocument[] = [kpiTable, anlage, exhibit];
