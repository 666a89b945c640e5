import type { CorpusDocument } from './corpusTypes';
import { clause, table, text } from './corpusTypes';

/**
 * Deutsche Kunden-SLAs, für diese Tests geschrieben (erfundene Formulierungen und Firmen). Jedes
 * Dokument nennt die Begriffe, die ein sorgfältiger Leser daraus entnimmt — alle anderen Zahlen sind keine.
 */

const rechenzentrum: CorpusDocument = {
  name: 'de Rechenzentrum: Jahresmittel, Störungsklassen A–C, Wartung sonntags, Vertragsstrafen, Haftung je Schadensfall',
  language: 'de',
  clauses: [
    clause('§ 1 Gegenstand', [
      text(
        'Diese Service-Level-Vereinbarung (SLA) ergänzt den Rahmenvertrag vom 12.03.2025 (Vertrags-Nr. 2025-117) zwischen der Isarwerk Data GmbH („Auftragnehmer“) und der Brenner Logistik AG („Auftraggeber“).',
      ),
    ]),
    clause('§ 2 Verfügbarkeit', [
      text('Der Auftragnehmer gewährleistet eine Verfügbarkeit der Plattform von 99,8 % im Jahresmittel.'),
      text(
        'Nicht als Ausfallzeit gelten geplante Wartungsarbeiten gemäß § 4 Abs. 2 sowie Störungen, die der Auftraggeber zu vertreten hat.',
      ),
    ]),
    clause('§ 3 Störungsklassen, Reaktions- und Wiederherstellungszeiten', [
      table([
        ['Störungsklasse', 'Beschreibung', 'Reaktionszeit', 'Wiederherstellungszeit'],
        ['Klasse A (kritisch)', 'Totalausfall der Plattform oder Verlust von Daten', '30 Min.', '4 Std.'],
        ['Klasse B (hoch)', 'Wesentliche Funktionen sind eingeschränkt nutzbar', '2 Std.', '1 Werktag'],
        ['Klasse C (normal)', 'Einzelne Nutzer betroffen, Umgehung möglich', '1 Werktag', '5 Werktage'],
      ]),
      text(
        'Die Reaktionszeit beginnt mit Eingang der Störungsmeldung beim Service-Desk (Tel. +49 89 1234 5678).',
      ),
    ]),
    clause('§ 4 Wartung', [
      text(
        'Geplante Wartungsarbeiten werden mindestens zwei (2) Wochen im Voraus angekündigt und finden ausschließlich sonntags zwischen 00:00 und 06:00 Uhr statt.',
      ),
      text('Der Umfang geplanter Wartungsarbeiten ist auf höchstens 4 Stunden im Kalendermonat begrenzt.'),
    ]),
    clause('§ 5 Vertragsstrafen', [
      text(
        'Unterschreitet die Verfügbarkeit im Jahresmittel 99,8 %, zahlt der Auftragnehmer eine Vertragsstrafe in Höhe von 5 % der Jahresvergütung, bei Unterschreitung von 99,5 % in Höhe von 10 %.',
      ),
      text('Die Vertragsstrafen sind insgesamt auf 15 % der Jahresvergütung begrenzt.'),
    ]),
    clause('§ 6 Vergütung', [
      text('Die monatliche Pauschale beträgt 2.340,00 € zzgl. 19 % USt.'),
      text('Zusätzliche Leistungen werden nach Aufwand zu einem Stundensatz von 125,00 € abgerechnet.'),
    ]),
    clause('§ 7 Haftung', [
      text(
        'Die Haftung des Auftragnehmers für leicht fahrlässige Pflichtverletzungen ist je Schadensfall auf 250.000 € und für alle Schadensfälle eines Vertragsjahres insgesamt auf 1.000.000 € begrenzt.',
      ),
    ]),
    clause('§ 8 Laufzeit', [
      text(
        'Der Vertrag beginnt am 01.04.2025 und hat eine Mindestlaufzeit von 24 Monaten. Er verlängert sich jeweils um 12 Monate, wenn er nicht mit einer Frist von drei Monaten zum Laufzeitende gekündigt wird.',
      ),
    ]),
    clause('§ 9 Schlussbestimmungen', [
      text(
        'Der Auftragnehmer ist nach ISO/IEC 27001 und ISO 22301 zertifiziert. Gerichtsstand ist München. Stand: Version 2.1, Seite 4 von 9.',
      ),
    ]),
  ],
  expected: {
    credit_base: { value: 'jährlich', text: 'der Jahresvergütung' },
    availability: { value: 99.8, text: '99,8 %' },
    availability_period: { value: 'jährlich', text: 'Jahresmittel' },
    p1_response: { value: 30, unit: 'minutes', text: '30 Min.' },
    p1_resolution: { value: 4, unit: 'hours', text: '4 Std.' },
    p2_response: { value: 2, unit: 'hours', text: '2 Std.' },
    p2_resolution: { value: 1, unit: 'business-days', text: '1 Werktag' },
    p3_response: { value: 1, unit: 'business-days', text: '1 Werktag' },
    p3_resolution: { value: 5, unit: 'business-days', text: '5 Werktage' },
    maintenance_notice: { value: 2, unit: 'weeks', text: 'zwei (2) Wochen' },
    maintenance_window_hours: { value: 4, unit: 'hours', text: '4 Stunden' },
    maintenance_window_slot: {
      value: 'sonntags zwischen 00:00 und 06:00 Uhr',
      text: 'sonntags zwischen 00:00 und 06:00 Uhr',
    },
    credit_band1_below: { value: 99.8, text: '99,8 %' },
    credit_band1_credit: { value: 5, text: '5 %' },
    credit_band2_below: { value: 99.5, text: '99,5 %' },
    credit_band2_credit: { value: 10, text: '10 %' },
    credit_cap: { value: 15, text: '15 %' },
    monthly_fee: { value: 2340, currency: 'EUR', text: '2.340,00 €' },
    liability_cap: { value: 1000000, currency: 'EUR', text: '1.000.000 €' },
  },
  priorities: [
    { level: 1, name: 'Klasse A (kritisch)' },
    { level: 2, name: 'Klasse B (hoch)' },
    { level: 3, name: 'Klasse C (normal)' },
  ],
  notes: ['unit-price', 'liability-special'],
};

