import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { SlaDocument } from '../model/document';
import type { ReceivedFile, Round, RoundHashVersion, RoundSignature, Side } from '../model/deal';
import { documentAsVersion1 } from '../model/migrateDocument';

/**
 * Stable JSON of a value: object keys sorted by UTF-16 code unit, `undefined` members dropped (as
 * JSON.stringify does), arrays in order. Content is NOT Unicode-normalised: the hash must change when
 * any character of a frozen round changes, including a composed vs decomposed umlaut.
 * Persisted meaning: changing this function invalidates every stored round hash (needs a migration).
 */
export function canonicalize(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value))
      throw new Error('cannot canonicalize a non-finite number');
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (let index = 0; index < value.length; index++) {
      if (index > 0) out += ',';
      const item: unknown = value[index];
      out += item === undefined ? 'null' : canonicalize(item);
    }
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  let out = '{';
  let first = true;
  for (const key of Object.keys(record).sort()) {
    const member = record[key];
    if (member === undefined || typeof member === 'function') continue;
    if (!first) out += ',';
    first = false;
    out += `${JSON.stringify(key)}:${canonicalize(member)}`;
  }
  return `${out}}`;
}

/** The hash formula new rounds are frozen with. Persisted: see {@link canonicalRoundForm}. */
export const CURRENT_ROUND_HASH_VERSION = 2 satisfies RoundHashVersion;

/** Everything of a round its hash covers (besides the link to the previous round). */
export type RoundContent = Pick<Round, 'dealId' | 'number' | 'side' | 'document' | 'note' | 'author'> &
  Pick<Round, 'createdAt' | 'sourceFile' | 'received' | 'hashVersion'>;

/**
 * A document exactly as it was when its round was frozen, whatever shape migrations have lifted it to
 * since. Hash version 1 rounds were frozen with document model 1: their canonical text is the
 * document turned back into that shape (throws when it holds what version 1 could not, i.e. it was
 * changed). Hash version 2 came with document model 2 and covers the document as it is. When the
 * document model gets a new shape, the step back for older versions goes here, and only here.
 */
function asFrozen(document: SlaDocument, hashVersion: number): unknown {
  return hashVersion === 1 ? documentAsVersion1(document) : document;
}

function receivedDigest(received: ReceivedFile): string {
  return bytesToHex(
    // Hash version 2 covers the received file as it is (model 2); `original` only on older reads.
    sha256(utf8ToBytes(canonicalize(received))),
  );
}

/**
 * THE canonical form of a round: the one function that decides what a round's hash covers.
 *
 * - Version 1 (`hashVersion` absent): the document only. Every round frozen before issue 9 has it,
 *   and keeps verifying with it.
 * - Version 2: who, when, which side, which number of which deal, the note, the source file, the
 *   received file (its tracked changes, comments, the text before their changes; as a SHA-256 of its
 *   canonical JSON) and the document. Editing any of these breaks the hash.
 *
 * Persisted meaning: changing the output for an existing version invalidates stored hashes. A new
 * formula is a new version.
 */
export function canonicalRoundForm(round: RoundContent): string {
  const version = round.hashVersion ?? 1;
  if (version === 1) return canonicalize(asFrozen(round.document, 1));
  return canonicalize({
    kind: 'sla-workbench-round',
    hashVersion: 2,
    dealId: round.dealId,
    number: round.number,
    side: round.side,
    author: round.author,
    createdAt: round.createdAt,
    note: round.note,
    sourceFile: round.sourceFile ?? null,
    received: round.received ? receivedDigest(round.received) : null,
    document: asFrozen(round.document, 2),
  });
}

/** SHA-256 (hex) of a round's canonical form chained to the previous round's hash. */
export function hashRoundContent(round: RoundContent, prevHash: string | null): string {
  return bytesToHex(sha256(utf8ToBytes(`${prevHash ?? ''}\n${canonicalRoundForm(round)}`)));
}

/**
 * Hash version 1 of a bare document (no round metadata). Also labels a draft in exported files.
 * Equal to `hashRoundContent` of a version-1 round with that document.
 */
export function hashRound(document: SlaDocument, prevHash: string | null): string {
  return bytesToHex(sha256(utf8ToBytes(`${prevHash ?? ''}\n${canonicalize(asFrozen(document, 1))}`)));
}

/** Why a chain does not verify; the renderer turns the code into a sentence in the user's language. */
export type ChainProblemCode =
  | 'missing-round'
  | 'first-has-predecessor'
  | 'bad-link'
  | 'altered'
  | 'unreadable'
  | 'downgraded'
  | 'unsigned'
  | 'unknown-signer'
  | 'bad-signature';

export interface ChainProblem {
  code: ChainProblemCode;
  /** The number of the round that fails. */
  round: number;
  /** For `missing-round`: the number that was expected at that place. */
  expected?: number;
}

export type ChainVerification =
  { ok: true } | { ok: false; brokenAt: number; problem: ChainProblem; reason: string };

