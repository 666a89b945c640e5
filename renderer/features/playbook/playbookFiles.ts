import { parsePlaybookFile, playbookFileText } from '../../../shared/playbook/playbookFile';
import type { PlaybookEntry } from '../../../shared/playbook/playbook';
import type { PlaybookProblem } from '../../../shared/playbook/playbookProblems';
import type { TermCatalogue } from '../../../shared/playbook/termCatalogue';
import { getPlatform } from '../../platform/platform';
import { fileStem } from '../word/exportNames';

const JSON_FILTERS = [{ name: 'Playbook (JSON)', extensions: ['json'] }];

/** `Managed-IT-Services-Business-playbook.json` */
export function playbookFileName(ownerName: string): string {
  return `${fileStem(ownerName)}-playbook.json`;
}

/** Saves the entries as a playbook file where the user chooses; the file name when saved. */
export async function exportPlaybookFile(
  entries: readonly PlaybookEntry[],
  ownerName: string,
): Promise<string | null> {
  const name = playbookFileName(ownerName);
  const result = await getPlatform().saveFile({
    bytes: new TextEncoder().encode(playbookFileText(entries)),
    suggestedName: name,
    filters: JSON_FILTERS,
  });
  return result.saved ? name : null;
}

export type PlaybookFileChoice =
  | { kind: 'cancelled' }
  | { kind: 'refused'; problems: PlaybookProblem[] }
  | { kind: 'read'; entries: PlaybookEntry[]; skipped: PlaybookProblem[] };

/** Lets the user pick a playbook file and reads it against the terms it may hold; writes nothing. */
export async function pickPlaybookFile(catalogue: TermCatalogue): Promise<PlaybookFileChoice> {
  const file = await getPlatform().openFile({ filters: JSON_FILTERS });
  if (!file) return { kind: 'cancelled' };
  const result = parsePlaybookFile(file.bytes, catalogue);
  return result.ok
    ? { kind: 'read', entries: result.entries, skipped: result.skipped }
    : { kind: 'refused', problems: result.problems };
}