const saas: CorpusDocument = {
  name: 'de SaaS: Fehlerklassen mit Reaktion und Behebung in Listen, transponierte Gutschrifttabelle, RPO',
  language: 'de',
  clauses: [
    clause('1. Verfügbarkeit', [
      text('Die Software steht dem Kunden mit einer Verfügbarkeit von 99,5 Prozent im Monat zur Verfügung.'),
      text(
        'Die Verfügbarkeit wird am Übergabepunkt des Rechenzentrums gemessen; maßgeblich ist der Kalendermonat.',
      ),
    ]),
    clause('2. Support', [
      text(
        'Der Support ist montags bis freitags von 8 bis 17 Uhr erreichbar (ausgenommen bundeseinheitliche Feiertage).',
      ),
      text('Fehler werden vom Anbieter einer der folgenden Fehlerklassen zugeordnet:'),
      text(
        'Fehlerklasse 1 – betriebsverhindernder Fehler: Die Nutzung der Software ist nicht möglich. Reaktionszeit: 2 Stunden; Behebung oder Umgehungslösung innerhalb von 8 Stunden.',
      ),
      text(
        'Fehlerklasse 2 – betriebsbehindernder Fehler: Die Nutzung ist erheblich eingeschränkt. Reaktionszeit: 4 Stunden; Behebung innerhalb von 2 Werktagen.',
      ),
      text(
        'Fehlerklasse 3 – leichter Fehler: Reaktionszeit: 1 Werktag; Behebung mit dem nächsten regulären Release.',
      ),
    ]),
    clause('3. Gutschriften', [
      table([
        ['Monatliche Verfügbarkeit', '< 99,5 %', '< 99,0 %', '< 98,0 %'],
        ['Gutschrift', '5 %', '10 %', '20 %'],
      ]),
      text(
        'Gutschriften werden mit der nächsten Rechnung verrechnet und sind auf 25 % der monatlichen Nutzungsgebühr begrenzt.',
      ),
      text(
        'Der Anspruch auf eine Gutschrift erlischt, wenn er nicht binnen eines Monats nach Zugang des Verfügbarkeitsberichts geltend gemacht wird.',
      ),
    ]),
    clause('4. Preise', [
      text('Die Nutzungsgebühr beträgt EUR 12,50 je Nutzer und Monat.'),
      text('Bei 60 Nutzern ergibt sich eine monatliche Gesamtgebühr von EUR 750,00.'),
    ]),
    clause('5. Datensicherung', [
      text('Die Daten werden täglich gesichert; die Sicherungen werden 30 Tage aufbewahrt.'),
      text('Der maximale Datenverlust (RPO) beträgt 24 Stunden.'),
    ]),
    clause('6. Laufzeit und Kündigung', [
      text(
        'Der Kunde kann den Vertrag außerordentlich kündigen, wenn die vereinbarte Verfügbarkeit in zwei aufeinanderfolgenden Monaten unterschritten wird.',
      ),
    ]),
    clause('7. Haftung', [
      text('Die Haftung ist auf die Höhe der im jeweiligen Vertragsjahr gezahlten Vergütung begrenzt.'),
    ]),
  ],
  expected: {
    credit_base: { value: 'monatlich', text: 'der monatlichen Nutzungsgebühr' },
    availability: { value: 99.5, text: '99,5 Prozent' },
    availability_period: { value: 'monatlich', text: 'im Monat' },
    service_hours: {
      value: 'montags bis freitags von 8 bis 17 Uhr',
      text: 'montags bis freitags von 8 bis 17 Uhr',
    },
    p1_response: { value: 2, unit: 'hours', text: '2 Stunden' },
    p1_resolution: { value: 8, unit: 'hours', text: '8 Stunden' },
    p2_response: { value: 4, unit: 'hours', text: '4 Stunden' },
    p2_resolution: { value: 2, unit: 'business-days', text: '2 Werktagen' },
    p3_response: { value: 1, unit: 'business-days', text: '1 Werktag' },
    credit_band1_below: { value: 99.5, text: '99,5 %' },
    credit_band1_credit: { value: 5, text: '5 %' },
    credit_band2_below: { value: 99, text: '99,0 %' },
    credit_band2_credit: { value: 10, text: '10 %' },
    credit_band3_below: { value: 98, text: '98,0 %' },
    credit_band3_credit: { value: 20, text: '20 %' },
    credit_cap: { value: 25, text: '25 %' },
    credit_claim_deadline: { value: 1, unit: 'months', text: 'eines Monats' },
    monthly_fee: { value: 750, currency: 'EUR', text: 'EUR 750,00' },
    backup_retention: { value: 30, unit: 'days', text: '30 Tage' },
    recovery_point: { value: 24, unit: 'hours', text: '24 Stunden' },
    chronic_failure_months: { value: 2, text: 'zwei aufeinanderfolgenden Monaten' },
  },
  priorities: [
    { level: 1, name: 'Fehlerklasse 1 – betriebsverhindernder' },
    { level: 2, name: 'Fehlerklasse 2 – betriebsbehindernder' },
    { level: 3, name: 'Fehlerklasse 3 – leichter' },
  ],
  notes: ['unit-price'],
};