/** English, for logs and the CLI; the UI uses `problem`. */
export function describeChainProblem(problem: ChainProblem): string {
  const n = problem.round;
  switch (problem.code) {
    case 'missing-round':
      return `round ${problem.expected ?? n} is missing (found round ${n})`;
    case 'first-has-predecessor':
      return 'the first round must not point to a previous round';
    case 'bad-link':
      return `round ${n} does not point to round ${n - 1}`;
    case 'altered':
      return `the content of round ${n} was changed after it was frozen`;
    case 'unreadable':
      return `round ${n} is damaged and cannot be read`;
    case 'downgraded':
      return `round ${n} lacks the protection of the rounds before it (an older hash formula)`;
    case 'unsigned':
      return `round ${n} carries no signature`;
    case 'unknown-signer':
      return `round ${n} was signed by no installation this app knows`;
    case 'bad-signature':
      return `the signature of round ${n} does not match its content`;
  }
}

export function chainFailure(problem: ChainProblem): ChainVerification {
  return { ok: false, brokenAt: problem.round, problem, reason: describeChainProblem(problem) };
}

/**
 * What chain verification needs of one round. A restore of a large backup keeps only this per round
 * (not the documents), so a deal's chain is checked after all its rounds were read.
 */
export interface RoundLink {
  number: number;
  hash: string;
  prevHash: string | null;
  hashVersion?: RoundHashVersion;
  signature?: RoundSignature;
  /** The hash computed from the round's content; `null` when the content cannot be hashed. */
  contentHash: string | null;
}

export function roundLinkOf(round: Round): RoundLink {
  let contentHash: string | null;
  try {
    contentHash = hashRoundContent(round, round.prevHash);
  } catch {
    contentHash = null;
  }
  const link: RoundLink = { number: round.number, hash: round.hash, prevHash: round.prevHash, contentHash };
  if (round.hashVersion !== undefined) link.hashVersion = round.hashVersion;
  if (round.signature !== undefined) link.signature = round.signature;
  return link;
}

/**
 * Checks a deal's rounds in order of their number: each round's hash matches its content (by its
 * own hash version) and the previous round's hash, the first round has no predecessor, numbers run
 * 1, 2, 3 …, and no round falls back to an older hash version than a round before it. Signatures are
 * checked by `verifyRounds` (they need the known keys). `brokenAt` is the first round that fails.
 */
export function verifyChainLinks(links: readonly RoundLink[]): ChainVerification {
  const ordered = [...links].sort((x, y) => x.number - y.number);
  let previous: RoundLink | null = null;
  let highestVersion = 1;
  for (const [index, round] of ordered.entries()) {
    const expectedNumber = index + 1;
    if (round.number !== expectedNumber)
      return chainFailure({ code: 'missing-round', round: round.number, expected: expectedNumber });
    const expectedPrev = previous?.hash ?? null;
    if (round.prevHash !== expectedPrev)
      return chainFailure({
        code: expectedPrev === null ? 'first-has-predecessor' : 'bad-link',
        round: round.number,
      });
    if (round.contentHash === null) return chainFailure({ code: 'unreadable', round: round.number });
    if (round.contentHash !== round.hash) return chainFailure({ code: 'altered', round: round.number });
    const version = round.hashVersion ?? 1;
    // A forger cannot pass a signed round off as an old unsigned one once a later-format round exists.
    if (version < highestVersion) return chainFailure({ code: 'downgraded', round: round.number });
    highestVersion = version;
    previous = round;
  }
  return { ok: true };
}

/** {@link verifyChainLinks} over whole rounds. */
export function verifyChain(rounds: readonly Round[]): ChainVerification {
  return verifyChainLinks(rounds.map(roundLinkOf));
}

export interface BuildRoundInput {
  id: string;
  dealId: string;
  number: number;
  side: Side;
  document: SlaDocument;
  note: string;
  author: string;
  createdAt: string;
  prevHash: string | null;
  sourceFile?: string;
  received?: ReceivedFile;
  /** The formula to freeze with; {@link CURRENT_ROUND_HASH_VERSION} unless a test needs an old round. */
  hashVersion?: RoundHashVersion;
  signature?: RoundSignature;
}

/**
 * Freezes a document as a round. The document is deep-copied so later edits of the draft cannot
 * reach into the frozen round through shared references. The round is unsigned: the installation's
 * key signs its hash (renderer/db signing keys) before it is stored.
 */
export function buildRound(input: BuildRoundInput): Round {
  const document = JSON.parse(JSON.stringify(input.document)) as SlaDocument;
  const hashVersion = input.hashVersion ?? CURRENT_ROUND_HASH_VERSION;
  const round: Round = {
    id: input.id,
    dealId: input.dealId,
    number: input.number,
    side: input.side,
    document,
    note: input.note,
    author: input.author,
    createdAt: input.createdAt,
    hash: '',
    prevHash: input.prevHash,
  };
  if (input.sourceFile !== undefined) round.sourceFile = input.sourceFile;
  if (input.received !== undefined)
    round.received = JSON.parse(JSON.stringify(input.received)) as ReceivedFile;
  if (hashVersion !== 1) round.hashVersion = hashVersion;
  round.hash = hashRoundContent(round, input.prevHash);
  if (input.signature) round.signature = input.signature;
  return round;
}
