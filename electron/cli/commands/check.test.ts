import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TermCheckRow } from '../../../shared/checks/checkTerms';
import { customerDocx, ENGLISH_PAPER, GERMAN_PAPER } from '../../../shared/terms/testing/customerDocx';
import type { CliContext } from '../cliCommand';
import { runCli } from '../runCli';
import { EXIT_BEYOND } from './check';
import { commands } from './index';

let dir: string;

// Customer SLAs built by the test as Word files: German and English, prose and tables.
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sla-check-'));
  writeFileSync(join(dir, 'kunde.docx'), await customerDocx(GERMAN_PAPER));
  writeFileSync(join(dir, 'sla.docx'), await customerDocx(ENGLISH_PAPER));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  const io = { out: '', err: '' };
  const context: CliContext = {
    cwd: dir,
    stdout: (t) => void (io.out += t),
    stderr: (t) => void (io.err += t),
  };
  const code = await runCli(['check', ...args], context, commands);
  return { code, ...io };
}

function playbook(terms: Record<string, unknown>, name = 'playbook.json') {
  writeFileSync(join(dir, name), JSON.stringify({ format: 'sla-workbench-playbook', version: 1, terms }));
  return name;
}

const AVAILABILITY = { target: 99.5, fallback: 99.9, walkAway: 99.95, owner: 'technology' };
const RESPONSE = {
  target: { value: 60, unit: 'minutes' },
  fallback: { value: 30, unit: 'minutes' },
  walkAway: { value: 15, unit: 'minutes' },
  owner: 'support',
};
const LIABILITY = {
  target: { amount: 250000, currency: 'EUR' },
  fallback: { amount: 500000, currency: 'EUR' },
  walkAway: { amount: 1000000, currency: 'EUR' },
  owner: 'legal',
};

const rowsOf = (file = 'rows.json') => JSON.parse(readFileSync(join(dir, file), 'utf8')) as TermCheckRow[];

describe('sla-workbench check', () => {
  it('reads a German customer SLA as written: prose and a class table, each term with its band', async () => {
    const { code, out } = await run([
      'kunde.docx',
      '--playbook',
      playbook({ availability: AVAILABILITY, p1_response: RESPONSE, liability_cap: LIABILITY }),
      '--json',
      'rows.json',
    ]);
    expect(code).toBe(0);
    const rows = rowsOf();
    const row = (id: string) => rows.find((candidate) => candidate.id === id);
    expect(row('availability')).toEqual({
      id: 'availability',
      text: '99,95 %',
      value: 99.95,
      band: 'limit',
      clause: '1. Verfügbarkeit',
    });
    expect(row('p1_response')).toEqual({
      id: 'p1_response',
      text: '30 Minuten',
      value: { value: 30, unit: 'minutes' },
      band: 'fallback',
      clause: '2. Reaktionszeiten',
    });
    expect(row('p2_response')).toMatchObject({
      text: '2 Std.',
      value: { value: 2, unit: 'hours' },
      band: null,
    });
    expect(row('liability_cap')).toMatchObject({
      text: '1.000.000 €',
      value: { amount: 1_000_000, currency: 'EUR' },
      band: 'limit',
    });
    expect(out).toMatch(/availability\s+99,95 %\s+\S/);
  });

  it('exits 3 on an English customer SLA that asks for more than the walk-away', async () => {
    const { code, out } = await run([
      'sla.docx',
      '--playbook',
      playbook({ availability: AVAILABILITY, p1_response: RESPONSE, liability_cap: LIABILITY }),
      '--json',
      'rows.json',
    ]);
    expect(code).toBe(EXIT_BEYOND);
    expect(out).toContain('beyond walk-away: availability');
    const rows = rowsOf();
    expect(rows.find((row) => row.id === 'availability')).toMatchObject({
      text: '99.99%',
      value: 99.99,
      band: 'beyond',
      clause: '1. Service Availability',
    });
    expect(rows.find((row) => row.id === 'p1_response')).toMatchObject({
      text: 'thirty (30) minutes',
      value: { value: 30, unit: 'minutes' },
      band: 'fallback',
    });
    expect(rows.find((row) => row.id === 'liability_cap')).toMatchObject({
      text: 'EUR 500,000',
      value: { amount: 500_000, currency: 'EUR' },
      band: 'fallback',
    });
  });

  it('exits 0 when nothing is beyond, naming skipped playbook terms on stderr', async () => {
    const { code, err } = await run([
      'sla.docx',
      '--playbook',
      playbook({ availability: { ...AVAILABILITY, walkAway: 99.99 }, coffee: AVAILABILITY }),
    ]);
    expect(code).toBe(0);
    expect(err).toContain('warning: playbook.json: Unknown term “coffee”: skipped.\n');
  });

  it('refuses a file that is not a Word document with exit code 2', async () => {
    writeFileSync(join(dir, 'fake.docx'), 'not a zip');
    const { code, err } = await run(['fake.docx', '--playbook', playbook({})]);
    expect(code).toBe(2);
    expect(err).toMatch(/^error: fake\.docx: /);
  });

  it.each([
    [['sla.docx'], 'missing --playbook'],
    [['--playbook', 'p.json'], 'expected one Word file'],
    [['missing.docx', '--playbook', 'p.json'], 'missing.docx cannot be opened'],
  ])('refuses %j with exit code 2', async (args, message) => {
    const { code, err } = await run(args);
    expect(code).toBe(2);
    expect(err).toContain(message);
  });

  it('refuses a bad playbook with its first problem and writes nothing', async () => {
    writeFileSync(
      join(dir, 'bad.json'),
      JSON.stringify({ format: 'sla-workbench-playbook', version: 7, terms: {} }),
    );
    const { code, err } = await run(['sla.docx', '--playbook', 'bad.json', '--json', 'rows.json']);
    expect(code).toBe(2);
    expect(err).toContain('error: bad.json: The playbook has version 7; this app reads version 1.\n');
    expect(() => readFileSync(join(dir, 'rows.json'))).toThrow();
    const inconsistent = playbook({ availability: { ...AVAILABILITY, walkAway: 99 } }, 'inconsistent.json');
    expect((await run(['sla.docx', '--playbook', inconsistent])).err).toContain(
      'the walk-away is better for us than the target',
    );
  });
});
