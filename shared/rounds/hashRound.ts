import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { SlaDocument } from '../model/document';
import type { Round, Side } from '../model/deal';
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
  if (Array.isArray(value))
    return `[${value.map((item) => (item === undefined ? 'null' : canonicalize(item))).join(',')}]`;
  const record = value as Record<string, unknown>;
  const members: string[] = [];
  for (const key of Object.keys(record).sort()) {
    const member = record[key];
    if (member === undefined || typeof member === 'function') continue;
    members.push(`${JSON.stringify(key)}:${canonicalize(member)}`);
  }
  return `{${members.join(',')}}`;
}

/**
 * How a round's hash was computed. Persisted on every round (absent = 1); a new formula adds a
 * version and old rounds keep verifying with the one they were frozen with.
 * - 1: the document as a version-1 build stored it (rounds frozen before document version 2);
 * - 2: the document in its current shape (version 2).
 */
export const CURRENT_HASH_VERSION = 2;

function hashOf(canonicalDocument: string, prevHash: string | null): string {
  return bytesToHex(sha256(utf8ToBytes(`${prevHash ?? ''}\n${canonicalDocument}`)));
}

/**
 * The canonical form a round's hash covers: the document exactly as it was when the round was
 * frozen, whatever shape migrations have lifted it to since.
 */
export function canonicalFrozenDocument(document: SlaDocument, hashVersion: number): string {
  return canonicalize(hashVersion === 1 ? documentAsVersion1(document) : document);
}

/** SHA-256 (hex) of a round's canonical document, chained to the previous round's hash. */
export function hashRound(
  document: SlaDocument,
  prevHash: string | null,
  hashVersion: number = CURRENT_HASH_VERSION,
): string {
  return hashOf(canonicalFrozenDocument(document, hashVersion), prevHash);
}

function recomputedHash(round: Round): string | null {
  try {
    return hashRound(round.document, round.prevHash, round.hashVersion ?? 1);
  } catch {
    // A version-1 round whose document holds what version 1 could not: it was changed.
    return null;
  }
}

export type ChainVerification = { ok: true } | { ok: false; brokenAt: number; reason: string };

/**
 * Checks a deal's rounds in order of their number: each round's hash matches its content and the
 * previous round's hash, the first round has no predecessor, and numbers run 1, 2, 3 …
 * `brokenAt` is the number of the first round that fails.
 */
export function verifyChain(rounds: readonly Round[]): ChainVerification {
  const ordered = [...rounds].sort((x, y) => x.number - y.number);
  let previous: Round | null = null;
  for (const [index, round] of ordered.entries()) {
    const expectedNumber = index + 1;
    if (round.number !== expectedNumber)
      return {
        ok: false,
        brokenAt: round.number,
        reason: `round ${expectedNumber} is missing (found round ${round.number})`,
      };
    const expectedPrev = previous?.hash ?? null;
    if (round.prevHash !== expectedPrev)
      return {
        ok: false,
        brokenAt: round.number,
        reason:
          expectedPrev === null
            ? 'the first round must not point to a previous round'
            : `round ${round.number} does not point to round ${round.number - 1}`,
      };
    if (recomputedHash(round) !== round.hash)
      return {
        ok: false,
        brokenAt: round.number,
        reason: `the content of round ${round.number} was changed after it was frozen`,
      };
    previous = round;
  }
  return { ok: true };
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
}

/**
 * Freezes a document as a round. The document is deep-copied so later edits of the draft cannot
 * reach into the frozen round through shared references.
 */
export function buildRound(input: BuildRoundInput): Round {
  const document = JSON.parse(JSON.stringify(input.document)) as SlaDocument;
  const round: Round = {
    id: input.id,
    dealId: input.dealId,
    number: input.number,
    side: input.side,
    document,
    note: input.note,
    author: input.author,
    createdAt: input.createdAt,
    hash: hashRound(document, input.prevHash, CURRENT_HASH_VERSION),
    prevHash: input.prevHash,
    hashVersion: CURRENT_HASH_VERSION,
  };
  if (input.sourceFile !== undefined) round.sourceFile = input.sourceFile;
  return round;
}
