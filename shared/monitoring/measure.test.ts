import { describe, expect, it } from 'vitest';
import { agreementTermsFrom } from './agreementTerms';
import { measurePeriod, type MeasuredIncident } from './measure';
import { monthPeriod, quarterPeriod } from './periods';
import { customerPaperDocument, incident, templateTerms } from './testing/agreements';
import { localDateKey } from './timeZone';
import { warningsFor } from './warnings';

const BERLIN = 'Europe/Berlin';
const AFTER = { now: Date.parse('2026-12-15T12:00:00Z') };
const premium = templateTerms('premium', 'en'); // 24/7, 99.95 %, cap 30 %, fee 9,800 EUR
const business = templateTerms('business', 'de'); // Mon–Fri 07–20, 99.9 %, fee 4,200 EUR
const october = monthPeriod('2026-10', BERLIN);

function measure(terms = premium, incidents: MeasuredIncident[] = [], period = october, options = AFTER) {
  return measurePeriod(terms, incidents, period, options);
}

describe('availability', () => {
  it('counts an outage against the month, the budget and the credit schedule', () => {
    const m = measure(premium, [incident('2026-10-05T10:00:00+02:00', '2026-10-05T10:30:00+02:00')]);
    expect(m.minutesInPeriod).toBe(44_700);
    expect(m.downtimeMinutes).toBe(30);
    expect(m.availabilityPercent).toBeCloseTo(99.932886, 5);
    expect(m.met).toBe(false);
    expect(m.budget).toEqual({
      allowedMinutes: 22.35,
      usedMinutes: 30,
      leftMinutes: -7.65,
      usedPercent: 134.2282,
    });
    expect(m.credit).toEqual({
      bandPercent: 10,
      percent: 10,
      capped: false,
      amount: { amount: 980, currency: 'EUR' },
    });
  });

  it('meets the target without downtime and leaves the whole budget', () => {
    const m = measure(premium, []);
    expect(m.availabilityPercent).toBe(100);
    expect(m.met).toBe(true);
    expect(m.budget?.leftMinutes).toBe(22.35);
    expect(m.credit.percent).toBe(0);
  });

  it('counts overlapping outages once', () => {
    const m = measure(premium, [
      incident('2026-10-05T10:00:00+02:00', '2026-10-05T10:30:00+02:00'),
      incident('2026-10-05T10:15:00+02:00', '2026-10-05T10:45:00+02:00'),
    ]);
    expect(m.downtimeMinutes).toBe(45);
  });

  it('counts an incident crossing the month end in both months, each its part', () => {
    const outage = incident('2026-10-31T23:30:00+01:00', '2026-11-01T00:30:00+01:00');
    expect(measure(premium, [outage]).downtimeMinutes).toBe(30);
    expect(measure(premium, [outage], monthPeriod('2026-11', BERLIN)).downtimeMinutes).toBe(30);
    // In UTC the same hour lies wholly in October.
    expect(measure(premium, [outage], monthPeriod('2026-10', 'UTC')).downtimeMinutes).toBe(60);
  });

  it('measures the night clocks go back by the clock on the wall: 01:30 to 03:30 is three hours', () => {
    const m = measure(premium, [incident('2026-10-25T01:30:00+02:00', '2026-10-25T03:30:00+01:00')]);
    expect(m.downtimeMinutes).toBe(180);
    expect(m.availabilityPercent).toBeCloseTo((1 - 180 / 44_700) * 100, 6);
  });

  it('measures the night clocks go forward: 01:30 to 03:30 is one hour, in a month an hour short', () => {
    const march = monthPeriod('2026-03', BERLIN);
    const m = measure(premium, [incident('2026-03-29T01:30:00+01:00', '2026-03-29T03:30:00+02:00')], march);
    expect(m.minutesInPeriod).toBe(44_580);
    expect(m.downtimeMinutes).toBe(60);
  });

  it('follows the agreement’s own zone across the Atlantic', () => {
    const november = monthPeriod('2026-11', 'America/New_York');
    const m = measure(
      premium,
      [incident('2026-11-01T00:30:00-04:00', '2026-11-01T02:30:00-05:00')],
      november,
    );
    expect(m.minutesInPeriod).toBe(43_260);
    expect(m.downtimeMinutes).toBe(180);
  });

  it('lets an ongoing outage run until now', () => {
    const now = Date.parse('2026-10-05T12:00:00+02:00');
    const m = measure(premium, [incident('2026-10-05T11:00:00+02:00', null)], october, { now });
    expect(m.downtimeMinutes).toBe(60);
    expect(m.running).toBe(true);
  });

  it('measures a quarter as one period and sums the monthly credits', () => {
    const outage = incident('2026-10-05T10:00:00+02:00', '2026-10-05T10:30:00+02:00');
    const q4 = measure(premium, [outage], quarterPeriod('2026-Q4', BERLIN), {
      now: Date.parse('2027-01-15T00:00:00Z'),
    });
    expect(q4.minutesInPeriod).toBe(92 * 1440 + 60);
    expect(q4.downtimeMinutes).toBe(30);
    expect(q4.credit.amount).toEqual({ amount: 980, currency: 'EUR' });
  });
});

