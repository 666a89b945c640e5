import { describe, expect, it } from 'vitest';
import { TERM_SPECS, type TermKey } from '../templates/termSpecs';
import { recogniseTerms } from './recogniseTerms';
import type { Recognition, RecognitionBlock, RecognitionInput } from './recognition';
import { foundTerms, type Found } from './testing/foundTerms';

/**
 * The hosting, service desk and SaaS families' own terms in customer paper: German and English,
 * prose and tables, values before and after their words, and sentences that only look like terms.
 */

function recognise(clauses: [string, (string | string[][])[]][], language?: 'de' | 'en'): Recognition {
  const input: RecognitionInput = {
    ...(language ? { language } : {}),
    clauses: clauses.map(([heading, blocks]) => ({
      heading,
      blocks: blocks.map((b): RecognitionBlock =>
        typeof b === 'string' ? { type: 'text', text: b } : { type: 'table', rows: b },
      ),
    })),
  };
  const result = recogniseTerms(input);
  // Every term keeps the characters as written and the kind and direction of our templates.
  for (const t of result.terms) {
    const block = input.clauses[t.clause]!.blocks[t.block]!;
    const source = block.type === 'text' ? block.text : block.rows[t.row!]![t.col!]!;
    expect(source.slice(t.start, t.end)).toBe(t.text);
    const spec = TERM_SPECS[t.term.id as TermKey];
    if (spec) {
      expect(t.term.favours, t.term.id).toBe(spec.favours);
      // Hours that are not one of our options are kept as written, as a text term.
      if (t.term.kind !== 'text') expect(t.term.kind, t.term.id).toBe(spec.kind);
    }
  }
  return result;
}

function read(heading: string, blocks: (string | string[][])[], language?: 'de' | 'en'): Found {
  return foundTerms(recognise([[heading, blocks]], language));
}

