import type { CorpusDocument } from './corpusTypes';
import { clause, table, text } from './corpusTypes';

/**
 * Customer SLAs for the newer families — colocation and hosting, service desks, SaaS — written for these
 * tests (invented companies and wording). Each lists every term a careful reader takes from it.
 */

const colocationDe: CorpusDocument = {
  name: 'de Colocation: Infrastrukturtabelle mit Gutschriften, Remote Hands, Zutritt, Erweiterung, Plattformverfügbarkeit',
  language: 'de',
  clauses: [
    clause('1. Gegenstand', [
      text(
        'Die Nordlicht Rechenzentren GmbH („Betreiber“) stellt der Kranich Versand KG („Kunde“) zwei Racks mit je 42 Höheneinheiten im Rechenzentrum Hamburg-Süd bereit und betreibt dort die virtuellen Server des Kunden.',
      ),
      text('Das Monatsentgelt beträgt 4.850,00 € zuzüglich Umsatzsteuer.'),
    ]),
    clause('2. Infrastruktur', [
      text('Der Betreiber sichert je Kalendermonat folgende Werte zu:'),
      table([
        ['Versorgung', 'Zusage', 'Gutschrift bei Verfehlung'],
        ['Stromversorgung (A- und B-Einspeisung)', '99,995 %', '8 %'],
        ['Klimatisierung (Zuluft 18–27 °C)', '99,9 %', '8 %'],
        ['Netzanbindung am Übergabepunkt', '99,95 %', '8 %'],
      ]),
      text(
        'Die Notstromanlage ist für einen Betrieb von mindestens 72 Stunden ohne Nachbetankung ausgelegt.',
      ),
    ]),
    clause('3. Verfügbarkeit der virtuellen Server', [
      text(
        'Die virtuellen Server sind im Kalendermonat zu mindestens 99,8 % verfügbar. Wartungsarbeiten kündigt der Betreiber mindestens 5 Werktage im Voraus an.',
      ),
    ]),
    clause('4. Hardware und Remote Hands', [
      text('Fällt eine Komponente der Server aus, tauscht der Betreiber sie innerhalb von 8 Stunden aus.'),
      text(
        'Remote-Hands-Aufträge nimmt die Leitwarte rund um die Uhr an und beginnt spätestens 2 Stunden nach Eingang mit der Ausführung.',
      ),
      text(
        'Im Monatsentgelt sind 3 Stunden Remote Hands je Monat enthalten; jede weitere Stunde wird mit 120,00 € berechnet.',
      ),
    ]),
    clause('5. Zutritt', [
      text(
        'Der Kunde hat Montag bis Freitag von 07:00 bis 20:00 Uhr Zutritt zu seinen Racks. Besuche sind mindestens 4 Stunden vorher über das Portal anzumelden.',
      ),
    ]),
    clause('6. Erweiterung', [
      text(
        'Weitere Racks stellt der Betreiber auf Bestellung spätestens 6 Wochen nach Auftragseingang bereit.',
      ),
    ]),
    clause('7. Haftung', [
      text('Die Haftung ist je Vertragsjahr auf 50 % des jährlichen Entgelts begrenzt.'),
    ]),
  ],
  expected: {
    monthly_fee: { value: 4850, currency: 'EUR', text: '4.850,00 €' },
    power_availability: { value: 99.995, text: '99,995 %' },
    infrastructure_credit: { value: 8, text: '8 %' },
    cooling_availability: { value: 99.9, text: '99,9 %' },
    network_availability: { value: 99.95, text: '99,95 %' },
    availability: { value: 99.8, text: '99,8 %' },
    availability_period: { value: 'monatlich', text: 'im Kalendermonat' },
    maintenance_notice: { value: 5, unit: 'business-days', text: '5 Werktage' },
    hardware_replacement: { value: 8, unit: 'hours', text: '8 Stunden' },
    remote_hands_response: { value: 2, unit: 'hours', text: '2 Stunden' },
    remote_hands_included: { value: 3, unit: 'hours', text: '3 Stunden' },
    remote_hands_rate: { value: 120, currency: 'EUR', text: '120,00 €' },
    // Exactly our "extended weekdays" option: the option in our wording; the annotation stays as written.
    access_hours: {
      value: 'Montag bis Freitag, 07:00 bis 20:00 Uhr',
      text: 'Montag bis Freitag von 07:00 bis 20:00 Uhr',
    },
    access_notice: { value: 4, unit: 'hours', text: '4 Stunden' },
    expansion_lead_time: { value: 6, unit: 'weeks', text: '6 Wochen' },
    liability_cap: { value: 50, text: '50 %' },
  },
};

