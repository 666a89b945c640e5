import { writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { detectSilentEdits } from '../../../shared/docx/detectSilentEdits';
import { exportRedlineDocx } from '../../../shared/docx/exportDocx';
import { trackedEditsOf } from '../../../shared/docx/read/trackedEditsOf';
import { acceptedView } from '../../../shared/docx/read/viewWithTerms';
import { computeRedline } from '../../../shared/redline/computeRedline';
import type { Change } from '../../../shared/redline/types';
import type { CliCommand } from '../cliCommand';
import { CliUsageError } from '../CliUsageError';
import { CliFileError, readDocxFile } from './readDocxFile';

/** One line of `--json`: what changed, where, and whether NEW marked it as a tracked change. */
export interface CompareJsonChange {
  kind: Change['kind'];
  clause: string;
  before: string;
  after: string;
  tracked: boolean;
}

/**
 * A change of OLD → NEW counts as tracked unless the same difference is also there between OLD and
 * NEW with its tracked changes rejected: then NEW made it without marking it (a silent edit).
 */
function isSilent(change: Change, silentEdits: readonly Change[]): boolean {
  return silentEdits.some(
    (silent) =>
      silent.clauseId === change.clauseId &&
      ((silent.kind === change.kind && silent.before === change.before && silent.after === change.after) ||
        (silent.before !== '' && change.before.includes(silent.before)) ||
        (silent.after !== '' && change.after.includes(silent.after))),
  );
}

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
      // Until the change tree (engine, issue 8) reads each run's origin, the old engine compares
      // both files as accepted and the silent edits come from NEW's text before its tracked edits.
      const olderText = acceptedView(older.document);
      const newerText = acceptedView(newer.document);
      const redline = computeRedline(olderText, newerText);
      const { silentEdits } = detectSilentEdits(olderText, newer);
      const revision = trackedEditsOf(newer.document)[0]?.revisions[0];
      const author = revision?.author || basename(newFile);
      const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
      const bytes = await exportRedlineDocx(olderText, newerText, redline, {
        dealName: newerText.title || basename(newFile),
        roundLabel: `${basename(oldFile)} → ${basename(newFile)}`,
        authorA: basename(oldFile),
        authorB: author,
        dateA: now,
        dateB: revision?.date ?? now,
      });
      const changes: CompareJsonChange[] = redline.changes.map((change) => ({
        kind: change.kind,
        clause: [change.clauseNumberB ?? change.clauseNumberA, change.heading].filter(Boolean).join(' '),
        before: change.before,
        after: change.after,
        tracked: !isSilent(change, silentEdits),
      }));
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