describe('hosting and data centre', () => {
  it('reads power, cooling and network availability beside the platform availability (German prose)', () => {
    expect(
      read('Infrastruktur und Plattform', [
        'Der Betreiber sichert für jedes Rack eine Stromverfügbarkeit von 99,99 % im Kalendermonat zu.',
        'Die Verfügbarkeit der Klimatisierung beträgt 99,95 %, die der Netzanbindung 99,9 %.',
        'Die gehostete Plattform ist zu 99,7 % verfügbar, gemessen am Übergabepunkt des Netzwerks.',
      ]),
    ).toEqual({
      // "im Kalendermonat" is the period of the power figure; the platform's availability names none.
      power_availability: '99.99 (99,99 %)',
      cooling_availability: '99.95 (99,95 %)',
      network_availability: '99.9 (99,9 %)',
      availability: '99.7 (99,7 %)',
    });
  });

  it('reads them in English, with the value before or after its words and odd spacing', () => {
    expect(
      read('Colocation service levels', [
        'Power availability:\u00a099.999\u202f% per rack fed from both circuits.',
        '99.95 % cooling availability is committed for the cold aisle.',
        'The uplink is available for at least 99.9% of the time.',
        'Hosted servers reach an availability of 99.5 %.',
      ]),
    ).toEqual({
      power_availability: '99.999 (99.999\u202f%)',
      cooling_availability: '99.95 (99.95 %)',
      network_availability: '99.9 (99.9%)',
      availability: '99.5 (99.5 %)',
    });
  });

  it('reads the climate kept "for 99.9 % of the time" under a heading about the supplies, not the humidity range', () => {
    const result = recognise([
      [
        'Verfügbarkeit von Strom, Kühlung und Anbindung',
        [
          'Kühlung: Zuluft zwischen 18 °C und 26 °C bei relativer Luftfeuchte 30 % bis 70 %, eingehalten in 99,9 % der Zeit.',
        ],
      ],
    ]);
    expect(foundTerms(result)).toEqual({ cooling_availability: '99.9 (99,9 %)' });
    expect(result.notes.map((n) => n.code)).not.toContain('range-not-used');
  });

  it('reads the supply named before a bare availability word, not a platform named between them', () => {
    expect(read('Leistungen', ['Für die Energieversorgung gilt eine Verfügbarkeit von 99,99 %.'])).toEqual({
      power_availability: '99.99 (99,99 %)',
    });
    expect(read('Leistungen', ['Die Klimatisierung der Serverräume ist zu 99,95 % verfügbar.'])).toEqual({
      cooling_availability: '99.95 (99,95 %)',
    });
    expect(
      read('Leistungen', ['Trotz eines Stromausfalls bleibt die Plattform zu 99,9 % verfügbar.']),
    ).toEqual({ availability: '99.9 (99,9 %)' });
  });

  it('keeps plain availability, and a network service’s own availability, as availability', () => {
    expect(read('Verfügbarkeit', ['Verfügbarkeit 99,9 %']).availability).toBe('99.9 (99,9 %)');
    // Without power, cooling or racks the network is the service itself (a WAN contract).
    expect(
      read('Standortvernetzung', ['Die Netzverfügbarkeit beträgt 99,8 % im Jahresmittel.']),
    ).toMatchObject({ availability: '99.8 (99,8 %)' });
    expect(read('Availability', ['Power availability 99.99 %'])).toEqual({
      power_availability: '99.99 (99.99 %)',
    });
  });

  it('reads hands-on work, hardware replacement, visits and more racks (German prose)', () => {
    expect(
      read('Leistungen im Rechenzentrum', [
        'Defekte Festplatten und Netzteile tauscht der Betreiber binnen 6 Stunden aus.',
        'Remote-Hands-Aufträge beginnen spätestens 2 Stunden nach Eingang; im Monatsentgelt sind 4 Stunden Remote Hands enthalten.',
        'Weitere Remote-Hands-Stunden kosten 110,00 € je Stunde.',
        'Besuche im Rechenzentrum sind mindestens einen Werktag vorher anzumelden.',
        'Zusätzliche Stellfläche stellt der Betreiber innerhalb von acht Wochen bereit.',
      ]),
    ).toEqual({
      hardware_replacement: '6 hours (6 Stunden)',
      remote_hands_response: '2 hours (2 Stunden)',
      remote_hands_included: '4 hours (4 Stunden)',
      remote_hands_rate: '110 EUR (110,00 €)',
      access_notice: '1 business-days (einen Werktag)',
      expansion_lead_time: '8 weeks (acht Wochen)',
    });
  });

  it('reads them in English, with the infrastructure credit and the access hours', () => {
    expect(
      read('Data centre services', [
        'Failed components such as disks or fans are replaced within 4 hours of detection.',
        'Remote hands tickets are started within 30 minutes, and the monthly fee includes 2 hours of remote hands per month.',
        'Further remote hands time is charged at GBP 85 per hour.',
        'Physical access to the data centre is granted Monday to Friday, 07:00 to 20:00; visits must be booked 24 hours in advance.',
        'Additional racks are handed over within 6 weeks of the order.',
        'If the power, cooling or network commitment is missed in a month, the client receives a credit of 10% of the monthly fee.',
      ]),
    ).toEqual({
      hardware_replacement: '4 hours (4 hours)',
      remote_hands_response: '30 minutes (30 minutes)',
      remote_hands_included: '2 hours (2 hours)',
      remote_hands_rate: '85 GBP (GBP 85)',
      access_hours: 'Monday to Friday, 07:00 to 20:00 (Monday to Friday, 07:00 to 20:00)',
      access_notice: '24 hours (24 hours)',
      expansion_lead_time: '6 weeks (6 weeks)',
      infrastructure_credit: '10 (10%)',
      credit_base: 'monthly (of the monthly fee)',
    });
  });

  it('reads a replacement device made ready as the hardware replacement', () => {
    expect(read('Hardware', ['Ersatzgeräte stellt der Betreiber binnen 4 Stunden bereit.'])).toEqual({
      hardware_replacement: '4 hours (4 Stunden)',
    });
  });

  it('reads a German infrastructure table with targets and a credit column', () => {
    expect(
      read('Service-Level Rechenzentrum', [
        [
          ['Leistung', 'Zielwert', 'Gutschrift bei Verfehlung'],
          ['Stromversorgung (A+B)', '≥ 99,99 %', '10 %'],
          ['Klimatisierung', '99,9 %', '10 %'],
          ['Netzanbindung', '99,9 %', '10 %'],
          ['Austausch defekter Hardware', '4 Stunden', '—'],
          ['Remote Hands – Reaktionszeit', '30 Minuten', '—'],
          ['Zutritt – Anmeldung vorab', '24 Stunden', '—'],
        ],
      ]),
    ).toEqual({
      power_availability: '99.99 (99,99 %)',
      infrastructure_credit: '10 (10 %)',
      cooling_availability: '99.9 (99,9 %)',
      network_availability: '99.9 (99,9 %)',
      hardware_replacement: '4 hours (4 Stunden)',
      remote_hands_response: '30 minutes (30 Minuten)',
      access_notice: '24 hours (24 Stunden)',
    });
  });

  it('leaves out what only looks like a hosting term', () => {
    expect(
      read('Rechenzentrum', [
        'Die Notstromversorgung ist für 48 Stunden ausgelegt.',
        'Die Netzwerkauslastung bleibt im Monatsmittel unter 70 %.',
        'Die Luftfeuchte liegt zwischen 20 % und 80 %.',
        'Server werden nach fünf Jahren durch neue Hardware ersetzt.',
        'Remote Hands werden in Einheiten von 15 Minuten abgerechnet.',
        'Der Kunde kann zusätzliche Racks mit einer Frist von 3 Monaten kündigen.',
        'Der Kunde kann bis zu 3 zusätzliche Racks innerhalb von 12 Monaten nachbestellen.',
        'Die Leitwarte überwacht die Zutrittskontrolle rund um die Uhr.',
        'Die Ersatzteilversorgung ist für 5 Jahre gesichert.',
      ]),
    ).toEqual({});
  });
});

