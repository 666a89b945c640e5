import { describe, expect, it } from 'vitest';
import { Term } from '../model/term';
import { recogniseTerms } from './recogniseTerms';
import type { Recognition, RecognitionBlock } from './recognition';
import { foundTerms, type Found } from './testing/foundTerms';

/** Recognises one clause and returns `id → "value unit (as written)"`, plus the note codes. */
function read(
  heading: string,
  blocks: (string | string[][])[],
  language?: 'de' | 'en',
): { terms: Found; notes: string[]; result: Recognition } {
  const input = {
    ...(language ? { language } : {}),
    clauses: [
      {
        heading,
        blocks: blocks.map((b): RecognitionBlock =>
          typeof b === 'string' ? { type: 'text', text: b } : { type: 'table', rows: b },
        ),
      },
    ],
  };
  const result = recogniseTerms(input);
  return { terms: foundTerms(result), notes: result.notes.map((n) => n.code), result };
}

describe('availability and its period', () => {
  it.each([
    [
      'Availability',
      'The service is available 99.9% of the time in each calendar month.',
      '99.9 (99.9%)',
      'monthly (in each calendar month)',
    ],
    [
      'Service levels',
      'Guaranteed uptime: 99.95 per cent, measured per calendar quarter.',
      '99.95 (99.95 per cent)',
      'quarterly (per calendar quarter)',
    ],
    [
      'Verfügbarkeit',
      'Die Verfügbarkeit beträgt 99,5 % im Jahresmittel.',
      '99.5 (99,5 %)',
      'jährlich (Jahresmittel)',
    ],
    [
      'Leistungen',
      'Der Anbieter sichert eine monatliche Verfügbarkeit von 99,8 Prozent zu.',
      '99.8 (99,8 Prozent)',
      'monatlich (monatliche)',
    ],
  ])('%s: %s', (heading, text, availability, period) => {
    expect(read(heading, [text]).terms).toEqual({ availability, availability_period: period });
  });

  it('reads availability from a key-value table, the period from the row', () => {
    expect(
      read('Kennwerte', [
        [
          ['Kennwert', 'Zielwert'],
          ['Verfügbarkeit (pro Kalendermonat)', '99,9 %'],
        ],
      ]).terms,
    ).toEqual({
      availability: '99.9 (99,9 %)',
      availability_period: 'monatlich (pro Kalendermonat)',
    });
  });

  it('does not take other shares for the availability', () => {
    const { terms, notes } = read('Service levels', [
      '95% of calls are answered within 20 seconds.',
      'Packet loss stays below 0.1% and latency below 30 ms.',
      'All prices are subject to VAT at 19%.',
      'A discount of 10% applies to hardware.',
    ]);
    // The share of calls is the service desk's answer rate; its time is held in minutes.
    expect(terms).toEqual({
      call_answer_rate: '95 (95%)',
      call_answer_time: '0.3333 minutes (20 seconds)',
    });
    expect(notes).toContain('value-rounded');
  });

  it('reports different availabilities instead of choosing one', () => {
    const { terms, notes } = read('Availability', [
      'The web shop is available 99.9% of the time.',
      'The e-mail service is available 99.5% of the time.',
    ]);
    expect(terms.availability).toBeUndefined();
    expect(notes).toContain('conflicting-values');
  });

  it('keeps one term when the document repeats the same value', () => {
    const { result } = read('Availability', [
      'Target availability: 99.9%.',
      'For the avoidance of doubt, the target availability of 99.9% applies to each service.',
    ]);
    expect(result.terms.filter((t) => t.term.id === 'availability')).toHaveLength(1);
    expect(result.terms[0]).toMatchObject({ block: 0, text: '99.9%' });
  });

  it('treats "shall not fall below" as the target, "falls below" as a threshold', () => {
    expect(
      read('Verfügbarkeit', ['Die Verfügbarkeit darf 99,5 % nicht unterschreiten.']).terms.availability,
    ).toBe('99.5 (99,5 %)');
    expect(read('Availability', ['Availability shall not fall below 99.7%.']).terms.availability).toBe(
      '99.7 (99.7%)',
    );
  });
});