describe('service hours', () => {
  it('measures only within them: a weekend outage costs nothing, a Friday-night one only its service time', () => {
    const m = measure(business, [
      incident('2026-10-10T09:00:00+02:00', '2026-10-10T15:00:00+02:00'),
      incident('2026-10-09T19:00:00+02:00', '2026-10-12T08:00:00+02:00'),
    ]);
    expect(m.minutesInPeriod).toBe(22 * 13 * 60);
    expect(m.downtimeMinutes).toBe(120);
    expect(m.incidents.map((r) => r.downtimeMinutes)).toEqual([120, 0]);
  });
});

describe('announced maintenance', () => {
  it('is excluded inside its window and counted outside it', () => {
    // Premium: maintenance on Sundays 02:00–05:00, at most 4 hours a month.
    const m = measure(premium, [
      incident('2026-10-11T02:00:00+02:00', '2026-10-11T04:00:00+02:00', { kind: 'maintenance' }),
      incident('2026-10-14T02:00:00+02:00', '2026-10-14T03:00:00+02:00', { kind: 'maintenance' }),
    ]);
    expect(m.maintenanceExcludedMinutes).toBe(120);
    expect(m.maintenanceCountedMinutes).toBe(60);
    expect(m.downtimeMinutes).toBe(60);
  });

  it('counts what goes beyond the monthly allowance', () => {
    const m = measure(premium, [
      incident('2026-10-04T02:00:00+02:00', '2026-10-04T05:00:00+02:00', { kind: 'maintenance' }),
      incident('2026-10-11T02:00:00+02:00', '2026-10-11T05:00:00+02:00', { kind: 'maintenance' }),
    ]);
    expect(m.maintenanceExcludedMinutes).toBe(240);
    expect(m.downtimeMinutes).toBe(120);
  });

  it('excludes an outage during announced maintenance, and maintenance has no response time', () => {
    const m = measure(premium, [
      incident('2026-10-11T02:00:00+02:00', '2026-10-11T04:00:00+02:00', {
        kind: 'maintenance',
        priority: 1,
      }),
      incident('2026-10-11T03:00:00+02:00', '2026-10-11T03:30:00+02:00'),
    ]);
    expect(m.downtimeMinutes).toBe(0);
    expect(m.priorities[0]?.response.total).toBe(0);
  });
});

describe('credits', () => {
  const paper = agreementTermsFrom(customerPaperDocument()); // bands < 99.8: 3 %, < 99: 8 %; cap 5 %; fee 2,000 EUR

  it('take the band reached, limited by the cap, as money from the fee', () => {
    // Mo–Fr 06–22 and Sa 08–14 in October 2026: 22 × 16 h + 5 × 6 h = 382 h.
    const m = measure(paper, [incident('2026-10-06T06:00:00+02:00', '2026-10-06T22:00:00+02:00')]);
    expect(m.minutesInPeriod).toBe(382 * 60);
    expect(m.availabilityPercent).toBeLessThan(99);
    expect(m.credit).toEqual({
      bandPercent: 8,
      percent: 5,
      capped: true,
      amount: { amount: 100, currency: 'EUR' },
    });
  });

  it('pay the first band just below the target and nothing at it', () => {
    const base = 382 * 60;
    const atTarget = (base * 0.2) / 100; // exactly 99.8 %
    const start = Date.parse('2026-10-06T08:00:00+02:00');
    const at = measure(paper, [
      { ...incident('2026-10-06T08:00:00+02:00', null), end: start + atTarget * 60_000 },
    ]);
    expect(at.availabilityPercent).toBeCloseTo(99.8, 6);
    expect(at.credit.percent).toBe(0);
    const below = measure(paper, [
      { ...incident('2026-10-06T08:00:00+02:00', null), end: start + (atTarget + 1) * 60_000 },
    ]);
    expect(below.credit).toMatchObject({ percent: 3, amount: { amount: 60, currency: 'EUR' } });
  });
});

