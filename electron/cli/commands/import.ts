import { parseArgs } from 'node:util';
import type { CliCommand } from '../cliCommand';
import { CliUsageError } from '../CliUsageError';
import { trackedEditsOf } from '../../../shared/docx/read/trackedEditsOf';
import { CliFileError, readDocxFile } from './readDocxFile';

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Prints a Word file as read (clauses as written, terms, tracked edits, comments, notes) as JSON',
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
      const { title, language, parties, front, clauses, terms, pageParts } = imported.document;
      // The document as written (every run with its origin), its tracked edits as a list, and
      // what reading it noted.
      const output = {
        title,
        language,
        parties,
        ...(front ? { front } : {}),
        clauses,
        terms,
        ...(pageParts ? { pageParts } : {}),
        trackedEdits: trackedEditsOf(imported.document),
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