describe('response and resolution per priority', () => {
  it('reads prose with number words, "within", "innerhalb von" and "spätestens"', () => {
    expect(
      read('Incidents', [
        'For Priority 1 incidents the Provider responds within thirty (30) minutes and restores the service within four (4) hours.',
        'Priority 2 incidents are answered within 2 hours and resolved within 1 business day.',
      ]).terms,
    ).toEqual({
      p1_response: '30 minutes (thirty (30) minutes)',
      p1_resolution: '4 hours (four (4) hours)',
      p2_response: '2 hours (2 hours)',
      p2_resolution: '1 business-days (1 business day)',
    });
    expect(
      read('Störungen', [
        'Bei Störungen der Priorität 1 reagiert der Anbieter innerhalb von 15 Minuten; die Behebung erfolgt spätestens nach 4 Std.',
      ]).terms,
    ).toEqual({ p1_response: '15 minutes (15 Minuten)', p1_resolution: '4 hours (4 Std.)' });
  });

  it('splits "response and resolution" pairs in order', () => {
    expect(
      read('Service levels', ['Response and resolution times: P1 30 min / 4 h, P2 1 h / 8 h.']).terms,
    ).toEqual({
      p1_response: '30 minutes (30 min)',
      p1_resolution: '4 hours (4 h)',
      p2_response: '1 hours (1 h)',
      p2_resolution: '8 hours (8 h)',
    });
    expect(
      read('Servicelevel', [
        [
          ['Störungsklasse', 'Reaktions-/Wiederherstellungszeit'],
          ['Klasse A (kritisch)', '30 Min. / 4 Std.'],
        ],
      ]).terms,
    ).toEqual({ p1_response: '30 minutes (30 Min.)', p1_resolution: '4 hours (4 Std.)' });
  });

  it('reads tables with priorities as rows, as columns, or as bare numbers under a priority header', () => {
    const rows = read('Reaktionszeiten', [
      [
        ['Priorität', 'Reaktionszeit', 'Lösungszeit'],
        ['Priorität 1 – kritisch', '1 Std.', '4 Std.'],
        ['Priorität 2 – hoch', '2 Std.', '8 Std.'],
      ],
    ]).terms;
    const columns = read('Reaktionszeiten', [
      [
        ['', 'Prio 1', 'Prio 2'],
        ['Reaktionszeit', '1 Std.', '2 Std.'],
        ['Lösungszeit', '4 Std.', '8 Std.'],
      ],
    ]).terms;
    const bare = read('Reaktionszeiten', [
      [
        ['Priorität', 'Reaktionszeit (h)', 'Lösungszeit (h)'],
        ['1', '1', '4'],
        ['2', '2', '8'],
      ],
    ]).terms;
    const expected = ['p1_response', 'p1_resolution', 'p2_response', 'p2_resolution'];
    for (const terms of [rows, columns, bare]) expect(Object.keys(terms).sort()).toEqual(expected.sort());
    expect(rows.p2_resolution).toBe('8 hours (8 Std.)');
    expect(columns.p2_resolution).toBe('8 hours (8 Std.)');
    expect(bare.p2_resolution).toBe('8 hours (8)');
  });

  it('orders names alone by urgency', () => {
    const { terms, result } = read('Support', [
      [
        ['Severity', 'Response', 'Resolution'],
        ['High', '1 hour', '1 business day'],
        ['Medium', '4 hours', '3 business days'],
        ['Low', '1 business day', '10 business days'],
      ],
    ]);
    expect(terms.p1_response).toBe('1 hours (1 hour)');
    expect(terms.p3_resolution).toBe('10 business-days (10 business days)');
    expect(result.priorities).toEqual([
      { level: 1, name: 'High' },
      { level: 2, name: 'Medium' },
      { level: 3, name: 'Low' },
    ]);
  });

  it('reverses priorities numbered from least to most urgent, with a note', () => {
    const { terms, notes } = read('Incident priorities', [
      'Priority 1 (Low): response within 2 business days.',
      'Priority 2 (Medium): response within 8 hours.',
      'Priority 3 (High): response within 2 hours.',
      'Priority 4 (Critical): response within 15 minutes.',
    ]);
    expect(terms).toEqual({
      p1_response: '15 minutes (15 minutes)',
      p2_response: '2 hours (2 hours)',
      p3_response: '8 hours (8 hours)',
      p4_response: '2 business-days (2 business days)',
    });
    expect(notes).toContain('priorities-reversed');
  });

  it('reads one time for every incident as priority 1 when the document has no priorities, and says so', () => {
    const { terms, notes } = read('Support', ['The Provider responds to every incident within 2 hours.']);
    expect(terms).toEqual({ p1_response: '2 hours (2 hours)' });
    expect(notes).toContain('uniform-times-as-p1');
  });

  it('leaves out what is not a priority target: status updates, escalation, averages, ranges; the RTO is the recovery time', () => {
    const { terms, notes } = read('Incident handling', [
      'P1: response within 15 minutes; status updates every 30 minutes.',
      'If a P1 incident is not resolved within 2 hours it is escalated to the service manager.',
      'Mean time to repair (MTTR): 5 hours.',
      'Recovery time objective (RTO): 4 hours.',
      'P2: resolution within 2–4 hours.',
    ]);
    expect(terms).toEqual({
      p1_response: '15 minutes (15 minutes)',
      recovery_time: '4 hours (4 hours)',
    });
    expect(notes).toContain('range-not-used');
  });

  it('does not guess a priority for a time that names none', () => {
    const { terms, notes } = read('Service desk', [
      'P1 incidents: response within 15 minutes.',
      'Other incidents get a response within 4 hours.',
      // Acknowledging written tickets is a term of its own, not a priority's response time.
      'E-mails are acknowledged within 4 hours.',
    ]);
    expect(terms).toEqual({
      p1_response: '15 minutes (15 minutes)',
      ticket_acknowledgement: '4 hours (4 hours)',
    });
    expect(notes).toContain('priority-unknown');
  });

  it('notes a time whose digits cannot be read safely', () => {
    expect(read('Support', ['P1: response within 1.500 hours.']).notes).toContain('unreadable-value');
  });
});