describe('service desk', () => {
  it('reads a rate AND a time in one sentence, in either order', () => {
    const result = recognise([
      ['Telefonische Erreichbarkeit', ['80 % der Anrufe werden innerhalb von 20 Sekunden angenommen.']],
    ]);
    expect(foundTerms(result)).toEqual({
      call_answer_rate: '80 (80 %)',
      call_answer_time: '0.3333 minutes (20 Sekunden)',
    });
    // 20 seconds is a third of a minute: held to four decimals, and said so.
    expect(result.notes).toContainEqual(
      expect.objectContaining({ code: 'value-rounded', termId: 'call_answer_time', text: '20 Sekunden' }),
    );
    expect(read('Hotline', ['Innerhalb von 30 Sekunden nehmen wir 85 % aller Anrufe an.'])).toEqual({
      call_answer_time: '0.5 minutes (30 Sekunden)',
      call_answer_rate: '85 (85 %)',
    });
    expect(read('Hotline', ['At least 90% of calls shall be answered within 15 seconds.'])).toEqual({
      call_answer_rate: '90 (90%)',
      call_answer_time: '0.25 minutes (15 seconds)',
    });
  });

  it('reads the quality figures in German prose', () => {
    expect(
      read('Qualität des Service-Desks', [
        'Höchstens 5 % der Anrufer legen vor der Annahme auf (Abbruchquote).',
        'Die Erstlösungsquote beträgt mindestens 65 %.',
        'Die Kundenzufriedenheit wird nach jedem Ticket erfragt und soll im Quartal mindestens 85 % erreichen.',
        'Eingehende E-Mails erhalten binnen 2 Stunden eine Eingangsbestätigung mit Ticketnummer.',
        'Standardanfragen aus dem Servicekatalog erledigt der Dienstleister innerhalb von drei Werktagen.',
        'Mehrmengen von bis zu 10 % über der vereinbarten Monatsprognose sind im Entgelt enthalten.',
        'Der Service-Desk betreut bis zu 400 namentlich benannte Anwender.',
      ]),
    ).toEqual({
      abandon_rate: '5 (5 %)',
      first_contact_resolution: '65 (65 %)',
      customer_satisfaction: '85 (85 %)',
      ticket_acknowledgement: '2 hours (2 Stunden)',
      request_fulfilment: '3 business-days (drei Werktagen)',
      volume_tolerance: '10 (10 %)',
      covered_users: '400 (400)',
    });
  });

  it('reads the quality figures in English prose, with channels, languages and the rollout notice', () => {
    expect(
      read('Help desk', [
        'The help desk can be reached by phone, e-mail and through the ticket portal, in German and English.',
        'The abandonment rate shall not exceed 6%.',
        'A first contact resolution rate of 72% is the target.',
        'CSAT: at least 88% of ratings are satisfied or very satisfied.',
        'Every e-mail is acknowledged within 1 hour.',
        'Standard service requests are fulfilled within 2 business days.',
        'Ticket volumes up to 15% above the forecast are covered.',
        'The client announces rollouts of new software at least 6 weeks before they start.',
      ]),
    ).toEqual({
      ticket_channels: 'ticket portal, email and telephone (phone, e-mail and through the ticket portal)',
      support_languages: 'German and English (German and English)',
      abandon_rate: '6 (6%)',
      first_contact_resolution: '72 (72%)',
      customer_satisfaction: '88 (88%)',
      ticket_acknowledgement: '1 hours (1 hour)',
      request_fulfilment: '2 business-days (2 business days)',
      volume_tolerance: '15 (15%)',
      rollout_notice: '6 weeks (6 weeks)',
    });
  });

  it('reads a KPI table with a credit column as targets and the KPI credit', () => {
    expect(
      read('Kennzahlen', [
        [
          ['Kennzahl', 'Zielwert', 'Gutschrift je Verfehlung'],
          ['Anrufannahmequote', '≥ 90 %', '2 %'],
          ['Abbruchquote', '≤ 4 %', '2 %'],
          ['Erstlösungsquote', '70 %', '2 %'],
          ['Kundenzufriedenheit (CSAT)', 'mindestens 88 %', '2 %'],
          ['Eingangsbestätigung E-Mail', '1 Stunde', '—'],
        ],
      ]),
    ).toEqual({
      call_answer_rate: '90 (90 %)',
      kpi_credit: '2 (2 %)',
      abandon_rate: '4 (4 %)',
      first_contact_resolution: '70 (70 %)',
      customer_satisfaction: '88 (88 %)',
      ticket_acknowledgement: '1 hours (1 Stunde)',
    });
  });

  it('reads a transposed English table with seconds in the header and the time in a row label', () => {
    expect(
      read('KPIs', [
        [
          ['', 'Answer rate', 'Answer time (seconds)', 'Abandon rate'],
          ['Target', '85 %', '30', '5 %'],
        ],
      ]),
    ).toEqual({
      call_answer_rate: '85 (85 %)',
      call_answer_time: '0.5 minutes (30)',
      abandon_rate: '5 (5 %)',
    });
    expect(
      read('KPIs', [
        [
          ['Metric', 'Target'],
          ['Calls answered within 45 seconds', '80%'],
          ['First-call resolution', '75%'],
        ],
      ]),
    ).toEqual({
      call_answer_time: '0.75 minutes (45 seconds)',
      call_answer_rate: '80 (80%)',
      first_contact_resolution: '75 (75%)',
    });
  });

  it('tells the missed figure from its credit, and the satisfaction a bonus needs from the bonus', () => {
    expect(
      read('Gutschriften und Bonus', [
        'Wird die Erstlösungsquote von 70 % verfehlt, erhält der Kunde eine Gutschrift von 2 % des Monatsentgelts.',
        'Erreicht die Zufriedenheitsquote mindestens 95 %, erhält der Dienstleister einen Bonus von 1 % des Monatsentgelts.',
      ]),
    ).toEqual({
      first_contact_resolution: '70 (70 %)',
      kpi_credit: '2 (2 %)',
      credit_base: 'monatlich (des Monatsentgelts)',
      bonus_satisfaction_threshold: '95 (95 %)',
      bonus_amount: '1 (1 %)',
    });
  });

  it('leaves out what only looks like a service desk term', () => {
    const result = recognise([
      [
        'Service Desk',
        [
          'Die Kundenzufriedenheit ist uns wichtig und wird regelmäßig erhoben.',
          'Customer satisfaction of at least 4.2 out of 5 points is targeted.',
          'Calls are answered within 40 seconds on average.',
          'The hotline is checked with test calls every 5 minutes.',
          'Schulungen finden für 10 Anwender statt.',
          'Die Hotline ist unter 0800 123 45 67 erreichbar.',
          'Dieser Vertrag ist in deutscher Sprache verfasst; die englische Fassung ist unverbindlich.',
        ],
      ],
    ]);
    expect(foundTerms(result)).toEqual({});
    // How many users an incident affects is how urgent it is, not how many the fee covers.
    expect(
      read('Prioritäten', [
        [
          ['Priorität', 'Betroffene Anwender', 'Reaktionszeit'],
          ['1', '> 50', '30 Min.'],
        ],
      ]),
    ).toEqual({ p1_response: '30 minutes (30 Min.)' });
    // A call-back is a response to an incident, not how fast calls are answered.
    expect(read('Service Desk', ['Rückrufe erfolgen innerhalb von 30 Minuten.'])).not.toHaveProperty(
      'call_answer_time',
    );
  });

  it('keeps a response time a response time where calls are mentioned, and a confirmed termination no ticket', () => {
    expect(
      read('Störungen', [
        'Die Reaktionszeit für Störungen der Priorität 1 beträgt 30 Minuten; Anrufe werden sofort angenommen.',
      ]),
    ).toEqual({ p1_response: '30 minutes (30 Minuten)' });
    expect(
      read('Kündigung', [
        'Der Anbieter bestätigt schriftlich innerhalb von 5 Werktagen den Erhalt der Kündigung.',
      ]),
    ).toEqual({});
    expect(
      read('Changes', ['Proposed changes are confirmed in writing within 10 business days.']),
    ).not.toHaveProperty('ticket_acknowledgement');
  });

  it('does not read a share of e-mails as the acknowledgement time, nor an abandon rate as the answer rate', () => {
    const terms = read('Service Desk', [
      '95% of e-mails are acknowledged within 2 hours.',
      'Weniger als 5 % der Anrufer legen vor der Annahme auf.',
    ]);
    expect(terms).toMatchObject({ abandon_rate: '5 (5 %)' });
    expect(terms).not.toHaveProperty('ticket_acknowledgement');
    expect(terms).not.toHaveProperty('call_answer_rate');
  });
});

