import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TermCheckRow } from '../../../shared/checks/checkTerms';
import { termsToCheck, type TermToCheck } from '../../../shared/checks/checkTerms';
import type { CliContext } from '../cliCommand';
import { runCli } from '../runCli';
import { checkCommandWith, EXIT_BEYOND } from './check';
import { commands } from './index';

const fixtures = fileURLToPath(new URL('../../../test/fixtures/libreoffice/', import.meta.url));
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sla-check-'));
  copyFileSync(join(fixtures, 'en-hosting-round1-sent.docx'), join(dir, 'sla.docx'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Stands in for the term recogniser (shared/terms, built beside this): it types the fixture's
 * availability and P1 response under our ids, as the recogniser will.
 */
const recogniser = checkCommandWith((imported) =>
  termsToCheck(imported.accepted).flatMap((item): TermToCheck[] => {
    if (item.term.id === 'availability_percent_1')
      return [{ ...item, term: { ...item.term, id: 'availability', favours: 'higher' as const } }];
    if (item.term.id === 'incident_response_duration_1')
      return [{ ...item, term: { ...item.term, id: 'p1_response', favours: 'lower' as const } }];
    return [];
  }),
);

async function run(args: string[], command = recogniser) {
  const io = { out: '', err: '' };
  const context: CliContext = {
    cwd: dir,
    stdout: (t) => void (io.out += t),
    stderr: (t) => void (io.err += t),
  };
  const code = await runCli(['check', ...args], context, [command]);
  return { code, ...io };
}

function playbook(terms: Record<string, unknown>, name = 'playbook.json') {
  writeFileSync(join(dir, name), JSON.stringify({ format: 'sla-workbench-playbook', version: 1, terms }));
  return name;
}

const AVAILABILITY = { target: 99.5, fallback: 99.8, walkAway: 99.85, owner: 'technology' };
const RESPONSE = {
  target: { value: 60, unit: 'minutes' },
  fallback: { value: 30, unit: 'minutes' },
  walkAway: { value: 15, unit: 'minutes' },
  owner: 'support',
};

describe('sla-workbench check', () => {
  it('lists each term with its band and exits 3 when one is beyond walk-away', async () => {
    const { code, out } = await run([
      'sla.docx',
      '--playbook',
      playbook({ availability: AVAILABILITY, p1_response: RESPONSE }),
      '--json',
      'rows.json',
    ]);
    expect(code).toBe(EXIT_BEYOND);
    expect(out).toMatch(/availability\s+99\.9%\s+Beyond walk-away\s+\S/);
    expect(out).toContain('beyond walk-away: availability');
    const rows = JSON.parse(readFileSync(join(dir, 'rows.json'), 'utf8')) as TermCheckRow[];
    expect(rows).toEqual([
      {
        id: 'availability',
        text: '99.9%',
        value: 99.9,
        band: 'beyond',
        clause: expect.stringContaining('Availability'),
      },
      {
        id: 'p1_response',
        text: '30\u00a0minutes',
        value: { value: 30, unit: 'minutes' },
        band: 'fallback',
        clause: expect.stringContaining('Incident response'),
      },
    ]);
  });

  it('exits 0 when nothing is beyond, naming skipped playbook terms on stderr', async () => {
    const { code, err } = await run([
      'sla.docx',
      '--playbook',
      playbook({ availability: { ...AVAILABILITY, walkAway: 99.95, fallback: 99.9 }, coffee: AVAILABILITY }),
    ]);
    expect(code).toBe(0);
    expect(err).toBe('warning: playbook.json: Unknown term “coffee”: skipped.\n');
  });

  it('runs on the importer’s own terms until the recogniser is wired (nothing rated)', async () => {
    const { code, out } = await run(
      ['sla.docx', '--playbook', playbook({ availability: AVAILABILITY })],
      commands.find((c) => c.name === 'check'),
    );
    expect(code).toBe(0);
    expect(out).toContain('availability_percent_1');
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
    expect(err).toBe('error: bad.json: The playbook has version 7; this app reads version 1.\n');
    expect(() => readFileSync(join(dir, 'rows.json'))).toThrow();
    const inconsistent = playbook({ availability: { ...AVAILABILITY, walkAway: 99 } }, 'inconsistent.json');
    expect((await run(['sla.docx', '--playbook', inconsistent])).err).toContain(
      'the walk-away is better for us than the target',
    );
  });
});