const colocationEn: CorpusDocument = {
  name: 'en hosting: supplies in prose, remote hands table, one infrastructure credit, platform credit bands',
  language: 'en',
  clauses: [
    clause('Schedule 2 – Service Levels', [
      text(
        'Harbourside Hosting Ltd commits to a power availability of 99.99% per rack and month, provided the client uses both feeds.',
      ),
      text('The climate in the client’s cage is kept within the agreed range for 99.95% of each month.'),
      text('Network availability at the demarcation point: 99.9% per calendar month.'),
      text('The managed platform is available 99.9% of the time in each calendar month.'),
    ]),
    clause('Hands-on services', [
      table([
        ['Service', 'Commitment'],
        ['Remote hands response', '1 hour'],
        ['Remote hands included per month', '2 hours'],
        ['Remote hands beyond the included hours', 'GBP 95 per hour'],
        ['Replacement of failed hardware', '4 hours'],
      ]),
    ]),
    clause('Service credits', [
      text(
        'If monthly platform availability falls below 99.9%, the client receives a credit of 5% of the monthly fee; below 99.5%, 10%.',
      ),
      text(
        'In addition, a credit of 5% of the monthly fee is due for any month in which the power, cooling or network commitment is missed.',
      ),
    ]),
    clause('Site visits', [
      text('Visitors must be registered with security at least one business day in advance.'),
    ]),
  ],
  expected: {
    power_availability: { value: 99.99, text: '99.99%' },
    cooling_availability: { value: 99.95, text: '99.95%' },
    network_availability: { value: 99.9, text: '99.9%' },
    availability: { value: 99.9, text: '99.9%' },
    availability_period: { value: 'monthly', text: 'in each calendar month' },
    remote_hands_response: { value: 1, unit: 'hours', text: '1 hour' },
    remote_hands_included: { value: 2, unit: 'hours', text: '2 hours' },
    remote_hands_rate: { value: 95, currency: 'GBP', text: 'GBP 95' },
    hardware_replacement: { value: 4, unit: 'hours', text: '4 hours' },
    credit_band1_below: { value: 99.9, text: '99.9%' },
    credit_band1_credit: { value: 5, text: '5%' },
    credit_band2_below: { value: 99.5, text: '99.5%' },
    credit_band2_credit: { value: 10, text: '10%' },
    credit_base: { value: 'monthly', text: 'of the monthly fee' },
    infrastructure_credit: { value: 5, text: '5%' },
    access_notice: { value: 1, unit: 'business-days', text: 'one business day' },
  },
};