describe('service credits', () => {
  it('reads bands from prose, in order of the threshold', () => {
    expect(
      read('Service credits', [
        'If monthly availability falls below 99.5%, the credit is 10% of the monthly fee; below 99.9%, 5%; below 99.0%, 25%.',
      ]).terms,
    ).toMatchObject({
      credit_band1_below: '99.9 (99.9%)',
      credit_band1_credit: '5 (5%)',
      credit_band2_below: '99.5 (99.5%)',
      credit_band2_credit: '10 (10%)',
      credit_band3_below: '99 (99.0%)',
      credit_band3_credit: '25 (25%)',
    });
  });

  it('reads bands from a table with ranges and from a transposed table', () => {
    const ranges = read('Gutschriften', [
      [
        ['Verfügbarkeit', 'Gutschrift'],
        ['99,5 % – 99,9 %', '5 %'],
        ['99,0 % – < 99,5 %', '10 %'],
        ['< 99,0 %', '20 %'],
        ['≥ 99,9 %', 'keine'],
      ],
    ]).terms;
    expect(ranges).toEqual({
      credit_band1_below: '99.9 (99,9 %)',
      credit_band1_credit: '5 (5 %)',
      credit_band2_below: '99.5 (99,5 %)',
      credit_band2_credit: '10 (10 %)',
      credit_band3_below: '99 (99,0 %)',
      credit_band3_credit: '20 (20 %)',
    });
    const transposed = read('Service credits', [
      [
        ['Availability below', '99.9%', '99.5%'],
        ['Credit', '5%', '15%'],
      ],
    ]).terms;
    expect(transposed).toEqual({
      credit_band1_below: '99.9 (99.9%)',
      credit_band1_credit: '5 (5%)',
      credit_band2_below: '99.5 (99.5%)',
      credit_band2_credit: '15 (15%)',
    });
  });

  it('reads the cap and the claim deadline', () => {
    expect(
      read('Gutschriften', [
        'Gutschriften sind insgesamt auf 25 % des Monatsentgelts begrenzt.',
        'Der Kunde muss Gutschriften innerhalb von 30 Tagen nach Monatsende schriftlich geltend machen.',
      ]).terms,
    ).toEqual({
      credit_cap: '25 (25 %)',
      credit_base: 'monatlich (des Monatsentgelts)',
      credit_claim_deadline: '30 days (30 Tagen)',
    });
  });

  it('notes formulas, lower bounds only and credits as money instead of inventing bands', () => {
    expect(
      read('Service credits', ['A credit of 1% applies for each 0.1% below the target.']).notes,
    ).toContain('credit-formula');
    const lower = read('Service credits', [
      [
        ['Availability', 'Credit'],
        ['≥ 99.5%', '5%'],
        ['≥ 99.0%', '10%'],
      ],
    ]);
    expect(lower.terms).toEqual({});
    expect(lower.notes).toContain('credit-band-incomplete');
    const money = read('Service credits', [
      'For each hour of downtime the customer receives a credit of EUR 100.',
    ]);
    expect(money.terms).toEqual({});
    expect(money.notes).toContain('credit-not-percent');
  });
});

