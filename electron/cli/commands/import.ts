import { parseArgs } from 'node:util';
import type { CliCommand } from '../cliCommand';
import { CliUsageError } from '../CliUsageError';
import { CliFileError, readDocxFile } from './readDocxFile';

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Prints the clauses, terms, tracked changes and comments of a Word file as JSON',
  usage: 'sla-workbench import FILE.docx',
  async run(args, context) {
    let positionals: string[];
    try {
      ({ positionals } = parseArgs({ args: [...args], allowPositionals: true, options: {} }));
    } catch (error) {
      throw new CliUsageError((error as Error).message.split('\n')[0]!);
    }
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) throw new CliUsageError('expected one Word file: FILE.docx.');
    try {
      const imported = await readDocxFile(context.cwd, file);
      const { title, language, parties, clauses, terms } = imported.accepted;
      const output = {
        title,
        language,
        parties,
        clauses,
        terms,
        trackedChanges: imported.trackedChanges,
        comments: imported.comments,
        warnings: imported.warnings,
      };
      context.stdout(`${JSON.stringify(output, null, 2)}\n`);
      return 0;
    } catch (error) {
      if (error instanceof CliFileError) {
        context.stderr(`error: ${error.message}\n`);
        return 2;
      }
      throw error;
    }
  },
};
