import type { CliCommand } from '../cliCommand';
import { calcCommand } from './calc';
import { checkCommand } from './check';
import { compareCommand } from './compare';
import { importCommand } from './import';
import { reportCommand } from './report';

/**
 * Every CLI command, in the order `--help` lists them. Add new commands here (e.g. `compare`,
 * `import` from shared/docx).
 */
export const commands: readonly CliCommand[] = [
  compareCommand,
  importCommand,
  checkCommand,
  calcCommand,
  reportCommand,
];
