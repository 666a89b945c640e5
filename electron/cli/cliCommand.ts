/** Where a command writes; the real process streams in production, buffers in tests. */
export interface CliContext {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Resolves relative file arguments; the process's working directory in production. */
  cwd: string;
}

/**
 * One `sla-workbench <name> …` command. Add a file under electron/cli/commands/ exporting one of
 * these and list it in electron/cli/commands/index.ts.
 */
export interface CliCommand {
  name: string;
  /** One line for `sla-workbench --help`. */
  summary: string;
  /** Shown by `sla-workbench <name> --help`, e.g. `sla-workbench compare <old.docx> <new.docx>`. */
  usage?: string;
  /**
   * Runs with the arguments after the command name; resolves to the exit code (0 = success).
   * Throw `CliUsageError` (electron/cli/CliUsageError.ts) for bad arguments; any other error is reported as one line, exit 2.
   */
  run(args: readonly string[], context: CliContext): Promise<number>;
}