describe('software as a service', () => {
  it('reads recovery, releases, the data at the end, the sandbox, audits and onboarding (German prose)', () => {
    expect(
      read('Betrieb der Anwendung', [
        'Die Wiederanlaufzeit (RTO) beträgt 8 Stunden, der maximale Datenverlust (RPO) 1 Stunde.',
        'Neue Hauptversionen kündigt der Anbieter mindestens 4 Wochen vorher an.',
        'Die Abkündigung von Schnittstellen erfolgt mit einem Vorlauf von 12 Monaten.',
        'Nach Vertragsende kann der Kunde seine Daten noch 60 Tage exportieren; danach werden sie binnen 30 Tagen gelöscht.',
        'Die Testumgebung wird mindestens alle 3 Monate mit Produktivdaten aktualisiert.',
        'Prüfungen vor Ort kündigt der Kunde mindestens zwei Wochen vorher an.',
        'Die Einrichtung des Mandanten erfolgt spätestens 10 Werktage nach Vertragsschluss.',
      ]),
    ).toEqual({
      recovery_time: '8 hours (8 Stunden)',
      recovery_point: '1 hours (1 Stunde)',
      release_notice: '4 weeks (4 Wochen)',
      deprecation_notice: '12 months (12 Monaten)',
      data_export_period: '60 days (60 Tage)',
      data_deletion_period: '30 days (30 Tagen)',
      sandbox_refresh: '3 months (3 Monate)',
      audit_notice: '2 weeks (zwei Wochen)',
      onboarding_period: '10 business-days (10 Werktage)',
    });
  });

  it('reads them in English prose, the recovery time also where a disaster is restored', () => {
    expect(
      read('Cloud service', [
        'After a disaster the production environment is available again within 6 hours.',
        'New major releases are announced at least 30 days before they go live.',
        'Features are deprecated with at least 6 months’ notice.',
        'After termination the customer may download its data for 90 days. All customer data is deleted within 14 days after the export period ends.',
        'The sandbox is refreshed from production every 4 weeks.',
        'The customer may audit the provider once a year with 30 days’ notice.',
        'The provider completes onboarding within 15 business days of contract signature.',
        'The subscription covers up to 500 named users.',
      ]),
    ).toEqual({
      recovery_time: '6 hours (6 hours)',
      release_notice: '30 days (30 days)',
      deprecation_notice: '6 months (6 months)',
      data_export_period: '90 days (90 days)',
      data_deletion_period: '14 days (14 days)',
      sandbox_refresh: '4 weeks (4 weeks)',
      audit_notice: '30 days (30 days)',
      onboarding_period: '15 business-days (15 business days)',
      covered_users: '500 (500)',
    });
  });

  it('reads how often the test environment is refreshed when written as a word', () => {
    expect(read('Testumgebung', ['Die Sandbox wird monatlich mit Produktivdaten aktualisiert.'])).toEqual({
      sandbox_refresh: '1 months (monatlich)',
    });
    expect(read('Staging', ['The staging environment is refreshed from production weekly.'])).toEqual({
      sandbox_refresh: '1 weeks (weekly)',
    });
  });

  it('reads a German and an English key-value table', () => {
    expect(
      read('Service-Level der Anwendung', [
        [
          ['Kennwert', 'Zielwert'],
          ['Wiederanlaufzeit (RTO)', '4 Stunden'],
          ['Ankündigung neuer Hauptversionen', '6 Wochen vorher'],
          ['Datenexport nach Vertragsende', '30 Tage'],
          ['Löschung nach Ende des Exports', '14 Tage'],
          ['Aktualisierung der Testumgebung', 'alle 3 Monate'],
        ],
      ]),
    ).toEqual({
      recovery_time: '4 hours (4 Stunden)',
      release_notice: '6 weeks (6 Wochen)',
      data_export_period: '30 days (30 Tage)',
      data_deletion_period: '14 days (14 Tage)',
      sandbox_refresh: '3 months (3 Monate)',
    });
    expect(
      read('SaaS service levels', [
        [
          ['Item', 'Commitment'],
          ['Deprecation notice for APIs', '6 months'],
          ['Audit notice', '20 business days'],
          ['Onboarding after contract signature', '15 business days'],
        ],
      ]),
    ).toEqual({
      deprecation_notice: '6 months (6 months)',
      audit_notice: '20 business-days (20 business days)',
      onboarding_period: '15 business-days (15 business days)',
    });
  });

  it('leaves out what only looks like a SaaS term', () => {
    expect(
      read('Allgemeines', [
        'Die Kündigungsfrist beträgt 3 Monate; danach ist der Export nicht mehr möglich.',
        'Neue Releases erscheinen alle 4 Wochen.',
        'Auf Verlangen löscht der Anbieter personenbezogene Daten binnen 14 Tagen.',
        'Der Kunde kann jederzeit einen Export anfordern; dieser wird innerhalb von 2 Werktagen bereitgestellt.',
        'Audits finden einmal jährlich statt.',
        'Die Einrichtung neuer Benutzer erfolgt innerhalb von 1 Werktag.',
        'The customer may withdraw from the agreement with 3 months’ notice.',
        'Mean recovery time: 3 hours.',
      ]),
    ).toEqual({});
  });

  it('keeps an emergency priority a priority, and an incident’s recovery time its resolution', () => {
    expect(
      read('Störungen', ['Bei einem Notfall (Priorität 1) reagiert der Anbieter binnen 15 Minuten.']),
    ).toEqual({ p1_response: '15 minutes (15 Minuten)' });
    expect(
      read('Incident management', [
        [
          ['Priority', 'Response time', 'Service recovery time'],
          ['P1', '30 minutes', '4 hours'],
        ],
      ]),
    ).toEqual({ p1_response: '30 minutes (30 minutes)', p1_resolution: '4 hours (4 hours)' });
  });
});