const helpdesk: CorpusDocument = {
  name: 'de IT-Service: Prioritäten in Prosa, trennbare Verben, Eskalation, Zahlwörter, Quartalsbericht',
  language: 'de',
  clauses: [
    clause('Servicezeiten', [
      text(
        'Servicezeiten: Mo.–Fr. 7:00–19:00 Uhr, Sa. 8:00–12:00 Uhr. Die Hotline ist unter 0800 123 45 67 erreichbar.',
      ),
    ]),
    clause('Reaktions- und Lösungszeiten', [
      text('Störungen werden nach ihrer Dringlichkeit in drei Prioritäten eingeteilt:'),
      text(
        'Priorität 1 (hoch): Ausfall eines geschäftskritischen Systems. Der Auftragnehmer reagiert innerhalb von 30 Minuten und stellt den Betrieb spätestens nach 6 Stunden wieder her.',
      ),
      text(
        'Priorität 2 (mittel): Beeinträchtigung einzelner Arbeitsplätze. Reaktion binnen zwei Stunden, Lösung innerhalb eines Werktages.',
      ),
      text(
        'Priorität 3 (niedrig): Anfragen und Wünsche. Bearbeitung im Rahmen der verfügbaren Kapazitäten, spätestens innerhalb von fünf Werktagen.',
      ),
    ]),
    clause('Eskalation', [
      text(
        'Ist eine Störung der Priorität 1 nicht innerhalb von 2 Stunden behoben, wird die Geschäftsleitung des Kunden informiert.',
      ),
    ]),
    clause('Vergütung', [
      text(
        'Für die Betreuung zahlt der Kunde eine monatliche Pauschale von 1.850 Euro netto, fällig zum 3. Werktag des Monats.',
      ),
    ]),
    clause('Berichtswesen', [
      text(
        'Der Auftragnehmer erstellt quartalsweise einen Servicebericht und stellt ihn bis zum 10. Werktag des Folgequartals bereit.',
      ),
    ]),
    clause('Sonstiges', [
      text('Es gilt die Vereinbarung gemäß § 3 Abs. 2 des Rahmenvertrags vom 01.09.2024.'),
    ]),
  ],
  expected: {
    service_hours: {
      value: 'Mo.–Fr. 7:00–19:00 Uhr, Sa. 8:00–12:00 Uhr',
      text: 'Mo.–Fr. 7:00–19:00 Uhr, Sa. 8:00–12:00 Uhr',
    },
    p1_response: { value: 30, unit: 'minutes', text: '30 Minuten' },
    p1_resolution: { value: 6, unit: 'hours', text: '6 Stunden' },
    p2_response: { value: 2, unit: 'hours', text: 'zwei Stunden' },
    p2_resolution: { value: 1, unit: 'business-days', text: 'eines Werktages' },
    monthly_fee: { value: 1850, currency: 'EUR', text: '1.850 Euro' },
    report_interval: { value: 'vierteljährlich', text: 'quartalsweise' },
    report_due: { value: 10, unit: 'business-days', text: '10. Werktag' },
  },
  priorities: [
    { level: 1, name: 'Priorität 1 (hoch)' },
    { level: 2, name: 'Priorität 2 (mittel)' },
    { level: 3, name: 'Priorität 3 (niedrig)' },
  ],
  notes: ['time-kind-unknown'],
};

