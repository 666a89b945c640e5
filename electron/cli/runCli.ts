import type { CliCommand, CliContext } from './cliCommand';
import { CliUsageError } from './CliUsageError';
import { cliVersion } from './cliVersion';
import { terminalSafe } from './terminalSafe';

export const CLI_NAME = 'sla-workbench';

/** Exit code for usage errors and failures, so scripts can tell them from a command's own results. */
export const EXIT_ERROR = 2;

function helpText(commands: readonly CliCommand[]): string {
  const width = Math.max('--version'.length, ...commands.map((command) => command.name.length));
  const lines = [
    `${CLI_NAME} ${cliVersion} — SLA Workbench on the command line`,
    '',
    `Usage: ${CLI_NAME} <command> [arguments]`,
    `       ${CLI_NAME} <command> --help`,
    '',
    'Commands:',
    ...(commands.length === 0
      ? ['  (none yet)']
      : commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`)),
    '',
    'Options:',
    `  ${'--help'.padEnd(width)}  show this help`,
    `  ${'--version'.padEnd(width)}  print the version`,
  ];
  return `${lines.join('\n')}\n`;
}

function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}

/**
 * The command router: `--help`, `--version`, then `<command> [args]`. Never throws; every
 * failure becomes one line on stderr and exit code {@link EXIT_ERROR}.
 */
export async function runCli(
  argv: readonly string[],
  outer: CliContext,
  commands: readonly CliCommand[],
): Promise<number> {
  // Whatever a command prints may quote a file; no control character reaches the terminal.
  const context: CliContext = {
    cwd: outer.cwd,
    stdout: (text) => outer.stdout(terminalSafe(text)),
    stderr: (text) => outer.stderr(terminalSafe(text)),
  };
  const [first, ...rest] = argv;
  const fail = (message: string): number => {
    context.stderr(`${CLI_NAME}: ${oneLine(message)}\n`);
    return EXIT_ERROR;
  };

  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' ? rest[0] : undefined;
    const command = topic === undefined ? undefined : commands.find((candidate) => candidate.name === topic);
    if (topic !== undefined && !command) return fail(`unknown command "${topic}". Run "${CLI_NAME} --help".`);
    context.stdout(command ? commandHelp(command) : helpText(commands));
    // Bare `sla-workbench` is a usage error that still shows the help, on stdout where people look.
    return first === undefined ? EXIT_ERROR : 0;
  }
  if (first === '--version' || first === '-v') {
    context.stdout(`${cliVersion}\n`);
    return 0;
  }
  const command = commands.find((candidate) => candidate.name === first);
  if (!command) {
    return fail(
      first.startsWith('-')
        ? `unknown option "${first}". Run "${CLI_NAME} --help".`
        : `unknown command "${first}". Run "${CLI_NAME} --help".`,
    );
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    context.stdout(commandHelp(command));
    return 0;
  }
  try {
    return await command.run(rest, context);
  } catch (error) {
    if (error instanceof CliUsageError) return fail(`${command.name}: ${error.message}`);
    const message = error instanceof Error ? error.message : String(error);
    return fail(`${command.name} failed: ${message}`);
  }
}

function commandHelp(command: CliCommand): string {
  return `${command.usage ?? `${CLI_NAME} ${command.name}`}\n\n${command.summary}\n`;
}
