import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { ImportedDocx } from '../../../shared/docx/importDocx';
import { ourDocumentFrom } from '../../../shared/docx/read/ourDocumentFrom';
import type { Round, SlaDocument, Side } from '../../../shared/model';
import { canonicalize } from '../../../shared/rounds/hashRound';
import type { Repositories } from '../../db';
import { appendRound } from '../rounds/roundActions';

export type ImportRepositories = Pick<Repositories, 'rounds'>;

export interface ImportReference {
  document: SlaDocument;
  /** The round compared against; `null` when only the draft exists. */
  round: Round | null;
}

/**
 * What an incoming file is read against (issue 4): our last sent round; without one, the last round
 * of either side; without any round, the draft. Its clause and term ids are what the file maps onto.
 */
export function chooseReference(
  rounds: readonly Round[],
  draft: SlaDocument | undefined,
): ImportReference | null {
  const ordered = [...rounds].sort((x, y) => x.number - y.number);
  const round = ordered.filter((r) => r.side === 'us').at(-1) ?? ordered.at(-1) ?? null;
  if (round) return { document: round.document, round };
  return draft ? { document: draft, round: null } : null;
}

/**
 * The user's answer for clauses of the file that matched none of ours: map `unmapped id → our clause
 * id`; anything not in the map stays a new clause. Tracked changes and comments follow the clause.
 * A target already used by another clause of the file is ignored (ids must stay unique).
 */
export function applyAssignments(
  imported: ImportedDocx,
  assignments: ReadonlyMap<string, string>,
): ImportedDocx {
  const taken = new Set(imported.document.clauses.map((clause) => clause.id));
  const rename = new Map<string, string>();
  for (const [from, to] of assignments) {
    if (from === to || !imported.unmapped.includes(from) || taken.has(to)) continue;
    rename.set(from, to);
    taken.add(to);
  }
  if (rename.size === 0) return imported;
  const id = (clauseId: string) => rename.get(clauseId) ?? clauseId;
  const renameIn = (doc: SlaDocument): SlaDocument => ({
    ...doc,
    clauses: doc.clauses.map((clause) => (rename.has(clause.id) ? { ...clause, id: id(clause.id) } : clause)),
  });
  return {
    ...imported,
    document: renameIn(imported.document),
    comments: imported.comments.map((comment) => ({ ...comment, clauseId: id(comment.clauseId) })),
    unmapped: imported.unmapped.filter((clauseId) => !rename.has(clauseId)),
  };
}

export interface RecordImportInput {
  dealId: string;
  fileName: string;
  imported: ImportedDocx;
  /** `them`: their answer (the usual case). `us`: the version we sent before the deal was in the app. */
  side: Side;
  author: string;
  note?: string;
  /** Only for `us`: continue our work from this text (the draft is replaced). */
  replaceDraft?: boolean;
  /** The round the file was read against; silent edits are shown relative to it. */
  referenceRoundId?: string;
  /** The action's idempotency key (the new round's id); derived from the file and its reference when omitted. */
  roundId?: string;
}

/**
 * The same file recorded against the same reference is the same action: a retry after a failure (or
 * after an answer that never arrived) finds the round it wrote instead of adding a second one.
 */
export function importRoundId(input: RecordImportInput): string {
  const key = canonicalize({
    dealId: input.dealId,
    side: input.side,
    fileName: input.fileName,
    referenceRoundId: input.referenceRoundId ?? null,
    document: input.imported.document,
  });
  return `import-${bytesToHex(sha256(utf8ToBytes(key))).slice(0, 40)}`;
}

/**
 * Freezes an imported Word file as the deal's next round, chained to the last round's hash, in one
 * transaction with the deal's status and (for a version of ours) the draft. The round's document is
 * their text exactly as written, every tracked change in place (its views are Accept All and Reject
 * All); what else the file brought (comments, unmapped clauses, notes from reading it) is kept
 * beside it as `received`, and the hash covers both.
 * A deal that was drafting or waiting for approval is negotiating from now on.
 */
export async function recordImportedRound(
  repositories: ImportRepositories,
  input: RecordImportInput,
): Promise<Round> {
  const fileName = input.fileName.slice(0, 500);
  const received: Round['received'] =
    input.side === 'them'
      ? {
          fileName,
          comments: input.imported.comments,
          unmapped: input.imported.unmapped,
          warnings: input.imported.warnings,
          ...(input.referenceRoundId ? { referenceRoundId: input.referenceRoundId } : {}),
        }
      : undefined;
  return appendRound(repositories, {
    roundId: input.roundId ?? importRoundId(input),
    dealId: input.dealId,
    side: input.side,
    document: input.imported.document,
    note: input.note ?? '',
    author: input.author,
    sourceFile: fileName,
    ...(received ? { received } : {}),
    // An answer from outside ends any wait for approval: the deal is being negotiated.
    negotiatingFrom: ['drafting', 'approval'],
    replaceDraft: input.side === 'us' && input.replaceDraft === true,
    draftDocument: ourDocumentFrom(input.imported.document),
  });
}
