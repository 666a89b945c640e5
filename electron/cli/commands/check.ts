import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  anyBeyond,
  checkTerms,
  termsToCheck,
  type TermCheckRow,
  type TermToCheck,
} from '../../../shared/checks/checkTerms';
import type { ImportedDocx } from '../../../shared/docx/importDocx';
import { BAND_NAMES } from '../../../shared/playbook/describeBand';
import { playbookOf } from '../../../shared/playbook/playbook';
import { parsePlaybookFile, PLAYBOOK_MAX_BYTES } from '../../../shared/playbook/playbookFile';
import { playbookProblemText } from '../../../shared/playbook/playbookProblems';
import { catalogueOf, mergeCatalogues, STANDARD_CATALOGUE } from '../../../shared/playbook/termCatalogue';
import type { CliCommand } from '../cliCommand';
import { CliUsageError } from '../CliUsageError';
import { CliFileError, readDocxFile } from './readDocxFile';

/** Exit code when a term is beyond its walk-away: scripts can stop a document from going further. */
export const EXIT_BEYOND = 3;

async function readPlaybook(cwd: string, file: string): Promise<Uint8Array> {
  const path = resolve(cwd, file);
  const name = basename(file);
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new CliFileError(`${name} is not a file.`);
    // Refused before reading; parsePlaybookFile checks the size again on the bytes.
    if (info.size > PLAYBOOK_MAX_BYTES) return new Uint8Array(PLAYBOOK_MAX_BYTES + 1);
  } catch (error) {
    if (error instanceof CliFileError) throw error;
    throw new CliFileError(`${name} cannot be opened (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
  return new Uint8Array(await readFile(path));
}

function table(rows: readonly TermCheckRow[]): string {
  const band = (row: TermCheckRow) => (row.band ? BAND_NAMES.en[row.band] : '–');
  const widths = [
    Math.max(4, ...rows.map((row) => row.id.length)),
    Math.max(5, ...rows.map((row) => row.text.length)),
    Math.max(4, ...rows.map((row) => band(row).length)),
  ];
  const line = (cells: string[]) =>
    cells
      .map((cell, index) => (index < widths.length ? cell.padEnd(widths[index]!) : cell))
      .join('  ')
      .trimEnd();
  return [
    line(['term', 'value', 'band', 'clause']),
    ...rows.map((row) => line([row.id, row.text, band(row), row.clause])),
  ].join('\n');
}

/**
 * Finds the typed terms of an imported Word file. Today: the terms importDocx types. The term
 * recogniser for customer paper (shared/terms, issue 10 §3) is wired in here by the lead.
 */
export type RecogniseTerms = (imported: ImportedDocx) => TermToCheck[];

export const checkCommand: CliCommand = checkCommandWith((imported) => termsToCheck(imported.accepted));

export function checkCommandWith(recognise: RecogniseTerms): CliCommand {
  return {
    name: 'check',
    summary:
      'Lists the terms of a Word file with their playbook band; exit code 3 when one is beyond walk-away',
    usage: 'sla-workbench check FILE.docx --playbook PLAYBOOK.json [--json OUT]',
    async run(args, context) {
      let parsed;
      try {
        parsed = parseArgs({
          args: [...args],
          allowPositionals: true,
          options: { playbook: { type: 'string' }, json: { type: 'string' } },
        });
      } catch (error) {
        throw new CliUsageError((error as Error).message.split('\n')[0]!);
      }
      const [file, ...extra] = parsed.positionals;
      if (!file || extra.length > 0) throw new CliUsageError('expected one Word file: FILE.docx.');
      const playbookFile = parsed.values.playbook;
      if (!playbookFile) throw new CliUsageError('missing --playbook PLAYBOOK.json.');

      try {
        const imported = await readDocxFile(context.cwd, file);
        const terms = recognise(imported);
        const result = parsePlaybookFile(
          await readPlaybook(context.cwd, playbookFile),
          mergeCatalogues(catalogueOf(terms.map((item) => item.term)), STANDARD_CATALOGUE),
        );
        if (!result.ok) {
          const [first, ...more] = result.problems;
          context.stderr(
            `error: ${basename(playbookFile)}: ${first ? playbookProblemText(first, 'en') : 'refused'}${more.length > 0 ? ` (and ${more.length} more)` : ''}\n`,
          );
          return 2;
        }
        for (const skipped of result.skipped)
          context.stderr(`warning: ${basename(playbookFile)}: ${playbookProblemText(skipped, 'en')}\n`);
        const rows = checkTerms(terms, playbookOf(result.entries));
        if (parsed.values.json)
          await writeFile(resolve(context.cwd, parsed.values.json), `${JSON.stringify(rows, null, 2)}\n`);
        context.stdout(`${table(rows)}\n`);
        if (anyBeyond(rows)) {
          const beyond = rows.filter((row) => row.band === 'beyond').map((row) => row.id);
          context.stdout(`beyond walk-away: ${beyond.join(', ')}\n`);
          return EXIT_BEYOND;
        }
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
}