describe('other wording, one sentence each', () => {
  it.each([
    ['Electrical power to each cabinet: 99.999% availability.', { power_availability: '99.999 (99.999%)' }],
    [
      'The data centre keeps temperature and humidity within the agreed range 99.9% of the time.',
      { cooling_availability: '99.9 (99.9%)' },
    ],
    ['Faulty parts will be swapped within 4 hours.', { hardware_replacement: '4 hours (4 hours)' }],
    ['Smart hands requests are handled within 2 hours.', { remote_hands_response: '2 hours (2 hours)' }],
    ['Customer visits require 48 hours’ notice.', { access_notice: '48 hours (48 hours)' }],
    [
      'New racks will be provisioned within 30 days of the order.',
      { expansion_lead_time: '30 days (30 days)' },
    ],
    ['Call abandonment must stay below 5%.', { abandon_rate: '5 (5%)' }],
    ['First-time fix rate: 70%.', { first_contact_resolution: '70 (70%)' }],
    ['Die Abbruchrate darf 8 % nicht überschreiten.', { abandon_rate: '8 (8 %)' }],
    [
      'Die Quote der im Erstkontakt gelösten Tickets liegt bei mindestens 70 %.',
      { first_contact_resolution: '70 (70 %)' },
    ],
    [
      'Written tickets receive an automatic acknowledgement within 15 minutes.',
      { ticket_acknowledgement: '15 minutes (15 minutes)' },
    ],
    [
      'Standard requests are completed within 3 working days.',
      { request_fulfilment: '3 business-days (3 working days)' },
    ],
    [
      'A service credit of 3% of the monthly fee applies for each KPI missed.',
      { kpi_credit: '3 (3%)', credit_base: 'monthly (of the monthly fee)' },
    ],
    [
      'The RTO is 4 hours and the RPO is 15 minutes.',
      { recovery_time: '4 hours (4 hours)', recovery_point: '15 minutes (15 minutes)' },
    ],
    [
      'Im Notfall ist der Dienst nach spätestens 12 Stunden wiederhergestellt (RTO).',
      { recovery_time: '12 hours (12 Stunden)' },
    ],
    [
      'The provider will give 90 days’ notice before removing any feature.',
      { deprecation_notice: '90 days (90 days)' },
    ],
    [
      'Major-Releases werden mindestens 8 Wochen vorab angekündigt.',
      { release_notice: '8 weeks (8 Wochen)' },
    ],
    [
      'Customer data can be exported for 30 days after the contract ends; it is then purged within 60 days.',
      { data_export_period: '30 days (30 days)', data_deletion_period: '60 days (60 days)' },
    ],
    [
      'Alle Daten werden spätestens 90 Tage nach Vertragsbeendigung gelöscht.',
      { data_deletion_period: '90 days (90 Tage)' },
    ],
    [
      'The test environment is synchronised with production at least every 14 days.',
      { sandbox_refresh: '14 days (14 days)' },
    ],
    ['Audits sind 30 Tage im Voraus anzumelden.', { audit_notice: '30 days (30 Tage)' }],
    [
      'Das Onboarding dauert höchstens 4 Wochen ab Vertragsunterzeichnung.',
      { onboarding_period: '4 weeks (4 Wochen)' },
    ],
  ] as [string, Found][])('%s', (sentence, expected) => {
    expect(read('Leistungen', [sentence])).toEqual(expected);
  });
});
