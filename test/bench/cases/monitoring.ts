import Papa from 'papaparse';
import { agreementStatus } from '../../../shared/monitoring/agreementStatus';
import { parseIncidentsCsv } from '../../../shared/monitoring/csv/parseIncidentsCsv';
import { measurePeriod, toMeasured } from '../../../shared/monitoring/measure';
import { monthPeriod } from '../../../shared/monitoring/periods';
import { templateTerms } from '../../../shared/monitoring/testing/agreements';
import { formatMs, medianMs } from '../benchCase';

/** A year of incidents, `perMonth` each month, as an export would list them. */
function csvOf(rows: number): string {
  const lines = ['id,created_on,resolved_on,priority,seconds_to_first_ack'];
  const start = Date.UTC(2026, 0, 1, 6);
  const step = (365 * 86_400_000) / rows;
  for (let i = 0; i < rows; i++) {
    const at = start + i * step;
    lines.push(
      `INC-${i},${new Date(at).toISOString()},${new Date(at + 40 * 60_000).toISOString()},P${(i % 3) + 1},${300 + (i % 900)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Issue 11: importing and measuring grow linearly with the number of incidents. Baselines in the
 * same run: papaparse alone over the same file, and one pass summing the incidents' durations.
 */
export async function monitoringCases(): Promise<string[]> {
  const terms = templateTerms('business', 'de');
  const out: string[] = [];
  for (const rows of [5_000, 20_000]) {
    const text = csvOf(rows);
    const ours = medianMs(
      () => parseIncidentsCsv(text, { timeZone: 'Europe/Berlin', priorities: terms.priorities }),
      3,
      1,
    );
    const baseline = medianMs(() => Papa.parse(text, { skipEmptyLines: 'greedy' }), 3, 1);
    out.push(
      `monitoring csv-${rows}-rows: ours ${formatMs(ours)} ms, baseline ${formatMs(baseline)} ms, ratio ${(ours / baseline).toFixed(1)}`,
    );
    const incidents = parseIncidentsCsv(text, {
      timeZone: 'Europe/Berlin',
      priorities: terms.priorities,
    }).valid.map(toMeasured);
    const october = monthPeriod('2026-10', 'Europe/Berlin');
    let tick = 0;
    // A new `now` each run, so the memo does not answer for the measurement.
    const measured = medianMs(
      () => measurePeriod(terms, incidents, october, { now: Date.parse('2027-01-01') + tick++ }),
      5,
      1,
    );
    const sum = medianMs(
      () => incidents.reduce((total, i) => total + ((i.end ?? i.start) - i.start), 0),
      5,
      1,
    );
    out.push(
      `monitoring month-of-${rows}-incidents: ours ${formatMs(measured)} ms, baseline ${formatMs(sum)} ms, ratio ${(measured / Math.max(sum, 0.01)).toFixed(0)}`,
    );
    const status = medianMs(
      () =>
        agreementStatus(
          terms,
          {
            timeZone: 'Europe/Berlin',
            warningThresholds: [50, 80, 100],
            termStart: '2026-01-01',
            nextReviewOn: null,
          },
          incidents,
          Date.parse('2026-12-15') + tick++,
        ),
      3,
      1,
    );
    out.push(
      `monitoring status-with-chronic-window-${rows}: ours ${formatMs(status)} ms, baseline ${formatMs(measured)} ms, ratio ${(status / measured).toFixed(1)}`,
    );
  }
  return out;
}