describe('bonus', () => {
  it('is earned in a month above the threshold without credits or P1 resolution misses', () => {
    expect(measure(business, []).bonus).toEqual({
      earned: true,
      percent: 2,
      amount: { amount: 84, currency: 'EUR' },
    });
  });

  it('is lost when a P1 incident was not resolved in time, as the agreement says', () => {
    const late = incident('2026-10-05T08:00:00+02:00', null, {
      kind: 'ticket',
      priority: 1,
      resolvedAt: '2026-10-06T12:00:00+02:00',
    });
    expect(measure(business, [late]).bonus?.earned).toBe(false);
  });

  it('is not decided while the month runs', () => {
    expect(measure(business, [], october, { now: Date.parse('2026-10-20T12:00:00Z') }).bonus?.earned).toBe(
      false,
    );
  });
});

describe('response and resolution', () => {
  it('run inside the service hours: Friday evening waits for Monday morning', () => {
    // Business: P1 response 1 hour, resolution 8 hours, Mo–Fr 07:00–20:00.
    const friday = incident('2026-10-09T19:30:00+02:00', '2026-10-12T15:00:00+02:00', {
      priority: 1,
      respondedAt: '2026-10-12T07:20:00+02:00',
    });
    const [result] = measure(business, [friday]).incidents;
    expect(new Date(result!.responseDeadline!).toISOString()).toBe('2026-10-12T05:30:00.000Z');
    expect(result!.response).toBe('met');
    expect(new Date(result!.resolutionDeadline!).toISOString()).toBe('2026-10-12T12:30:00.000Z');
    expect(result!.resolution).toBe('breached');
  });

  it('count business days without the weekend', () => {
    // P2 resolution: 2 business days; Thursday 10:00 → Monday 10:00.
    const [result] = measure(business, [
      incident('2026-10-08T10:00:00+02:00', '2026-10-12T09:00:00+02:00', { priority: 2 }),
    ]).incidents;
    expect(new Date(result!.resolutionDeadline!).toISOString()).toBe('2026-10-12T08:00:00.000Z');
    expect(result!.resolution).toBe('met');
  });

  it('tally per priority: a late first response is a breach, one not recorded is unknown', () => {
    const m = measure(premium, [
      incident('2026-10-05T10:00:00+02:00', '2026-10-05T10:10:00+02:00', {
        priority: 1,
        respondedAt: '2026-10-05T10:05:00+02:00',
      }),
      incident('2026-10-06T10:00:00+02:00', '2026-10-06T11:00:00+02:00', {
        priority: 1,
        respondedAt: '2026-10-06T10:20:00+02:00',
      }),
      incident('2026-10-07T10:00:00+02:00', '2026-10-07T11:00:00+02:00', { priority: 1 }),
      incident('2026-10-08T10:00:00+02:00', '2026-10-08T10:30:00+02:00', { priority: 2, kind: 'ticket' }),
    ]);
    expect(m.priorities[0]).toMatchObject({
      level: 1,
      response: { total: 3, met: 1, breached: 1, unknown: 1, compliancePercent: 50 },
      resolution: { total: 3, met: 3, breached: 0 },
    });
    // A ticket is measured for its times but is no downtime.
    expect(m.priorities[1]?.response.met).toBe(1);
    expect(m.downtimeMinutes).toBe(10 + 60 + 60);
  });

  it('keeps an open incident pending until its deadline, then breached', () => {
    const open = incident('2026-10-05T10:00:00+02:00', null, {
      priority: 1,
      kind: 'ticket',
      respondedAt: '2026-10-05T10:05:00+02:00',
    });
    const before = measure(premium, [open], october, { now: Date.parse('2026-10-05T12:00:00+02:00') });
    expect(before.incidents[0]?.resolution).toBe('pending');
    expect(measure(premium, [open]).incidents[0]?.resolution).toBe('breached');
  });

  it('belong to the month the incident was opened in', () => {
    const late = incident('2026-10-31T23:30:00+01:00', '2026-11-01T06:00:00+01:00', {
      priority: 1,
      respondedAt: '2026-11-01T00:10:00+01:00',
    });
    expect(measure(premium, [late]).priorities[0]?.response.breached).toBe(1);
    expect(measure(premium, [late], monthPeriod('2026-11', BERLIN)).priorities[0]?.response.total).toBe(0);
  });
});

