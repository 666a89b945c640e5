import type { CliCommand } from '../cliCommand';

/**
 * Every CLI command, in the order `--help` lists them. Add new commands here (e.g. `compare`,
 * `import` from shared/docx).
 */
export const commands: readonly CliCommand[] = [];
