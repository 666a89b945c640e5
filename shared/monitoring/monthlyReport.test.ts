import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildMonthlyReport, reportJson } from './monthlyReport';
import { monthlyReportDocx } from './reportDocx';
import { reportLines } from './reportLines';
import { incident, templateTerms } from './testing/agreements';

const now = Date.parse('2026-12-01T09:00:00Z');
const parties = { provider: 'Nordlicht IT GmbH', customer: 'Müller Logistik GmbH' };
const incidents = [
  incident('2026-10-05T10:00:00+02:00', '2026-10-05T10:30:00+02:00', {
    priority: 1,
    respondedAt: '2026-10-05T10:25:00+02:00',
    reference: 'INC-1',
  }),
  incident('2026-10-11T02:00:00+02:00', '2026-10-11T04:00:00+02:00', {
    kind: 'maintenance',
    reference: 'CHG-7',
  }),
];

function report(language: 'de' | 'en') {
  return buildMonthlyReport({
    terms: templateTerms('premium', language),
    incidents,
    month: '2026-10',
    timeZone: 'Europe/Berlin',
    parties,
    now,
  });
}

async function documentText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .replace(/<w:tab\/>/g, ' ')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&');
}

describe('the monthly report', () => {
  it('gives the CLI’s JSON: minutes, downtime, availability, budget, credit and breaches per priority', () => {
    expect(reportJson(report('en'))).toEqual({
      minutesInPeriod: 44_700,
      downtimeMinutes: 30,
      availabilityPercent: 99.9329,
      budgetUsedPercent: 134.23,
      creditPercent: 10,
      credit: { amount: 980, currency: 'EUR' },
      responseBreaches: { '1': 1, '2': 0, '3': 0, '4': 0 },
    });
  });

  it('is a Word file in the agreement’s language with availability, incidents against targets and credits', async () => {
    const text = await documentText(await monthlyReportDocx(report('de')));
    expect(text).toContain('Service-Level-Bericht Oktober 2026');
    expect(text).toContain('Müller Logistik GmbH');
    expect(text).toContain('Gemessene Verfügbarkeit');
    expect(text).toContain('99,932');
    expect(text).toContain('99,95\u00a0% – verfehlt');
    expect(text).toContain('INC-1');
    expect(text).toContain('25\u00a0Min. · überschritten');
    expect(text).toContain('Angekündigte Wartung (nicht angerechnet)');
    expect(text).toContain('Gutschrift: 10\u00a0% des Monatsentgelts = 980\u00a0€');
    expect(text).toContain('Zeitzone: Europe/Berlin');
  });

  it('writes English for an English agreement', async () => {
    const text = await documentText(await monthlyReportDocx(report('en')));
    expect(text).toContain('Service level report October 2026');
    expect(text).toContain('99.95% – missed');
    expect(text).toContain('Service credit: 10% of the monthly fee = €980');
    expect(text).not.toContain('Verfügbarkeit');
  });

  it('lays out one set of lines for Word, print and screen', () => {
    const lines = reportLines(report('en'));
    expect(lines.incidents).toHaveLength(2);
    expect(lines.incidents[0]).toEqual([
      'INC-1',
      '05/10/2026 10:00 – 10:30',
      'Outage, P1 – Critical',
      '30\u00a0min',
      '25\u00a0min · exceeded',
      '30\u00a0min · met',
    ]);
    expect(lines.notes[0]).toMatch(/134% of the error budget is used/);
  });
});