const helpdeskDe: CorpusDocument = {
  name: 'de Service-Desk: Anrufannahme 80/20 in Prosa, KPI-Tabelle mit Gutschriften, Bonus, Kanäle und Sprachen',
  language: 'de',
  clauses: [
    clause('§ 1 Leistungsumfang', [
      text(
        'Die Helferlein Support GmbH betreibt für die Stadtwerke Ostfeld den zentralen Service-Desk für bis zu 600 benannte Anwender.',
      ),
      text('Der Service-Desk ist über die Kontaktwege Telefon, E-Mail und Self-Service-Portal erreichbar.'),
      text('Anfragen werden in deutscher und englischer Sprache bearbeitet.'),
    ]),
    clause('§ 2 Telefonische Erreichbarkeit', [
      text(
        'Der Dienstleister nimmt 80 % der Anrufe innerhalb von 20 Sekunden an; höchstens 5 % der Anrufer legen auf, bevor ein Mitarbeiter den Anruf annimmt.',
      ),
    ]),
    clause('§ 3 Qualitätskennzahlen', [
      table([
        ['Kennzahl', 'Zielwert', 'Gutschrift je Monat der Verfehlung'],
        ['Erstlösungsquote', '≥ 70 %', '1,5 %'],
        ['Kundenzufriedenheit', '≥ 85 %', '1,5 %'],
        ['Eingangsbestätigung schriftlicher Meldungen', '30 Minuten', '—'],
        ['Erledigung von Standardanfragen', '2 Werktage', '—'],
      ]),
      text('Die Gutschriften werden mit der Rechnung des Folgemonats verrechnet.'),
    ]),
    clause('§ 4 Mengen', [
      text(
        'Das Ticketaufkommen darf die vereinbarte Prognose um bis zu 12 % übersteigen, ohne dass sich die Kennzahlen ändern.',
      ),
    ]),
    clause('§ 5 Bonus', [
      text(
        'Liegt die Kundenzufriedenheit in einem Quartal bei mindestens 92 %, erhält der Dienstleister einen Bonus von 2 % der Quartalsvergütung.',
      ),
    ]),
    clause('§ 6 Vergütung', [text('Die monatliche Pauschale beträgt 9.300 € netto.')]),
  ],
  expected: {
    covered_users: { value: 600, text: '600' },
    ticket_channels: {
      value: 'Ticketportal, E-Mail und Telefon',
      text: 'Telefon, E-Mail und Self-Service-Portal',
    },
    support_languages: { value: 'Deutsch und Englisch', text: 'deutscher und englischer' },
    call_answer_rate: { value: 80, text: '80 %' },
    call_answer_time: { value: 0.3333, unit: 'minutes', text: '20 Sekunden' },
    abandon_rate: { value: 5, text: '5 %' },
    first_contact_resolution: { value: 70, text: '70 %' },
    kpi_credit: { value: 1.5, text: '1,5 %' },
    customer_satisfaction: { value: 85, text: '85 %' },
    ticket_acknowledgement: { value: 30, unit: 'minutes', text: '30 Minuten' },
    request_fulfilment: { value: 2, unit: 'business-days', text: '2 Werktage' },
    volume_tolerance: { value: 12, text: '12 %' },
    bonus_satisfaction_threshold: { value: 92, text: '92 %' },
    bonus_amount: { value: 2, text: '2 %' },
    monthly_fee: { value: 9300, currency: 'EUR', text: '9.300 €' },
  },
  notes: ['value-rounded'],
};

const helpdeskEn: CorpusDocument = {
  name: 'en service desk: KPI table with answer time in the row label, acknowledgement, rollout notice, priorities',
  language: 'en',
  clauses: [
    clause('Service Desk Service Levels', [
      table([
        ['KPI', 'Target'],
        ['Calls answered within 30 seconds', '85%'],
        ['Abandoned calls', 'below 4%'],
        ['First contact resolution', '75%'],
        ['User satisfaction (CSAT)', '90%'],
      ]),
      text('E-mails and portal tickets are acknowledged within 15 minutes during service hours.'),
      text('Service requests from the catalogue are fulfilled within 3 business days.'),
    ]),
    clause('Incident priorities', [
      table([
        ['Priority', 'Response', 'Resolution'],
        ['P1', '15 minutes', '4 hours'],
        ['P2', '1 hour', '8 hours'],
      ]),
    ]),
    clause('Projects', [
      text(
        'The customer gives at least 4 weeks’ notice of rollouts that will raise the number of tickets, such as new applications.',
      ),
    ]),
  ],
  expected: {
    call_answer_time: { value: 0.5, unit: 'minutes', text: '30 seconds' },
    call_answer_rate: { value: 85, text: '85%' },
    abandon_rate: { value: 4, text: '4%' },
    first_contact_resolution: { value: 75, text: '75%' },
    customer_satisfaction: { value: 90, text: '90%' },
    ticket_acknowledgement: { value: 15, unit: 'minutes', text: '15 minutes' },
    request_fulfilment: { value: 3, unit: 'business-days', text: '3 business days' },
    p1_response: { value: 15, unit: 'minutes', text: '15 minutes' },
    p1_resolution: { value: 4, unit: 'hours', text: '4 hours' },
    p2_response: { value: 1, unit: 'hours', text: '1 hour' },
    p2_resolution: { value: 8, unit: 'hours', text: '8 hours' },
    rollout_notice: { value: 4, unit: 'weeks', text: '4 weeks' },
  },
  priorities: [
    { level: 1, name: 'P1' },
    { level: 2, name: 'P2' },
  ],
};