describe('liability, fees', () => {
  it('reads the liability cap as money or as a share of the fees', () => {
    expect(read('Liability', ['Liability is limited to EUR 500,000 per contract year.']).terms).toEqual({
      liability_cap: '500000 EUR (EUR 500,000)',
    });
    expect(read('Haftung', ['Die Haftung ist auf 100 % der jährlichen Vergütung begrenzt.']).terms).toEqual({
      liability_cap: '100 (100 %)',
    });
    expect(read('Haftung', ['Die Haftung ist auf CHF 2 Mio. beschränkt.']).terms).toEqual({
      liability_cap: '2000000 CHF (CHF 2 Mio.)',
    });
  });

  it('prefers the aggregate cap and notes special caps and shares above 100 %', () => {
    const { terms, notes } = read('Limitation of liability', [
      'Liability per incident is limited to EUR 100,000 and in aggregate to EUR 400,000 per year.',
      'Liability for data loss is limited to EUR 20,000.',
      'Indemnities are capped at 150% of the annual fees.',
    ]);
    expect(terms).toEqual({ liability_cap: '400000 EUR (EUR 400,000)' });
    expect(notes).toEqual(expect.arrayContaining(['liability-special', 'value-out-of-range']));
  });

  it('reads monthly and annual fees, and leaves unit prices, one-off fees and other periods alone', () => {
    expect(read('Charges', ['The monthly fee is USD 4,200.']).terms).toEqual({
      monthly_fee: '4200 USD (USD 4,200)',
    });
    expect(read('Vergütung', ['Das Jahresentgelt beträgt 48.000,00 €.']).terms).toEqual({
      annual_fee: '48000 EUR (48.000,00 €)',
    });
    const { terms, notes } = read('Prices', [
      'A one-off setup fee of EUR 900 applies.',
      'Additional users: EUR 12 per user per month.',
      'The fee is EUR 6,000 per quarter.',
    ]);
    expect(terms).toEqual({});
    expect(notes).toEqual(expect.arrayContaining(['unit-price', 'fee-period-unknown']));
  });
});

