import { acceptedView } from '../../../shared/docx/read/viewWithTerms';
import { exportCleanDocx, exportRedlineDocx, type ExportMeta } from '../../../shared/docx/exportDocx';
import type { ExportThread } from '../../../shared/comments/threadsForExport';
import type { Deal } from '../../../shared/model';
import type { ChangeTree } from '../../../shared/redline';
import {
  cleanFileName,
  contentHash,
  redlineFileName,
  shortHash,
  sideAuthor,
  sideDate,
  type ExportSource,
  type Names,
} from './exportNames';

export interface ExportContext {
  deal: Pick<Deal, 'title' | 'customer'>;
  names: Names;
  /** "Round 3" / "Runde 3" / "Draft", in the deal's language (the document's, not the UI's). */
  label(source: ExportSource): string;
  /** "Round 3 compared with Round 2", in the deal's language. */
  redlineLabel(a: ExportSource, b: ExportSource): string;
  now: string;
  /** The comment threads a file of this source carries (issue 12 §6); none when absent. */
  threadsFor?: (source: ExportSource) => ExportThread[];
}

export interface ExportedFile {
  bytes: Uint8Array;
  fileName: string;
}

function meta(source: ExportSource, context: ExportContext, roundLabel: string): ExportMeta {
  const hash = contentHash(source);
  const result: ExportMeta = {
    dealName: context.deal.title,
    roundLabel,
    shortHash: shortHash(hash),
    contentHash: hash,
    createdAt: context.now,
  };
  if (context.names.providerName) result.company = context.names.providerName;
  const comments = context.threadsFor?.(source);
  if (comments && comments.length > 0) result.comments = comments;
  return result;
}

/** The clean Word file of a round or the draft, named `<customer>-SLA-round-3.docx`. */
export async function cleanDocxFile(source: ExportSource, context: ExportContext): Promise<ExportedFile> {
  return {
    bytes: await exportCleanDocx(acceptedView(source.document), meta(source, context, context.label(source))),
    fileName: cleanFileName(context.deal.customer.name, source, 'docx'),
  };
}

/**
 * Version b against version a as Word tracked changes, each side's marks credited to whoever made
 * it (ours: the author from the settings; theirs: the customer), named `<customer>-SLA-redline-r2-r3.docx`.
 */
export async function redlineDocxFile(
  a: ExportSource,
  b: ExportSource,
  tree: ChangeTree,
  context: ExportContext,
): Promise<ExportedFile> {
  const bytes = await exportRedlineDocx(tree, {
    ...meta(b, context, context.redlineLabel(a, b)),
    authorA: sideAuthor(a, context.names),
    authorB: sideAuthor(b, context.names),
    dateA: sideDate(a, context.now),
    dateB: sideDate(b, context.now),
  });
  return { bytes, fileName: redlineFileName(context.deal.customer.name, a, b, 'docx') };
}
