import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { agreementTermsFrom, type AgreementTerms } from '../agreementTerms';
import { measurePeriod, toMeasured } from '../measure';
import { monthPeriod } from '../periods';
import { customerPaperDocument, templateTerms } from '../testing/agreements';
import { parseIncidentsCsv, type ParseIncidentsOptions } from './parseIncidentsCsv';

const BERLIN = 'Europe/Berlin';
const fixture = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/incidents/${name}`, import.meta.url), 'utf8');
const premium = templateTerms('premium', 'en');
const AFTER = { now: Date.parse('2026-12-15T12:00:00Z') };

function read(name: string, terms: AgreementTerms, extra: Partial<ParseIncidentsOptions> = {}) {
  return parseIncidentsCsv(fixture(name), { timeZone: BERLIN, priorities: terms.priorities, ...extra });
}

function october(terms: AgreementTerms, parsed: ReturnType<typeof read>) {
  return measurePeriod(terms, parsed.valid.map(toMeasured), monthPeriod('2026-10', BERLIN), AFTER);
}

const breaches = (m: ReturnType<typeof october>) => m.priorities.map((p) => p.response.breached);

describe('typical exports import without more than a column mapping', () => {
  it('an on-call tool: created_on/resolved_on with offsets, seconds to first ack, P1…', () => {
    const parsed = read('pagerduty-incidents.csv', premium);
    expect(parsed.fileProblems).toEqual([]);
    expect(parsed.rows.every((row) => row.problems.length === 0)).toBe(true);
    expect(parsed.valid).toHaveLength(6);
    expect(parsed.valid[0]).toMatchObject({
      kind: 'outage',
      start: '2026-10-03T00:11:00.000Z',
      end: '2026-10-03T00:58:00.000Z',
      respondedAt: '2026-10-03T00:20:00.000Z',
      priority: 1,
      reference: 'Q1X7ZK2M4A9B3C',
    });
    const m = october(premium, parsed);
    // 47 + 45 + 12 + 40 (the night clocks went back) + 20 (to midnight) + 5 minutes.
    expect(m.downtimeMinutes).toBe(169);
    expect(breaches(m)).toEqual([1, 0, 0, 0]);
  });

  it('an alerting tool: epoch milliseconds, P5 unknown to a four-priority agreement', () => {
    const parsed = read('opsgenie-alerts.csv', premium);
    expect(parsed.valid).toHaveLength(3);
    expect(parsed.rows[3]?.problems).toEqual([{ code: 'unknown-priority', value: 'P5' }]);
    expect(parsed.unknownPriorities).toEqual(['P5']);
    expect(october(premium, parsed).downtimeMinutes).toBe(165);
    // Mapped by hand in the preview, the P5 row imports too.
    const mapped = read('opsgenie-alerts.csv', premium, { priorityMap: { P5: 4 } });
    expect(mapped.valid).toHaveLength(4);
    expect(mapped.valid[3]?.priority).toBe(4);
  });

  it('a ticketing tool: 06/Oct/26 9:14 AM, Highest/High/Medium, first response in a custom field mapped by hand', () => {
    const business = templateTerms('business', 'en');
    const unmapped = read('jira-service-management.csv', business);
    expect(unmapped.mapping.respondedAt).toBeNull();
    expect(unmapped.headers[10]).toBe('Custom field (First response)');
    const parsed = read('jira-service-management.csv', business, { mapping: { respondedAt: 10 } });
    expect(parsed.valid.map((i) => [i.kind, i.priority])).toEqual([
      ['outage', 1],
      ['outage', 2],
      ['ticket', 3],
      ['outage', 1],
    ]);
    const m = october(business, parsed);
    // Within Mo–Fr 07:00–20:00: 90 + (90 + 180) + 495 minutes; the service request is no downtime.
    expect(m.downtimeMinutes).toBe(855);
    expect(m.minutesInPeriod).toBe(22 * 780);
    expect(breaches(m)).toEqual([1, 0, 0]);
    expect(m.priorities[0]?.resolution.breached).toBe(1);
  });

  it('an ITSM tool: local wall-clock times, 1 - Critical, resolved before closed', () => {
    const business = templateTerms('business', 'de');
    const parsed = read('servicenow-incidents.csv', business);
    expect(parsed.mapping.resolvedAt).toBe(parsed.headers.indexOf('resolved_at'));
    expect(parsed.valid.map((i) => i.priority)).toEqual([1, 2, 3, 3, 1]);
    const m = october(business, parsed);
    // 48 + (30 + 90) + 0 (Saturday) + 30 + 120 (Friday evening; Monday belongs to November).
    expect(m.downtimeMinutes).toBe(318);
    const november = measurePeriod(
      business,
      parsed.valid.map(toMeasured),
      monthPeriod('2026-11', BERLIN),
      AFTER,
    );
    expect(november.downtimeMinutes).toBe(120);
  });

  it('a help desk: Urgent/High/Normal and first reply in minutes, read as tickets', () => {
    const basic = templateTerms('basic', 'de');
    const parsed = read('zendesk-tickets.csv', basic, { treatAs: 'tickets' });
    expect(parsed.valid.map((i) => [i.kind, i.priority])).toEqual([
      ['ticket', 1],
      ['ticket', 3],
      ['ticket', 2],
      ['ticket', 1],
    ]);
    expect(parsed.valid[0]?.respondedAt).toBe('2026-10-05T07:05:00.000Z');
    const m = october(basic, parsed);
    expect(m.downtimeMinutes).toBe(0);
    // 5 hours to the first reply on an urgent ticket: over the 4 hours agreed.
    expect(breaches(m)).toEqual([1, 0, 0]);
  });

  it('an uptime monitor’s event log: Down events with a duration, Up/Paused/Started skipped', () => {
    const parsed = read('uptimerobot-log.csv', premium);
    expect(parsed.mapping.duration).toBe(4);
    expect(parsed.valid).toHaveLength(3);
    expect(parsed.rows.filter((row) => row.skipped).map((row) => row.notes[0])).toEqual([
      { code: 'skipped-event', value: 'Up' },
      { code: 'skipped-event', value: 'Up' },
      { code: 'skipped-event', value: 'Up' },
      { code: 'skipped-event', value: 'Paused' },
      { code: 'skipped-event', value: 'Started' },
    ]);
    expect(october(premium, parsed).downtimeMinutes).toBe(18 + 65 + 30);
  });

  it('an uptime monitor’s incident list: ISO Z times, one into November', () => {
    const parsed = read('betteruptime-incidents.csv', premium);
    expect(parsed.valid).toHaveLength(2);
    expect(october(premium, parsed).downtimeMinutes).toBe(45 + 30);
  });

  it('a hand-kept German list: semicolons, 06.10.2026 09:14, Art and Störungsklasse', () => {
    const paper = agreementTermsFrom(customerPaperDocument());
    const parsed = read('leitstand-stoerungen.csv', paper);
    expect(parsed.delimiter).toBe(';');
    expect(parsed.valid.map((i) => [i.reference, i.kind, i.priority])).toEqual([
      ['S-2026-101', 'outage', 1],
      ['S-2026-102', 'maintenance', null],
      ['S-2026-103', 'outage', 2],
      ['S-2026-104', 'ticket', 3],
    ]);
    expect(parsed.valid[0]?.note).toBe('Firewall-Cluster; Failover hing');
    expect(parsed.rows[3]?.notes).toEqual([{ code: 'ongoing' }]);
    const m = october(paper, parsed);
    // The Saturday maintenance lies inside its window and allowance.
    expect(m.maintenanceExcludedMinutes).toBe(120);
    expect(m.downtimeMinutes).toBe(45 + 30);
  });
});

describe('bad input: every row’s problem, nothing half-imported', () => {
  const parsed = read('problems.csv', premium);

  it('names each row’s problem and keeps only the good rows', () => {
    expect(parsed.rows.map((row) => [row.line, row.problems])).toEqual([
      [2, []],
      [3, [{ code: 'bad-date', field: 'start', value: '05.10.2026 25:99' }]],
      [4, [{ code: 'end-before-start', field: 'end', value: '2026-10-06 11:00' }]],
      [5, [{ code: 'unknown-priority', value: 'P9' }]],
      [6, [{ code: 'duplicate', ofRow: 2 }]],
      [7, [{ code: 'missing-value', field: 'start' }]],
      [8, [{ code: 'bad-date', field: 'end', value: 'around noon' }]],
      [9, []],
    ]);
    expect(parsed.rows[7]?.skipped).toBe(true);
    expect(parsed.valid).toEqual([
      expect.objectContaining({ reference: 'A-1', start: '2026-10-05T08:00:00.000Z' }),
    ]);
    expect(parsed.rows.filter((row) => row.problems.length > 0).every((row) => row.incident === null)).toBe(
      true,
    );
  });

  it('refuses the whole file when a needed column is missing', () => {
    const result = parseIncidentsCsv('ref;priority\nA-1;P1\n', {
      timeZone: BERLIN,
      priorities: premium.priorities,
    });
    expect(result.fileProblems).toEqual([
      { code: 'missing-column', field: 'start' },
      { code: 'missing-column', field: 'end' },
    ]);
    expect(result.valid).toEqual([]);
  });

  it('refuses an empty file and one with headers only', () => {
    expect(parseIncidentsCsv('', { timeZone: BERLIN, priorities: [] }).fileProblems).toEqual([
      { code: 'empty-file' },
    ]);
    expect(parseIncidentsCsv('start,end\n', { timeZone: BERLIN, priorities: [] }).fileProblems).toEqual([
      { code: 'empty-file' },
    ]);
  });

  it('finds a row already imported, by reference or by its times', () => {
    const again = read('problems.csv', premium, {
      existing: [
        {
          kind: 'outage',
          start: '2026-10-05T08:00:00.000Z',
          end: '2026-10-05T08:30:00.000Z',
          reference: 'A-1',
        },
      ],
    });
    expect(again.rows[0]?.problems).toEqual([{ code: 'duplicate', ofRow: null }]);
    const byTime = parseIncidentsCsv('start,end\n2026-10-05 10:00,2026-10-05 10:30\n', {
      timeZone: BERLIN,
      priorities: [],
      existing: [
        { kind: 'outage', start: '2026-10-05T08:00:00.000Z', end: '2026-10-05T08:30:00.000Z', reference: '' },
      ],
    });
    expect(byTime.rows[0]?.problems).toEqual([{ code: 'duplicate', ofRow: null }]);
  });

  it('refuses incidents that start in the future', () => {
    const result = parseIncidentsCsv('start,end\n2027-01-05 10:00,2027-01-05 10:30\n', {
      timeZone: BERLIN,
      priorities: [],
      now: Date.parse('2026-12-01T00:00:00Z'),
    });
    expect(result.rows[0]?.problems).toEqual([{ code: 'in-future', value: '2027-01-05 10:00' }]);
  });

  it('notes overlapping outages, which are counted once', () => {
    const result = parseIncidentsCsv(
      'start,end\n2026-10-05 10:00,2026-10-05 10:30\n2026-10-05 10:15,2026-10-05 10:45\n',
      {
        timeZone: BERLIN,
        priorities: [],
      },
    );
    expect(result.valid).toHaveLength(2);
    expect(result.rows[1]?.notes).toEqual([{ code: 'overlaps', withRow: 2 }]);
  });
});

describe('reading files', () => {
  it('finds the header row below a title line and ignores a byte-order mark', () => {
    const text =
      '\uFEFFStörungsliste Oktober 2026\n\nBeginn;Ende;Priorität\n05.10.2026 10:00;05.10.2026 10:30;P1\n';
    const result = parseIncidentsCsv(text, { timeZone: BERLIN, priorities: premium.priorities });
    expect(result.headerLine).toBe(2);
    expect(result.rows[0]?.line).toBe(3);
    expect(result.valid).toHaveLength(1);
  });

  it('takes a column mapping by hand over the recognised one', () => {
    const text = 'when,until,what\n2026-10-05 10:00,2026-10-05 10:30,P1\n';
    const guessed = parseIncidentsCsv(text, { timeZone: BERLIN, priorities: premium.priorities });
    expect(guessed.fileProblems).toContainEqual({ code: 'missing-column', field: 'start' });
    const mapped = parseIncidentsCsv(text, {
      timeZone: BERLIN,
      priorities: premium.priorities,
      mapping: { start: 0, end: 1, priority: 2 },
    });
    expect(mapped.valid).toEqual([
      expect.objectContaining({ start: '2026-10-05T08:00:00.000Z', priority: 1 }),
    ]);
  });

  it('reads as many rows as the file has, in one pass', () => {
    const lines = Array.from({ length: 5_000 }, (_, i) => {
      const start = new Date(Date.UTC(2026, 9, 1) + i * 5 * 60_000).toISOString();
      const end = new Date(Date.UTC(2026, 9, 1) + (i * 5 + 1) * 60_000).toISOString();
      return `${i},${start},${end},P${(i % 4) + 1}`;
    });
    const result = parseIncidentsCsv(`id,start,end,priority\n${lines.join('\n')}\n`, {
      timeZone: BERLIN,
      priorities: premium.priorities,
    });
    expect(result.valid).toHaveLength(5_000);
  });
});