describe('maintenance, bonus, chronic failure, reporting, review and the rest', () => {
  it('reads maintenance notice, the monthly allowance and the window', () => {
    expect(
      read('Wartung', [
        'Wartungsarbeiten werden mindestens 5 Werktage im Voraus angekündigt und finden samstags von 22:00 bis 02:00 Uhr statt.',
        'Wartungsarbeiten dürfen insgesamt höchstens 6 Stunden pro Monat in Anspruch nehmen.',
      ]).terms,
    ).toEqual({
      maintenance_notice: '5 business-days (5 Werktage)',
      maintenance_window_slot: 'samstags von 22:00 bis 02:00 Uhr (samstags von 22:00 bis 02:00 Uhr)',
      maintenance_window_hours: '6 hours (6 Stunden)',
    });
  });

  it('reads the bonus threshold and amount', () => {
    expect(
      read('Performance bonus', [
        'If availability reaches at least 99.98% in a month, the provider may invoice a bonus of 2% of the monthly fee.',
      ]).terms,
    ).toMatchObject({ bonus_threshold: '99.98 (99.98%)', bonus_amount: '2 (2%)' });
  });

  it('reads chronic failure: missed months, window, notice', () => {
    expect(
      read('Termination for chronic failure', [
        'If the availability target is missed more than twice within any period of 6 months, the customer may terminate with 14 days’ notice.',
      ]).terms,
    ).toEqual({
      chronic_failure_months: '3 (twice)',
      chronic_failure_window: '6 months (6 months)',
      chronic_failure_notice: '14 days (14 days)',
    });
  });

  it('reads reporting and review, in words or in numbers', () => {
    expect(
      read('Reporting', [
        'The provider sends a service report quarterly, no later than 10 business days after the end of the quarter.',
      ]).terms,
    ).toEqual({
      report_interval: 'quarterly (quarterly)',
      report_due: '10 business-days (10 business days)',
    });
    expect(read('Überprüfung', ['Die Parteien überprüfen dieses SLA jährlich.']).terms).toEqual({
      review_interval: '12 months (jährlich)',
    });
    expect(read('Governance', ['The parties review the agreement at least every 6 months.']).terms).toEqual({
      review_interval: '6 months (6 months)',
    });
  });

  it('reads change requests, force majeure, security notices, backups, on-site arrival and the check interval', () => {
    expect(
      read('Other service levels', [
        'Change requests are answered within 5 business days.',
        'If force majeure lasts longer than 30 days, either party may terminate.',
        'The provider notifies the customer of a security incident within 24 hours.',
        'Backups are retained for 30 days; the maximum data loss (RPO) is 4 hours.',
        'An on-site technician arrives within 8 hours.',
        'Availability is measured by checks every 60 seconds.',
      ]).terms,
    ).toEqual({
      change_response: '5 business-days (5 business days)',
      force_majeure_exit: '30 days (30 days)',
      security_notice: '24 hours (24 hours)',
      backup_retention: '30 days (30 days)',
      recovery_point: '4 hours (4 hours)',
      onsite_arrival: '8 hours (8 hours)',
      measurement_interval: '1 minutes (60 seconds)',
    });
  });

  it('reads service hours as our option when they match one, as written otherwise', () => {
    expect(read('Service hours', ['Service hours are Monday to Friday, 08:00 to 18:00.']).terms).toEqual({
      service_hours: 'Monday to Friday, 08:00 to 18:00 (Monday to Friday, 08:00 to 18:00)',
    });
    expect(read('Servicezeiten', ['Die Servicezeit ist Mo–Fr 9–17 Uhr.']).terms).toEqual({
      service_hours: 'Mo–Fr 9–17 Uhr (Mo–Fr 9–17 Uhr)',
    });
    expect(read('Service hours', ['Support is available 24/7.']).terms.service_hours).toBe(
      'around the clock, every day of the year (24/7)',
    );
  });
});

