import type { Round, SlaDocument } from '../../../shared/model';
import { canonicalize, hashRound } from '../../../shared/rounds/hashRound';

/** One side of an export: a frozen round, or the draft (`round: null`). */
export interface ExportSource {
  round: Round | null;
  document: SlaDocument;
}

/**
 * A customer name as part of a file name: no path separators or characters Windows refuses,
 * spaces as dashes, short enough for every file system.
 */
export function fileStem(customer: string): string {
  const stem = customer
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are refused in file names
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '')
    .slice(0, 80);
  return stem || 'Customer';
}

const part = (source: ExportSource) => (source.round ? `round-${source.round.number}` : 'draft');
const shortPart = (source: ExportSource) => (source.round ? `r${source.round.number}` : 'draft');

/** `Kessler-Logistics-SLA-round-3.docx`, `…-SLA-draft.pdf` */
export function cleanFileName(customer: string, source: ExportSource, extension: 'docx' | 'pdf'): string {
  return `${fileStem(customer)}-SLA-${part(source)}.${extension}`;
}

/** `Kessler-Logistics-SLA-redline-r2-r3.docx`, `…-redline-r3-draft.pdf` */
export function redlineFileName(
  customer: string,
  a: ExportSource,
  b: ExportSource,
  extension: 'docx' | 'pdf',
): string {
  return `${fileStem(customer)}-SLA-redline-${shortPart(a)}-${shortPart(b)}.${extension}`;
}

/** The content hash shown in the footer: the round's chained hash, or for the draft a hash of its text. */
export function contentHash(source: ExportSource): string {
  return source.round?.hash ?? hashRound(source.document, null);
}

export const shortHash = (hash: string) => hash.slice(0, 8);

/**
 * The redline offered first: the draft against the last round while the draft has moved on from it;
 * once the draft equals the last round (just sent), the last two rounds.
 */
export function defaultRedlinePair(
  rounds: readonly Round[],
  draft: SlaDocument | undefined,
): { a: ExportSource; b: ExportSource } | null {
  const ordered = [...rounds].sort((x, y) => x.number - y.number);
  const last = ordered.at(-1);
  if (!last) return null;
  const asSource = (round: Round): ExportSource => ({ round, document: round.document });
  const previous = ordered.at(-2);
  if (draft && (canonicalize(draft) !== canonicalize(last.document) || !previous))
    return { a: asSource(last), b: { round: null, document: draft } };
  return previous ? { a: asSource(previous), b: asSource(last) } : null;
}

export interface Names {
  authorName: string;
  providerName: string;
  customerName: string;
}

/** Who made a version: tracked changes carry this name in Word's Review pane. */
export function sideAuthor(source: ExportSource, names: Names): string {
  if (source.round?.side === 'them') return names.customerName || 'Customer';
  return names.authorName || names.providerName || 'SLA Workbench';
}

/** When a version was made: the round's date, the draft's now. */
export function sideDate(source: ExportSource, now: string): string {
  return source.round?.createdAt ?? now;
}
