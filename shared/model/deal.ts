import { z } from 'zod';
import { Currency } from './term';
import { Language, SlaDocument } from './document';

export const IsoDateTime = z.iso.datetime({ offset: true });
/** Calendar date `YYYY-MM-DD` (review dates). */
export const IsoDate = z.iso.date();

export const TIERS = ['basic', 'business', 'premium', 'custom'] as const;
export const Tier = z.enum(TIERS);
export type Tier = z.infer<typeof Tier>;

/** Persisted: changing a status name needs a migration. */
export const DEAL_STATUSES = [
  'drafting',
  'negotiating',
  'approval',
  'signed',
  'walked-away',
  'archived',
] as const;
export const DealStatus = z.enum(DEAL_STATUSES);
export type DealStatus = z.infer<typeof DealStatus>;

export const EntityId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'invalid id');

export const Contact = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.union([z.email(), z.literal('')]).optional(),
  role: z.string().max(200).optional(),
});
export type Contact = z.infer<typeof Contact>;

export const Deal = z.object({
  id: EntityId,
  title: z.string().trim().min(1).max(300),
  customer: z.object({
    name: z.string().trim().min(1, 'customer name is required').max(300),
    contacts: z.array(Contact).max(50),
  }),
  tier: Tier,
  language: Language,
  currency: Currency,
  status: DealStatus,
  /** Which template version the deal started from. */
  template: z.object({ id: EntityId, version: z.number().int().min(1), name: z.string() }),
  walkAwayReason: z.string().max(5_000).optional(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Deal = z.infer<typeof Deal>;

/** The one editable working copy of a deal's document. */
export const Draft = z.object({
  dealId: EntityId,
  document: SlaDocument,
  /** Increases with every save; lets the UI tell its own echo from a change made elsewhere. */
  revision: z.number().int().min(0),
  updatedAt: IsoDateTime,
});
export type Draft = z.infer<typeof Draft>;

export const Side = z.enum(['us', 'them']);
export type Side = z.infer<typeof Side>;

/** One tracked change as the counterparty's Word file recorded it (w:ins / w:del run). */
export const ReceivedTrackedChange = z.object({
  id: z.string().max(100),
  type: z.enum(['insert', 'delete']),
  author: z.string().max(500),
  date: z.string().max(100).optional(),
  text: z.string().max(200_000),
  /** Clause of the round's document the change sits in ('' when the file had no clause at all). */
  clauseId: z.string().max(64),
});
export type ReceivedTrackedChange = z.infer<typeof ReceivedTrackedChange>;

/** A reply in a Word comment thread. */
export const ReceivedCommentReply = z.object({
  id: z.string().max(100),
  author: z.string().max(500),
  initials: z.string().max(50).optional(),
  date: z.string().max(100).optional(),
  text: z.string().max(100_000),
});
export type ReceivedCommentReply = z.infer<typeof ReceivedCommentReply>;

/** A Word comment of the counterparty, kept next to the clause it was anchored in. */
export const ReceivedComment = z.object({
  id: z.string().max(100),
  author: z.string().max(500),
  initials: z.string().max(50).optional(),
  date: z.string().max(100).optional(),
  text: z.string().max(100_000),
  anchorText: z.string().max(200_000),
  clauseId: z.string().max(64),
  /** The thread was marked done in Word. */
  resolved: z.boolean().optional(),
  replies: z.array(ReceivedCommentReply).max(1_000).optional(),
});
export type ReceivedComment = z.infer<typeof ReceivedComment>;

/**
 * A note from reading the file (shared/docx/read/importWarnings.ts): a code and its parameters,
 * which the renderer turns into a sentence, and the English sentence. Rounds recorded before
 * warnings had codes hold the sentence alone.
 */
export const ReceivedWarning = z.union([
  z.string().max(2_000),
  z.object({
    code: z.string().max(64),
    params: z.record(z.string().max(64), z.union([z.string().max(2_000), z.number()])),
    text: z.string().max(2_000),
  }),
]);
export type ReceivedWarning = z.infer<typeof ReceivedWarning>;

/**
 * What an imported Word file brought besides its text (shared/docx ImportedDocx): the comments and
 * what could not be mapped onto our clauses. The round's `document` is their text as written, with
 * every tracked change in place (issue 8); rounds recorded before that keep the text with their
 * changes rejected in `original` and the changes in `trackedChanges`. Not covered by the round
 * hash, which covers `document` only.
 */
export const ReceivedFile = z.object({
  fileName: z.string().max(500),
  /** The round the file was read against (our last sent round): silent edits are relative to it. */
  referenceRoundId: EntityId.optional(),
  /** Legacy rounds only: their file with every tracked change rejected. */
  original: SlaDocument.optional(),
  /** Legacy rounds only: the tracked changes as a list (now they are origins in `document`). */
  trackedChanges: z.array(ReceivedTrackedChange).max(20_000).optional(),
  comments: z.array(ReceivedComment).max(5_000),
  /** Clause ids of `document` that match none of our clauses (kept as new clauses). */
  unmapped: z.array(z.string().max(64)).max(5_000),
  warnings: z.array(ReceivedWarning).max(500),
});
export type ReceivedFile = z.infer<typeof ReceivedFile>;

/** Lower-case hex of a SHA-256 digest. */
export const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * Which formula a round's `hash` follows (shared/rounds/hashRound.ts). Absent means 1: the document
 * only, as every round frozen before signatures existed. 2 also covers the metadata. Persisted.
 */
export const ROUND_HASH_VERSIONS = [1, 2] as const;
export const RoundHashVersion = z.union([z.literal(1), z.literal(2)]);
export type RoundHashVersion = z.infer<typeof RoundHashVersion>;

/** Id of an installation's signing key: the first 16 bytes (hex) of SHA-256 over its raw public key. */
export const SigningKeyId = z.string().regex(/^[0-9a-f]{32}$/, 'invalid key id');

/** An Ed25519 signature (64 bytes, hex) over the round's hash, by the installation that recorded it. */
export const RoundSignature = z.object({
  keyId: SigningKeyId,
  value: z.string().regex(/^[0-9a-f]{128}$/, 'invalid signature'),
});
export type RoundSignature = z.infer<typeof RoundSignature>;

/** A frozen negotiation round. Never edited after it is written. */
export const Round = z.object({
  id: EntityId,
  dealId: EntityId,
  number: z.number().int().min(1),
  side: Side,
  document: SlaDocument,
  note: z.string().max(5_000),
  author: z.string().max(200),
  createdAt: IsoDateTime,
  /** SHA-256 (hex) of the canonical content chained to `prevHash`. */
  hash: Sha256Hex,
  prevHash: Sha256Hex.nullable(),
  /** Absent = 1 (rounds frozen before version 2 existed keep verifying with their formula). */
  hashVersion: RoundHashVersion.optional(),
  /** Present on every round an installation recorded since signatures exist (hash version 2). */
  signature: RoundSignature.optional(),
  /** Set when the round was imported from a file. */
  sourceFile: z.string().max(500).optional(),
  /** Set when the round was imported from a Word file: its tracked changes, comments and more. */
  received: ReceivedFile.optional(),
  /**
   * Set when our round was sent although approvals were missing (issue 10): why, and which
   * requirements (`term:<id>:<role>`, `clause:<id>:legal`) were still open. Not covered by the hash.
   */
  sendOverride: z
    .object({
      reason: z.string().trim().min(1, 'a reason is required').max(5_000),
      unresolved: z.array(z.string().max(200)).max(1_000),
    })
    .optional(),
});
export type Round = z.infer<typeof Round>;