describe('warnings', () => {
  const used = (percent: number) => {
    const minutes = (22.35 * percent) / 100;
    const start = Date.parse('2026-10-05T10:00:00+02:00');
    return measure(premium, [
      { ...incident('2026-10-05T10:00:00+02:00', null), end: start + minutes * 60_000 },
    ]);
  };

  it('cross the default thresholds at 50, 80 and 100 percent of the budget', () => {
    expect(warningsFor(used(40), null)).toEqual([]);
    expect(warningsFor(used(55), null)).toEqual([
      expect.objectContaining({ code: 'budget', threshold: 50, severity: 'info' }),
    ]);
    expect(warningsFor(used(85), null)).toEqual([
      expect.objectContaining({ code: 'budget', threshold: 80, severity: 'warning' }),
    ]);
    expect(warningsFor(used(120), null)).toEqual([
      expect.objectContaining({ code: 'budget', threshold: 100, severity: 'critical' }),
      expect.objectContaining({ code: 'target-missed' }),
    ]);
  });

  it('use configured thresholds', () => {
    expect(warningsFor(used(30), null, [25, 75])).toEqual([
      expect.objectContaining({ code: 'budget', threshold: 25 }),
    ]);
    expect(warningsFor(used(80), null, [25, 75])).toEqual([
      expect.objectContaining({ code: 'budget', threshold: 75 }),
    ]);
  });
});

describe('burn-rate forecast', () => {
  const now = Date.parse('2026-10-10T00:00:00+02:00'); // nine days into October: 12,960 minutes

  it('says on which day the budget runs out at the rate so far', () => {
    const m = measure(
      premium,
      [incident('2026-10-03T10:00:00+02:00', '2026-10-03T10:10:00+02:00')],
      october,
      { now },
    );
    expect(m.elapsedMinutes).toBe(12_960);
    // 10 minutes in 12,960: the 22.35 allowed are gone after 28,965.6 minutes, early on the 21st.
    expect(localDateKey(m.forecast!.runsOutAt!, BERLIN)).toBe('2026-10-21');
    expect(m.forecast!.projectedUsedPercent).toBeCloseTo(154.32, 1);
    expect(warningsFor(m, null)).toEqual([
      expect.objectContaining({ code: 'burn-rate', runsOutAt: m.forecast!.runsOutAt }),
    ]);
  });

  it('stays quiet when the budget lasts the month', () => {
    const m = measure(
      premium,
      [incident('2026-10-03T10:00:00+02:00', '2026-10-03T10:03:00+02:00')],
      october,
      { now },
    );
    expect(m.forecast).toMatchObject({ runsOutAt: null, exhaustedAt: null });
    expect(warningsFor(m, null)).toEqual([]);
  });

  it('tells when the budget already ran out', () => {
    const m = measure(
      premium,
      [incident('2026-10-03T10:00:00+02:00', '2026-10-03T10:30:00+02:00')],
      october,
      { now },
    );
    expect(m.forecast!.exhaustedAt).toBe(Date.parse('2026-10-03T10:00:00+02:00') + 22.35 * 60_000);
    expect(m.forecast!.runsOutAt).toBeNull();
  });

  it('is only given while the month runs', () => {
    expect(
      measure(premium, [incident('2026-10-03T10:00:00+02:00', '2026-10-03T10:10:00+02:00')]).forecast,
    ).toBeNull();
  });
});
