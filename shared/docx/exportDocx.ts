import type { Language, SlaDocument } from '../model/document';
import type { ChangeTree } from '../redline/changeTree';
import { redlineDocument } from '../redline/redlineDocument';
import { writeDocx, type WriteMeta } from './write/writeDocx';

export { xmlSafe } from './write/writeDocx';

export interface ExportMeta {
  dealName: string;
  /** e.g. "Round 3" / "Runde 3" or "Draft". */
  roundLabel: string;
  /** Short content hash of the round, shown in the footer. */
  shortHash?: string;
  /** Full content hash, stored as a custom document property. */
  contentHash?: string;
  /** Our company; written as the document's author. */
  company?: string;
  createdAt?: string;
  /** The deal's comment threads for this file (shared/comments/threadsForExport). */
  comments?: WriteMeta['comments'];
}

export interface RedlineExportMeta extends ExportMeta {
  authorA: string;
  authorB: string;
  dateA: string;
  dateB: string;
}

const REDLINE_LABEL: Record<Language, string> = { en: 'Changes', de: 'Änderungen' };

/**
 * A clean Word document of a round or the draft, as the counterparty and their lawyer will see it:
 * the one document writer (shared/docx/write), ours in the house style, theirs as written.
 */
export async function exportCleanDocx(stored: SlaDocument, meta: ExportMeta): Promise<Uint8Array> {
  return writeDocx(stored, meta);
}

/**
 * b against a as real Word tracked changes, from the pair's change tree: the tree becomes one
 * document whose origins are the changes (`redlineDocument`) and the one writer writes it, so
 * "Accept All" yields b and "Reject All" yields a. Revisions their file tracked keep their author and
 * date; everything else is credited to whoever made round b.
 */
export async function exportRedlineDocx(tree: ChangeTree, meta: RedlineExportMeta): Promise<Uint8Array> {
  const doc = redlineDocument(tree, { author: meta.authorB, date: meta.dateB });
  const writeMeta: WriteMeta = {
    ...meta,
    roundLabel: `${REDLINE_LABEL[doc.language]}: ${meta.roundLabel}`,
    revisionAuthor: meta.authorB,
    revisionDate: meta.dateB,
  };
  return writeDocx(doc, writeMeta);
}
