import { writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { exportRedlineDocx } from '../../../shared/docx/exportDocx';
import { trackedEditsOf } from '../../../shared/docx/read/trackedEditsOf';
import { acceptedView } from '../../../shared/docx/read/viewWithTerms';
import { buildChangeTree } from '../../../shared/redline/buildChangeTree';
import { changeListJson, type ChangeJson } from '../../../shared/redline/changeListJson';
import type { CliCommand } from '../cliCommand';
import { CliUsageError } from '../CliUsageError';
import { CliFileError, readDocxFile } from './readDocxFile';

/** One line of `--json` (shared/redline/changeListJson): what changed, where, tracked or silent, by whom. */
export type CompareJsonChange = ChangeJson;

export const compareCommand: CliCommand = {
  name: 'compare',
  summary: 'Writes the redline of two Word files as tracked changes (and, with --json, the list of changes)',
  usage: 'sla-workbench compare OLD.docx NEW.docx --out REDLINE.docx [--json CHANGES.json]',
  async run(args, context) {
    let parsed;
    try {
      parsed = parseArgs({
        args: [...args],
        allowPositionals: true,
        options: { out: { type: 'string' }, json: { type: 'string' } },
      });
    } catch (error) {
      throw new CliUsageError((error as Error).message.split('\n')[0]!);
    }
    const [oldFile, newFile, ...extra] = parsed.positionals;
    if (!oldFile || !newFile || extra.length > 0)
      throw new CliUsageError('expected two Word files: OLD.docx NEW.docx.');
    const out = parsed.values.out;
    if (!out) throw new CliUsageError('missing --out REDLINE.docx.');

    try {
      const older = await readDocxFile(context.cwd, oldFile);
      const newer = await readDocxFile(context.cwd, newFile, older.document);
      // NEW was read against OLD: its own tracked changes say what is tracked, the rest is silent.
      const base = acceptedView(older.document);
      const tree = buildChangeTree(base, newer.document, { originsJudged: true });
      const revision = trackedEditsOf(newer.document)[0]?.revisions[0];
      const author = revision?.author || basename(newFile);
      const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
      const bytes = await exportRedlineDocx(tree, {
        dealName: acceptedView(newer.document).title || basename(newFile),
        roundLabel: `${basename(oldFile)} → ${basename(newFile)}`,
        authorA: basename(oldFile),
        authorB: author,
        dateA: now,
        dateB: revision?.date ?? now,
      });
      const changes = changeListJson(tree);
      // Written only after both files were read and the redline built: a refused input writes nothing.
      await writeFile(resolve(context.cwd, out), bytes);
      if (parsed.values.json)
        await writeFile(resolve(context.cwd, parsed.values.json), `${JSON.stringify(changes, null, 2)}\n`);
      const silent = changes.filter((change) => !change.tracked).length;
      context.stdout(
        `${changes.length} change${changes.length === 1 ? '' : 's'} (${silent} not marked as tracked changes); redline written to ${out}\n`,
      );
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
