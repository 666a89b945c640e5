import { describe, expect, it } from 'vitest';
import type { CliContext } from '../cliCommand';
import { runCli } from '../runCli';
import { commands } from './index';

async function run(...args: string[]) {
  const io = { out: '', err: '' };
  const context: CliContext = {
    cwd: '/',
    stdout: (text) => void (io.out += text),
    stderr: (text) => void (io.err += text),
  };
  const code = await runCli(['calc', ...args], context, commands);
  return { code, ...io };
}

describe('sla-workbench calc', () => {
  it('gives the downtime an availability allows per month, quarter and year', async () => {
    const { code, out } = await run('downtime', '99.9');
    expect(code).toBe(0);
    expect(out).toContain('per month (30 days): 43.2\u00a0min (43.2 minutes)');
    expect(out).toContain('per quarter (90 days): 2\u00a0h 9.6\u00a0min');
    expect(out).toContain('per year (365 days): 8\u00a0h 45.6\u00a0min (525.6 minutes)');
  });

  it('counts only service hours, for one period, as JSON', async () => {
    const { code, out } = await run(
      'downtime',
      '99.9',
      '--period',
      'month',
      '--hours-per-week',
      '50',
      '--json',
    );
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json).toMatchObject({
      availability: 99.9,
      hoursPerWeek: 50,
      periods: [{ period: 'month', days: 30 }],
    });
    expect(json.periods[0].minutes).toBeCloseTo(12.857142857, 8);
  });

  it('gives the availability a downtime leaves', async () => {
    const { out } = await run('availability', '2h', '--period', 'month', '--json');
    expect(JSON.parse(out).periods[0].availability).toBeCloseTo(99.7222222, 6);
    expect((await run('availability', '43.2', '--period', 'month')).out).toContain(
      'per month (30 days): 99.9%',
    );
  });

  it('multiplies a chain in series and combines a redundant pair', async () => {
    const { code, out } = await run('composite', '99.95 99.9/99.5');
    expect(code).toBe(0);
    expect(out).toContain('link 2: 99.9 / 99.5 (redundant: 99.9995%)');
    expect(out).toContain('composite availability: 99.9495% (exactly 99.94950025%)');
    expect(JSON.parse((await run('composite', '99.95', '99.95', '--json')).out).composite).toBe('99.900025');
  });

  it('gives the worst-case credit of a month, held at the cap', async () => {
    const { code, out } = await run(
      'credits',
      '--fee',
      '4200',
      '--band',
      '99.9:10',
      '--band',
      '99:30',
      '--cap',
      '15',
    );
    expect(code).toBe(0);
    expect(out).toContain('below 99.9%: 10% of the fee = 420 EUR');
    expect(out).toContain('worst case per month: 15% = 630 EUR (held at the cap)');
  });

  it.each([
    [['downtime'], 'missing AVAILABILITY'],
    [['downtime', '101'], 'between 0 and 100'],
    [['downtime', 'lots'], 'must be a number'],
    [['downtime', '99.9', '--period', 'week'], '--period must be month, quarter or year'],
    [['downtime', '99.9', '--hours-per-week', '200'], 'between 1 and 168 hours'],
    [['availability', '50000', '--period', 'month'], 'more than the period'],
    [['composite', '99.9', 'x'], 'cannot read "x"'],
    [['credits', '--fee', '100'], 'missing --band'],
    [['credits', '--fee', '100', '--band', '99'], 'BELOW:CREDIT'],
    [['credits', '--fee', '100', '--band', '99:5', '--currency', 'XBT'], '--currency'],
    [['integrate'], 'unknown calculation'],
    [[], 'expected downtime'],
    [['downtime', '99', '--bogus'], 'Unknown option'],
  ])('refuses %j with one line and exit code 2', async (args, message) => {
    const { code, err, out } = await run(...args);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(message);
    expect(err.trim().split('\n')).toHaveLength(1);
  });
});
