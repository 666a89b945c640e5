import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReportJson } from '../../../shared/monitoring/monthlyReport';
import type { CliContext } from '../cliCommand';
import { runCli } from '../runCli';
import { commands } from './index';

const fixtures = fileURLToPath(new URL('../../../test/fixtures/', import.meta.url));
let dir: string;

function capture(): CliContext & { out: string; err: string } {
  const context = {
    out: '',
    err: '',
    cwd: '',
    stdout: (text: string) => void (context.out += text),
    stderr: (text: string) => void (context.err += text),
  };
  context.cwd = dir;
  return context;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sla-report-'));
  for (const name of ['de-business-signed.docx', 'en-premium-signed.docx'])
    copyFileSync(join(fixtures, 'agreements', name), join(dir, name));
  for (const name of [
    'servicenow-incidents.csv',
    'pagerduty-incidents.csv',
    'problems.csv',
    'jira-service-management.csv',
  ])
    copyFileSync(join(fixtures, 'incidents', name), join(dir, name));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]) {
  const io = capture();
  const code = await runCli(['report', ...args], io, commands);
  return { code, out: io.out, err: io.err };
}

const readJson = (name: string): ReportJson => JSON.parse(readFileSync(join(dir, name), 'utf8'));

describe('sla-workbench report', () => {
  it('measures a month of a signed agreement from an incident export and writes the figures as JSON', async () => {
    const result = await run(
      'de-business-signed.docx',
      '--incidents',
      'servicenow-incidents.csv',
      '--month',
      '2026-10',
      '--json',
      'figures.json',
    );
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(readJson('figures.json')).toEqual({
      minutesInPeriod: 17_160,
      downtimeMinutes: 318,
      availabilityPercent: 98.1469,
      budgetUsedPercent: 617.72,
      creditPercent: 20,
      credit: { amount: 840, currency: 'EUR' },
      responseBreaches: { '1': 0, '2': 0, '3': 0 },
    });
    expect(Object.keys(readJson('figures.json'))).toEqual([
      'minutesInPeriod',
      'downtimeMinutes',
      'availabilityPercent',
      'budgetUsedPercent',
      'creditPercent',
      'credit',
      'responseBreaches',
    ]);
    expect(result.out).toMatch(/^October 2026 \(Europe\/Berlin\): availability 98\.1469% \(target 99\.7%\)/);
  });

  it('counts response breaches per priority, 1 the most urgent', async () => {
    const result = await run(
      'en-premium-signed.docx',
      '--incidents',
      'pagerduty-incidents.csv',
      '--month',
      '2026-10',
      '--json',
      'out.json',
    );
    expect(result.code).toBe(0);
    expect(readJson('out.json')).toMatchObject({
      minutesInPeriod: 44_700,
      downtimeMinutes: 169,
      responseBreaches: { '1': 1, '2': 0, '3': 0, '4': 0 },
      creditPercent: 20,
      credit: { amount: 1_960, currency: 'EUR' },
    });
  });

  it('measures in another time zone when asked', async () => {
    const result = await run(
      'en-premium-signed.docx',
      '--incidents',
      'pagerduty-incidents.csv',
      '--month',
      '2026-10',
      '--time-zone',
      'UTC',
      '--json',
      'utc.json',
    );
    expect(result.code).toBe(0);
    // October has no extra hour in UTC, and the last incident lies wholly in October there.
    expect(readJson('utc.json')).toMatchObject({ minutesInPeriod: 44_640, downtimeMinutes: 189 });
  });

  it('writes the report as a Word file in the agreement’s language', async () => {
    const result = await run(
      'de-business-signed.docx',
      '--incidents',
      'servicenow-incidents.csv',
      '--month',
      '2026-10',
      '--out',
      'bericht.docx',
    );
    expect(result.code).toBe(0);
    expect(result.out).toContain('report written to bericht.docx');
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'bericht.docx')));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('Service-Level-Bericht Oktober 2026');
    expect(xml).toContain('INC0010235');
    expect(xml).toContain('Müller Logistik GmbH');
  });

  it('leaves out rows with problems, saying which, and measures the rest', async () => {
    const result = await run(
      'en-premium-signed.docx',
      '--incidents',
      'problems.csv',
      '--month',
      '2026-10',
      '--json',
      'p.json',
    );
    expect(result.code).toBe(0);
    expect(result.err.trim().split('\n')).toHaveLength(1);
    expect(result.err).toMatch(
      /^warning: 6 rows of problems\.csv left out: row 3: "05\.10\.2026 25:99" is not a date and time;/,
    );
    expect(readJson('p.json').downtimeMinutes).toBe(30);
  });

  it('takes a column mapping for exports whose headers it does not know', async () => {
    const without = await run(
      'de-business-signed.docx',
      '--incidents',
      'jira-service-management.csv',
      '--month',
      '2026-10',
      '--json',
      'a.json',
    );
    const mapped = await run(
      'de-business-signed.docx',
      '--incidents',
      'jira-service-management.csv',
      '--month',
      '2026-10',
      '--column',
      'respondedAt=Custom field (First response)',
      '--json',
      'b.json',
    );
    expect([without.code, mapped.code]).toEqual([0, 0]);
    expect(readJson('a.json').responseBreaches['1']).toBe(0);
    expect(readJson('b.json').responseBreaches['1']).toBe(1);
  });

  describe('errors exit 2 with one line on stderr and write nothing', () => {
    it.each([
      [['de-business-signed.docx', '--month', '2026-10'], /missing --incidents/],
      [['de-business-signed.docx', '--incidents', 'problems.csv'], /missing --month/],
      [
        ['de-business-signed.docx', '--incidents', 'problems.csv', '--month', '2026-13'],
        /--month "2026-13" is not a month/,
      ],
      [['de-business-signed.docx', '--incidents', 'problems.csv', '--month', '10/2026'], /is not a month/],
      [
        [
          'de-business-signed.docx',
          '--incidents',
          'problems.csv',
          '--month',
          '2026-10',
          '--time-zone',
          'Mars/Base',
        ],
        /is not a time zone/,
      ],
      [['--incidents', 'problems.csv', '--month', '2026-10'], /expected one Word file/],
      [
        ['missing.docx', '--incidents', 'problems.csv', '--month', '2026-10'],
        /missing\.docx cannot be opened/,
      ],
      [
        ['de-business-signed.docx', '--incidents', 'missing.csv', '--month', '2026-10'],
        /missing\.csv cannot be opened/,
      ],
      [['not-word.docx', '--incidents', 'problems.csv', '--month', '2026-10'], /not-word\.docx/],
      [
        ['de-business-signed.docx', '--incidents', 'no-start.csv', '--month', '2026-10'],
        /no-start\.csv: no column for the start/,
      ],
      [
        [
          'de-business-signed.docx',
          '--incidents',
          'problems.csv',
          '--month',
          '2026-10',
          '--column',
          'when=start',
        ],
        /--column expects FIELD=HEADER/,
      ],
      [['de-business-signed.docx', '--incidents', 'problems.csv', '--month', '2026-10', '--bogus'], /bogus/],
    ])('%j', async (args, message) => {
      writeFileSync(join(dir, 'not-word.docx'), 'this is not a zip');
      writeFileSync(join(dir, 'no-start.csv'), 'ref;priority\nA-1;P1\n');
      const result = await run(...args, '--json', 'never.json', '--out', 'never.docx');
      expect(result.code).toBe(2);
      expect(result.err.trim().split('\n')).toHaveLength(1);
      expect(result.err).toMatch(message);
      expect(existsSync(join(dir, 'never.json'))).toBe(false);
      expect(existsSync(join(dir, 'never.docx'))).toBe(false);
    });

    it('for a Word file that is no service level agreement', async () => {
      const { Document, Packer, Paragraph } = await import('docx');
      const letter = new Document({
        sections: [{ children: [new Paragraph('Dear Sir or Madam, thank you for your letter.')] }],
      });
      writeFileSync(join(dir, 'letter.docx'), await Packer.toBuffer(letter));
      const refused = await run('letter.docx', '--incidents', 'problems.csv', '--month', '2026-10');
      expect(refused.code).toBe(2);
      expect(refused.err).toMatch(/letter\.docx: no service levels found/);
    });
  });
});
