import { describe, expect, it } from 'vitest';
import { chronicFailureStatus, warningKey, warningsFor } from './warnings';
import { measurePeriod } from './measure';
import { monthPeriod } from './periods';
import { incident, templateTerms } from './testing/agreements';

const BERLIN = 'Europe/Berlin';
// Basic: 99.5 % Mo–Fr 08–18; three missed months within six allow termination, P1 resolution misses count.
const basic = templateTerms('basic', 'de');
const now = Date.parse('2026-12-15T12:00:00Z');
const bigOutage = (day: string) => incident(`${day}T08:00:00+02:00`, `${day}T18:00:00+02:00`);

describe('chronic failure', () => {
  it('counts missed months in its window and says when one more would trigger it', () => {
    const incidents = [bigOutage('2026-07-07'), bigOutage('2026-09-08')];
    const status = chronicFailureStatus(basic, incidents, '2026-10', BERLIN, { now });
    expect(status).toEqual({
      needed: 3,
      windowMonths: 6,
      missedMonths: ['2026-07', '2026-09'],
      triggered: false,
      oneAway: true,
    });
    const m = measurePeriod(basic, incidents, monthPeriod('2026-10', BERLIN), { now });
    expect(warningsFor(m, status)).toEqual([
      expect.objectContaining({ code: 'chronic-failure', severity: 'warning', missed: 2, needed: 3 }),
    ]);
  });

  it('triggers with a P1 incident resolved too late, since the clause names resolution times', () => {
    const late = incident('2026-10-05T09:00:00+02:00', '2026-10-05T09:30:00+02:00', {
      kind: 'ticket',
      priority: 1,
      resolvedAt: '2026-10-08T09:00:00+02:00',
    });
    const status = chronicFailureStatus(
      basic,
      [bigOutage('2026-07-07'), bigOutage('2026-09-08'), late],
      '2026-10',
      BERLIN,
      { now },
    );
    expect(status).toMatchObject({ missedMonths: ['2026-07', '2026-09', '2026-10'], triggered: true });
  });

  it('ignores months outside the window and before the term started', () => {
    const incidents = [bigOutage('2026-03-03'), bigOutage('2026-09-08')];
    expect(chronicFailureStatus(basic, incidents, '2026-10', BERLIN, { now })?.missedMonths).toEqual([
      '2026-09',
    ]);
    expect(
      chronicFailureStatus(basic, [bigOutage('2026-07-07'), bigOutage('2026-09-08')], '2026-10', BERLIN, {
        now,
        firstMonth: '2026-08',
      })?.missedMonths,
    ).toEqual(['2026-09']);
  });
});

describe('warning keys', () => {
  it('are stable per month, so each warning is notified once', () => {
    expect(
      warningKey({ code: 'budget', severity: 'warning', threshold: 80, usedPercent: 83 }, '2026-10'),
    ).toBe('2026-10:budget:80');
    expect(
      warningKey(
        { code: 'burn-rate', severity: 'warning', runsOutAt: 1, projectedUsedPercent: 150 },
        '2026-10',
      ),
    ).toBe('2026-10:burn-rate');
  });
});