const telekom: CorpusDocument = {
  name: 'de Standortvernetzung: Kennwert-Tabelle ohne Prioritäten, Netzkennwerte, Preis je Standort, Gutschrift je Stunde',
  language: 'de',
  clauses: [
    clause('Leistungsmerkmale', [
      table([
        ['Merkmal', 'Wert'],
        ['Verfügbarkeit (Jahresmittel)', '99,9 %'],
        ['Paketverlust', '≤ 0,1 %'],
        ['Latenz (Round Trip)', '< 25 ms'],
        ['Entstörungsbeginn', 'innerhalb von 1 Stunde'],
        ['Entstörzeit', 'max. 6 Stunden'],
        ['Bandbreite', '100 Mbit/s symmetrisch'],
        ['Servicezeit', '24/7'],
      ]),
    ]),
    clause('Entgelte', [
      text('Monatliches Entgelt je Standort: 890,00 EUR; bei 3 Standorten insgesamt 2.670,00 EUR monatlich.'),
      text('Einmaliges Bereitstellungsentgelt: 1.500,00 EUR.'),
    ]),
    clause('Gutschriften', [
      text(
        'Wird die Jahresverfügbarkeit unterschritten, erhält der Kunde für jede angefangene Stunde Ausfallzeit über dem zulässigen Wert eine Gutschrift von 1 % des Monatsentgelts, höchstens jedoch 20 % des Monatsentgelts.',
      ),
    ]),
    clause('Wartung', [
      text('Wartungsarbeiten werden mit einem Vorlauf von mindestens 5 Werktagen angekündigt.'),
    ]),
    clause('Sonderkündigungsrecht', [
      text(
        'Liegt die Entstörzeit in drei aufeinanderfolgenden Monaten über dem Zielwert, kann der Kunde das betroffene Produkt mit einer Frist von 14 Tagen kündigen.',
      ),
    ]),
  ],
  expected: {
    credit_base: { value: 'monatlich', text: 'des Monatsentgelts' },
    availability: { value: 99.9, text: '99,9 %' },
    availability_period: { value: 'jährlich', text: 'Jahresmittel' },
    p1_response: { value: 1, unit: 'hours', text: '1 Stunde' },
    p1_resolution: { value: 6, unit: 'hours', text: '6 Stunden' },
    service_hours: { value: 'rund um die Uhr an allen Tagen des Jahres', text: '24/7' },
    monthly_fee: { value: 2670, currency: 'EUR', text: '2.670,00 EUR' },
    credit_cap: { value: 20, text: '20 %' },
    maintenance_notice: { value: 5, unit: 'business-days', text: '5 Werktagen' },
    chronic_failure_months: { value: 3, text: 'drei aufeinanderfolgenden Monaten' },
    chronic_failure_notice: { value: 14, unit: 'days', text: '14 Tagen' },
  },
  notes: ['uniform-times-as-p1', 'credit-formula', 'unit-price'],
};