describe('more wording', () => {
  it.each([
    [
      'The Supplier guarantees that the Services will be Available for not less than 99.5% of the Core Hours in any Month.',
      { availability: '99.5 (99.5%)', availability_period: 'monthly (in any Month)' },
    ],
    [
      'Target: Uptime ≥ 99.95 % (monthly)',
      { availability: '99.95 (99.95 %)', availability_period: 'monthly (monthly)' },
    ],
    [
      'Severity 1 Incidents shall be acknowledged within fifteen minutes and a workaround shall be provided within two hours.',
      { p1_response: '15 minutes (fifteen minutes)', p1_resolution: '2 hours (two hours)' },
    ],
    [
      'Response Time: P1 – 1 Hour; P2 – 4 Hours; P3 – Next Business Day; P4 – 3 Business Days',
      {
        p1_response: '1 hours (1 Hour)',
        p2_response: '4 hours (4 Hours)',
        p4_response: '3 business-days (3 Business Days)',
      },
    ],
    [
      'Service credits will not exceed, in total, 20% of the monthly charges in any month.',
      { credit_cap: '20 (20%)', credit_base: 'monthly (of the monthly charges)' },
    ],
    [
      "In no event shall either party's liability exceed two million euros (EUR 2,000,000).",
      { liability_cap: '2000000 EUR (two million euros)' },
    ],
    [
      'Maintenance windows: every Sunday 01:00–05:00 CET; notice at least 10 business days prior.',
      {
        maintenance_window_slot: 'every Sunday 01:00–05:00 (every Sunday 01:00–05:00)',
        maintenance_notice: '10 business-days (10 business days)',
      },
    ],
    [
      'Die garantierte Verfügbarkeit liegt bei 99,7 % bezogen auf das Kalenderjahr.',
      { availability: '99.7 (99,7 %)', availability_period: 'jährlich (Kalenderjahr)' },
    ],
    [
      'Reaktionszeit bei Störungen der Priorität A: 30 Minuten; Priorität B: 2 Stunden; Priorität C: 1 Arbeitstag.',
      {
        p1_response: '30 minutes (30 Minuten)',
        p2_response: '2 hours (2 Stunden)',
        p3_response: '1 business-days (1 Arbeitstag)',
      },
    ],
    [
      'Der Auftragnehmer behebt betriebsverhindernde Störungen binnen 24 Stunden, betriebsbehindernde binnen 3 Werktagen.',
      { p1_resolution: '24 hours (24 Stunden)', p2_resolution: '3 business-days (3 Werktagen)' },
    ],
    [
      'Für Ausfälle von mehr als 4 Stunden am Stück erhält der Kunde eine Gutschrift von 10 % des Monatsentgelts.',
      {},
    ],
    [
      'The Provider shall pay liquidated damages of EUR 1,000 per hour of unavailability, capped at EUR 50,000 per month.',
      { credit_cap: '50000 EUR (EUR 50,000)' },
    ],
    [
      'Störungen der Kategorie 1 werden innerhalb von 60 Minuten nach Eingang bearbeitet und innerhalb von 6 Stunden behoben.',
      { p1_response: '60 minutes (60 Minuten)', p1_resolution: '6 hours (6 Stunden)' },
    ],
    [
      'Der Auftragnehmer haftet für Schäden bis zu einem Betrag von 50.000 EUR je Schadensfall und insgesamt höchstens 200.000 EUR pro Vertragsjahr.',
      { liability_cap: '200000 EUR (200.000 EUR)' },
    ],
    ['Fees: £1,250 per month, payable quarterly in advance.', { monthly_fee: '1250 GBP (£1,250)' }],
    [
      'Reaktionszeit (werktags 8–18 Uhr): Prio 1: 1 h, Prio 2: 4 h, Prio 3: 8 h',
      { p1_response: '1 hours (1 h)', p2_response: '4 hours (4 h)', p3_response: '8 hours (8 h)' },
    ],
  ])('%s', (sentence, expected) => {
    expect(read('Leistungen', [sentence]).terms).toEqual(expected);
  });

  it('reads "the repair starts within" as the response, not the resolution', () => {
    expect(
      read('Leistungen', ['Die Entstörung beginnt spätestens 4 Stunden nach Eingang der Störungsmeldung.'])
        .terms,
    ).toEqual({
      p1_response: '4 hours (4 Stunden)',
    });
    expect(
      read('Support', ['The service desk starts work on P1 incidents within 30 minutes.']).terms,
    ).toEqual({
      p1_response: '30 minutes (30 minutes)',
    });
  });
});