const saasDe: CorpusDocument = {
  name: 'de SaaS: RTO und RPO in einem Satz, Versionen, Abkündigung, Export und Löschung, Testumgebung, Audit, Einrichtung',
  language: 'de',
  clauses: [
    clause('1. Verfügbarkeit', [
      text('Die Anwendung steht mit einer Verfügbarkeit von 99,7 % im Monatsmittel zur Verfügung.'),
    ]),
    clause('2. Notfallvorsorge', [
      text(
        'Im Katastrophenfall gelten eine Wiederanlaufzeit (RTO) von 12 Stunden und ein RPO von 4 Stunden.',
      ),
    ]),
    clause('3. Weiterentwicklung', [
      text('Neue Hauptversionen kündigt der Anbieter mindestens sechs Wochen vor der Einführung an.'),
      text('Funktionen und Schnittstellen werden frühestens 9 Monate nach ihrer Abkündigung abgeschaltet.'),
    ]),
    clause('4. Vertragsende', [
      text(
        'Nach Vertragsende kann der Kunde seine Daten noch 45 Tage lang exportieren. Anschließend löscht der Anbieter sämtliche Kundendaten innerhalb von 30 Tagen.',
      ),
    ]),
    clause('5. Testumgebung', [
      text(
        'Die Testumgebung wird auf Wunsch spätestens alle 2 Monate mit einer Kopie der Produktivdaten abgeglichen.',
      ),
    ]),
    clause('6. Prüfrechte', [
      text(
        'Der Kunde darf den Anbieter einmal jährlich prüfen; Prüfungen sind mit einer Frist von 15 Werktagen anzukündigen.',
      ),
    ]),
    clause('7. Einrichtung', [
      text('Der Anbieter richtet die Anwendung spätestens 3 Wochen nach Vertragsschluss betriebsbereit ein.'),
    ]),
  ],
  expected: {
    availability: { value: 99.7, text: '99,7 %' },
    availability_period: { value: 'monatlich', text: 'Monatsmittel' },
    recovery_time: { value: 12, unit: 'hours', text: '12 Stunden' },
    recovery_point: { value: 4, unit: 'hours', text: '4 Stunden' },
    release_notice: { value: 6, unit: 'weeks', text: 'sechs Wochen' },
    deprecation_notice: { value: 9, unit: 'months', text: '9 Monate' },
    data_export_period: { value: 45, unit: 'days', text: '45 Tage' },
    data_deletion_period: { value: 30, unit: 'days', text: '30 Tagen' },
    sandbox_refresh: { value: 2, unit: 'months', text: '2 Monate' },
    audit_notice: { value: 15, unit: 'business-days', text: '15 Werktagen' },
    onboarding_period: { value: 3, unit: 'weeks', text: '3 Wochen' },
  },
};

const saasEn: CorpusDocument = {
  name: 'en SaaS: service level table with RTO and notices, export and deletion in prose, users',
  language: 'en',
  clauses: [
    clause('Subscription', [
      text('The subscription covers up to 150 named users; the monthly fee is EUR 2,400.'),
    ]),
    clause('Service levels', [
      table([
        ['Measure', 'Commitment'],
        ['Monthly availability', '99.9%'],
        ['Recovery time objective (RTO)', '2 hours'],
        ['Notice of major releases', '30 days'],
        ['Notice before an API version is retired', '12 months'],
        ['Staging environment refresh', 'every 2 weeks'],
      ]),
    ]),
    clause('Exit', [
      text(
        'Upon termination the customer may export all of its data for 30 days; thereafter the provider erases it within 10 business days.',
      ),
    ]),
    clause('Audit', [text('Customer audits require 10 business days’ prior notice.')]),
  ],
  expected: {
    covered_users: { value: 150, text: '150' },
    monthly_fee: { value: 2400, currency: 'EUR', text: 'EUR 2,400' },
    availability: { value: 99.9, text: '99.9%' },
    availability_period: { value: 'monthly', text: 'Monthly' },
    recovery_time: { value: 2, unit: 'hours', text: '2 hours' },
    release_notice: { value: 30, unit: 'days', text: '30 days' },
    deprecation_notice: { value: 12, unit: 'months', text: '12 months' },
    sandbox_refresh: { value: 2, unit: 'weeks', text: '2 weeks' },
    data_export_period: { value: 30, unit: 'days', text: '30 days' },
    data_deletion_period: { value: 10, unit: 'business-days', text: '10 business days' },
    audit_notice: { value: 10, unit: 'business-days', text: '10 business days' },
  },
};

export const CORPUS_FAMILIES: readonly CorpusDocument[] = [
  colocationDe,
  colocationEn,
  helpdeskDe,
  helpdeskEn,
  saasDe,
  saasEn,
];
