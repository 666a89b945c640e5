import { describe, expect, it } from 'vitest';
import { agreementStatus, availabilityHistory, burnDown, notificationsDue } from './agreementStatus';
import { incident, templateTerms } from './testing/agreements';

const premium = templateTerms('premium', 'en');
const clock = {
  timeZone: 'Europe/Berlin',
  warningThresholds: [50, 80, 100],
  termStart: '2026-08-15',
  nextReviewOn: '2026-11-10',
};

describe('where a signed agreement stands', () => {
  it('measures the month of now with its warnings and the review state', () => {
    const now = Date.parse('2026-10-20T10:00:00+02:00');
    const status = agreementStatus(
      premium,
      clock,
      [incident('2026-10-05T10:00:00+02:00', '2026-10-05T10:19:00+02:00')],
      now,
    );
    expect(status.month).toBe('2026-10');
    expect(status.measurement.downtimeMinutes).toBe(19);
    // 19 of 22.35 minutes: past 80 %.
    expect(status.warnings[0]).toMatchObject({ code: 'budget', threshold: 80 });
    expect(status.review).toBe('due');
  });

  it('uses the agreement’s own thresholds', () => {
    const now = Date.parse('2026-10-20T10:00:00+02:00');
    const status = agreementStatus(
      premium,
      { ...clock, warningThresholds: [90] },
      [incident('2026-10-05T10:00:00+02:00', '2026-10-05T10:19:00+02:00')],
      now,
    );
    expect(status.warnings.filter((w) => w.code === 'budget')).toEqual([]);
  });

  it('gives availability by month from the start of the term', () => {
    const now = Date.parse('2026-10-20T10:00:00+02:00');
    const history = availabilityHistory(
      premium,
      clock,
      [incident('2026-09-05T10:00:00+02:00', '2026-09-05T11:00:00+02:00')],
      now,
    );
    expect(history.map((point) => [point.month, point.downtimeMinutes, point.target])).toEqual([
      ['2026-08', 0, 99.95],
      ['2026-09', 60, 99.95],
      ['2026-10', 0, 99.95],
    ]);
  });

  it('burns the budget down day by day, future days empty', () => {
    const now = Date.parse('2026-10-03T12:00:00+02:00');
    const status = agreementStatus(
      premium,
      clock,
      [incident('2026-10-02T10:00:00+02:00', '2026-10-02T10:10:00+02:00')],
      now,
    );
    const points = burnDown(status.measurement, now);
    expect(points).toHaveLength(31);
    expect(points.slice(0, 4).map((p) => p.leftMinutes)).toEqual([22.35, 12.35, 12.35, null]);
    expect(points[0]!.evenMinutes).toBeCloseTo(22.35 * (1 - 1440 / 44_700), 2);
    expect(points[30]!.evenMinutes).toBe(0);
  });
});

describe('notifications', () => {
  const now = Date.parse('2026-10-20T10:00:00+02:00');
  const outage = (minutes: number) => [
    incident(
      '2026-10-05T10:00:00+02:00',
      new Date(Date.parse('2026-10-05T10:00:00+02:00') + minutes * 60_000).toISOString(),
    ),
  ];

  it('are due for warnings not sent yet, once each', () => {
    const status = agreementStatus(premium, clock, outage(19), now);
    // 19 of 22.35 minutes by the 20th: past 80 %, and at this rate gone before the month ends.
    expect(notificationsDue([{ subject: 'a', notified: [], status }]).map((n) => n.key)).toEqual([
      '2026-10:budget:80',
      '2026-10:burn-rate',
    ]);
    const sent = ['2026-10:budget:80', '2026-10:burn-rate'];
    expect(notificationsDue([{ subject: 'a', notified: sent, status }])).toEqual([]);
  });

  it('leave a note at 50 % to the dashboard', () => {
    const status = agreementStatus(premium, clock, outage(12), now);
    expect(status.warnings.map((w) => w.code)).toEqual(['budget']);
    expect(notificationsDue([{ subject: 'a', notified: [], status }])).toEqual([]);
  });
});
