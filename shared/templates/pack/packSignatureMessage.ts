import { utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * What an installation signs for a pack: its content hash, which covers header and content. The
 * same scheme as a round's signature (Ed25519 with the installation key over a labelled hash), with
 * its own label so that no round signature can pass for a pack's or the other way round.
 * Persisted meaning: changing it invalidates every signed pack.
 */
export function packSignatureMessage(contentHash: string): Uint8Array {
  return utf8ToBytes(`sla-workbench pack signature\n${contentHash}`);
}
