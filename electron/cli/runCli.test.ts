import { describe, expect, it } from 'vitest';
import type { CliCommand, CliContext } from './cliCommand';
import { CliUsageError } from './CliUsageError';
import { EXIT_ERROR, runCli } from './runCli';

function capture(): CliContext & { out: string; err: string } {
  const context = {
    out: '',
    err: '',
    cwd: '/work',
    stdout: (text: string) => void (context.out += text),
    stderr: (text: string) => void (context.err += text),
  };
  return context;
}

const echo: CliCommand = {
  name: 'echo',
  summary: 'Prints its arguments',
  usage: 'sla-workbench echo <words…>',
  run: async (args, context) => {
    if (args.length === 0) throw new CliUsageError('nothing to echo');
    if (args[0] === 'explode') throw new Error('disk on fire\n  at stack frame');
    context.stdout(`${args.join(' ')}\n`);
    return args[0] === 'differs' ? 1 : 0;
  },
};

describe('sla-workbench CLI router', () => {
  it('lists the commands with --help', async () => {
    const io = capture();
    expect(await runCli(['--help'], io, [echo])).toBe(0);
    expect(io.out).toMatch(/Usage: sla-workbench <command>/);
    expect(io.out).toMatch(/echo\s+Prints its arguments/);
  });

  it('prints a version with --version', async () => {
    const io = capture();
    expect(await runCli(['--version'], io, [])).toBe(0);
    expect(io.out).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('runs a command and passes its exit code through', async () => {
    const io = capture();
    expect(await runCli(['echo', 'differs', 'here'], io, [echo])).toBe(1);
    expect(io.out).toBe('differs here\n');
  });

  it('shows a command’s usage with <command> --help', async () => {
    const io = capture();
    expect(await runCli(['echo', '--help'], io, [echo])).toBe(0);
    expect(io.out).toContain('sla-workbench echo <words…>');
  });

  it('reports an unknown command as one stderr line and exit code 2', async () => {
    const io = capture();
    expect(await runCli(['frobnicate'], io, [echo])).toBe(EXIT_ERROR);
    expect(EXIT_ERROR).toBe(2);
    expect(io.err).toBe('sla-workbench: unknown command "frobnicate". Run "sla-workbench --help".\n');
    expect(io.out).toBe('');
  });

  it('turns usage errors and failures into one line, exit code 2, without a stack trace', async () => {
    const usage = capture();
    expect(await runCli(['echo'], usage, [echo])).toBe(2);
    expect(usage.err).toBe('sla-workbench: echo: nothing to echo\n');
    const failure = capture();
    expect(await runCli(['echo', 'explode'], failure, [echo])).toBe(2);
    expect(failure.err.trim().split('\n')).toHaveLength(1);
    expect(failure.err).toContain('echo failed: disk on fire');
  });

  it('exits with 2 when called without a command, showing the help', async () => {
    const io = capture();
    expect(await runCli([], io, [echo])).toBe(2);
    expect(io.out).toContain('Commands:');
  });
});