describe('the recognition as a whole', () => {
  const input = {
    clauses: [
      {
        heading: 'Verfügbarkeit',
        blocks: [{ type: 'text' as const, text: 'Die Verfügbarkeit beträgt 99,9 % je Kalendermonat.' }],
      },
      {
        heading: 'Reaktionszeiten',
        blocks: [
          {
            type: 'text' as const,
            text: 'Priorität 1: Reaktionszeit 30 Minuten, Wiederherstellung innerhalb von 4 Stunden.',
          },
        ],
      },
    ],
  };

  it('detects the language, labels terms in it and gives valid terms in document order', () => {
    const result = recogniseTerms(input);
    expect(result.language).toBe('de');
    expect(result.terms.map((t) => t.term.id)).toEqual([
      'availability',
      'availability_period',
      'p1_response',
      'p1_resolution',
    ]);
    for (const t of result.terms) expect(Term.safeParse(t.term).success).toBe(true);
    expect(result.terms[0]!.term.label).toBe('Zielverfügbarkeit');
    expect(result.terms[2]!.term.label).toBe('Reaktionszeit P1');
    expect(recogniseTerms({ ...input, language: 'en' }).terms[0]!.term.label).toBe('Target availability');
  });

  it('never lets two terms cover the same characters', () => {
    const { result } = read('Service levels', ['P1 and P2: response within 1 hour.']);
    const spans = result.terms.map((t) => `${t.clause}:${t.block}:${t.start}`);
    expect(new Set(spans).size).toBe(spans.length);
  });

  it('gives each note as a sentence too', () => {
    const { result } = read('Support', ['The Provider responds to every incident within 2 hours.']);
    expect(result.warnings).toHaveLength(result.notes.length);
    expect(result.warnings[0]).toMatch(/"2 hours".*priority 1/);
  });

  it('never throws on odd text, and gives only valid terms', () => {
    const odd = [
      '\u0000\u0007\ud800 lone surrogate \udfff 99,9 %',
      '.'.repeat(20_000) + ' A',
      'der ' + 'a-'.repeat(5_000) + 'b',
      '1'.repeat(5_000) + ' %',
      '99,'.repeat(5_000),
      'within 4 hours and P1 '.repeat(2_000),
      'İİİ ẞ ﬁ 𝟗𝟗,𝟗 % Verfügbarkeit',
      'EUR 99999999999999999999 and 1e309 % and 10000000 hours',
    ];
    for (const text of odd) {
      const result = recogniseTerms({
        clauses: [
          {
            heading: text.slice(0, 200),
            blocks: [
              { type: 'text', text },
              { type: 'table', rows: [[text], [], ['', text, '']] },
            ],
          },
        ],
      });
      for (const t of result.terms) expect(Term.safeParse(t.term).success).toBe(true);
    }
  });

  it('copes with empty and odd input', () => {
    expect(recogniseTerms({ clauses: [] })).toMatchObject({ terms: [], priorities: [], warnings: [] });
    const odd = recogniseTerms({
      clauses: [
        {
          heading: '',
          blocks: [
            { type: 'text', text: '' },
            { type: 'table', rows: [] },
            { type: 'table', rows: [[]] },
          ],
        },
      ],
    });
    expect(odd.terms).toEqual([]);
  });
});
