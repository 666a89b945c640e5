import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { EntityId, IsoDateTime, SigningKeyId } from '../../model/deal';
import { Template } from '../../model/template';
import { PLAYBOOK_LIMITS, PlaybookEntry } from '../../playbook/playbook';
import { canonicalize } from '../../rounds/hashRound';

/**
 * A template pack (issue 12 §2): a team lead's own templates (each with its clause library), and
 * their playbooks, in one file that sales import. Persisted shape: `format` and `formatVersion`
 * never change meaning; a new shape adds a version and keeps reading version 1.
 */
export const PACK_FORMAT = 'sla-workbench-pack';
export const PACK_FORMAT_VERSION = 1;
export const PACK_FILE_EXTENSION = 'slapack.json';

/** Larger files are refused before parsing, so a wrong pick cannot freeze the app. */
export const PACK_LIMITS = {
  maxChars: 20_000_000,
  maxTemplates: 2_000,
} as const;

/** An own template as a pack carries it: built-ins come with the app and are never packed. */
export const PackTemplate = Template.refine((template) => !template.builtIn, {
  message: 'a pack holds own templates only',
  path: ['builtIn'],
});

export const PackPlaybook = z.object({
  templateId: EntityId,
  entries: z.array(PlaybookEntry).max(PLAYBOOK_LIMITS.entriesMax),
});
export type PackPlaybook = z.infer<typeof PackPlaybook>;

export const PackContent = z.object({
  /** Every packed version of every template, each with its clause library. */
  templates: z.array(PackTemplate).min(1).max(PACK_LIMITS.maxTemplates),
  /** The team lead's playbook per template (absent = none). */
  playbooks: z.array(PackPlaybook).max(PACK_LIMITS.maxTemplates),
});
export type PackContent = z.infer<typeof PackContent>;

/**
 * The exporting installation's signature (issue 12 §2), made like a round's: Ed25519 with the
 * installation key (issue 9) over `packSignatureMessage(contentHash)`. Optional: packs written before
 * signing existed are still read, and the import preview says they are unsigned.
 */
export const PackSignature = z.object({
  algorithm: z.literal('ed25519'),
  /** `signingKeyIdOf(publicKey)`: the id backups and rounds know the installation by. */
  keyId: SigningKeyId,
  /** Hex of the signer's 32-byte public key. */
  publicKey: z.string().regex(/^[0-9a-f]{64}$/),
  /** Hex of the 64-byte signature over `packSignatureMessage(contentHash)`. */
  signature: z.string().regex(/^[0-9a-f]{128}$/),
});
export type PackSignature = z.infer<typeof PackSignature>;

export const PackFile = z.object({
  format: z.literal(PACK_FORMAT),
  formatVersion: z.literal(PACK_FORMAT_VERSION),
  author: z.string().trim().max(200),
  createdAt: IsoDateTime,
  /** SHA-256 hex over the canonical form of everything above and `content` (see `packHash`). */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  content: PackContent,
  signature: PackSignature.optional(),
});
export type PackFile = z.infer<typeof PackFile>;

/**
 * The pack's hash: SHA-256 of the canonical JSON of format, version, author, date and content, so
 * a changed header is caught as surely as a changed clause. Persisted meaning: changing it needs a
 * new format version.
 */
export function packHash(pack: Omit<PackFile, 'contentHash' | 'signature'>): string {
  const { format, formatVersion, author, createdAt, content } = pack;
  return bytesToHex(sha256(utf8ToBytes(canonicalize({ format, formatVersion, author, createdAt, content }))));
}

/** A new pack of the given content; `createdAt` ISO date-time. */
export function buildPack(input: { author: string; createdAt: string; content: PackContent }): PackFile {
  const header = {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    author: input.author.trim(),
    createdAt: input.createdAt,
    content: PackContent.parse(input.content),
  } as const;
  return { ...header, contentHash: packHash(header) };
}

/** The file's text: indented JSON, so a team lead can read what a pack holds. */
export function packFileText(pack: PackFile): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}