const managed: CorpusDocument = {
  name: 'de Managed Services: Tabelle mit Einheiten im Kopf, Priorität als Ziffer, Bonus, Überprüfung',
  language: 'de',
  clauses: [
    clause('Zielwerte', [
      text(
        'Der Dienstleister erbringt die Leistungen mit einer Zielverfügbarkeit von 99,95 % je Kalendermonat.',
      ),
      table([
        ['Priorität', 'Reaktionszeit (Std.)', 'Lösungszeit (Std.)'],
        ['1', '1', '4'],
        ['2', '4', '8'],
        ['3', '8', '24'],
      ]),
    ]),
    clause('Bonusregelung', [
      text(
        'Übersteigt die gemessene Verfügbarkeit in einem Kalendermonat 99,99 %, erhält der Dienstleister einen Bonus von 2 % des Monatsentgelts.',
      ),
    ]),
    clause('Überprüfung', [
      text('Die Parteien überprüfen die vereinbarten Service-Level mindestens alle sechs Monate.'),
    ]),
    clause('Entgelt', [
      text('Das Monatsentgelt beträgt 12.400 € (in Worten: zwölftausendvierhundert Euro).'),
    ]),
  ],
  expected: {
    availability: { value: 99.95, text: '99,95 %' },
    availability_period: { value: 'monatlich', text: 'je Kalendermonat' },
    p1_response: { value: 1, unit: 'hours', text: '1' },
    p1_resolution: { value: 4, unit: 'hours', text: '4' },
    p2_response: { value: 4, unit: 'hours', text: '4' },
    p2_resolution: { value: 8, unit: 'hours', text: '8' },
    p3_response: { value: 8, unit: 'hours', text: '8' },
    p3_resolution: { value: 24, unit: 'hours', text: '24' },
    bonus_threshold: { value: 99.99, text: '99,99 %' },
    bonus_amount: { value: 2, text: '2 %' },
    review_interval: { value: 6, unit: 'months', text: 'sechs Monate' },
    monthly_fee: { value: 12400, currency: 'EUR', text: '12.400 €' },
  },
};

/** Numbers that are not terms, in SLA-like surroundings: nothing here may become a term. */
const decoys: CorpusDocument = {
  name: 'de Bestellschein: Daten, Normen, Telefonnummern, Steuern, Zinsen, Skonto, Preisanpassung, Laufzeit',
  language: 'de',
  clauses: [
    clause('Bestellung', [
      text('Bestellschein Nr. 2026-0042 vom 15.01.2026, Seite 2 von 7, Version 3.0.'),
      text('Ansprechpartner: Frau Weber, Tel. +49 (0) 30 / 12 34 56-0, USt-IdNr. DE123456789.'),
      text(
        'Das Rechenzentrum ist nach DIN EN 50600 und ISO 27001 zertifiziert; die Notstromversorgung ist für 48 Stunden ausgelegt.',
      ),
    ]),
    clause('Zahlungsbedingungen', [
      text(
        'Rechnungen sind innerhalb von 14 Tagen ohne Abzug zahlbar; bei Zahlung innerhalb von 10 Tagen gewähren wir 2 % Skonto.',
      ),
      text('Bei Zahlungsverzug fallen Verzugszinsen in Höhe von 9 Prozentpunkten über dem Basiszinssatz an.'),
      text('Alle Preise verstehen sich zuzüglich 19 % Umsatzsteuer.'),
      text('Der Anbieter kann die Preise einmal jährlich um höchstens 3 % anpassen.'),
    ]),
    clause('Laufzeit', [
      text(
        'Die Mindestvertragslaufzeit beträgt 24 Monate; danach ist der Vertrag mit einer Frist von 3 Monaten zum Quartalsende kündbar.',
      ),
      text('Die Verfügbarkeit von Ersatzteilen ist für 5 Jahre nach Vertragsende zugesichert.'),
    ]),
    clause('Rahmenbedingungen', [
      text(
        'Es gelten die Allgemeinen Geschäftsbedingungen in der Fassung 2025 sowie § 5.3 und Ziffer 7.1 des Rahmenvertrags.',
      ),
      text('Der Kunde erhält 10 % Rabatt auf alle Listenpreise für Hardware im Jahr 2026.'),
      text('Schulungen finden an 2 Tagen in der KW 14 statt, jeweils von 9 bis 16 Uhr.'),
    ]),
  ],
  expected: {},
};

export const CORPUS_DE: readonly CorpusDocument[] = [rechenzentrum, saas, helpdesk, telekom, managed, decoys];
