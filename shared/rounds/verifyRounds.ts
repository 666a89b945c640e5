import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Round } from '../model/deal';
import type { PublicSigningKey } from '../model/signingKey';
import {
  chainFailure,
  roundLinkOf,
  verifyChainLinks,
  type ChainVerification,
  type RoundLink,
} from './hashRound';

/**
 * What an installation signs for a round: its hash, which covers the metadata, the document and the
 * link to the previous round. Persisted meaning: changing it invalidates every signature.
 */
export function roundSignatureMessage(hash: string): Uint8Array {
  return utf8ToBytes(`sla-workbench round signature\n${hash}`);
}

/** The id of a key: the first 16 bytes of SHA-256 over its raw public key, as hex. */
export function signingKeyIdOf(publicKeyHex: string): string {
  return bytesToHex(sha256(hexToBytes(publicKeyHex))).slice(0, 32);
}

/**
 * Checks one Ed25519 signature. Injected, so the domain stays free of platform APIs: the renderer
 * passes WebCrypto (native, about 15× faster than a JS implementation for thousands of rounds).
 */
export type SignatureVerifier = (
  publicKeyHex: string,
  message: Uint8Array,
  signatureHex: string,
) => Promise<boolean>;

export interface VerifyRoundsOptions {
  /** Public keys of every installation known here (this one, and those a restored backup carried). */
  keys: readonly PublicSigningKey[];
  verify: SignatureVerifier;
}

/**
 * A deal's rounds checked completely (issue 9: history that proves itself): the hash chain (content,
 * links, numbering, no fall-back to an older formula) and, for every round of hash version 2, a valid
 * signature by a known installation. Rounds of version 1 were frozen before signatures existed and
 * verify by their hash alone. The first round that fails is named.
 */
export async function verifyRoundLinks(
  links: readonly RoundLink[],
  options: VerifyRoundsOptions,
): Promise<ChainVerification> {
  const chain = verifyChainLinks(links);
  if (!chain.ok) return chain;
  const keys = new Map(options.keys.map((key) => [key.keyId, key]));
  const ordered = [...links].sort((x, y) => x.number - y.number);
  const checks = ordered.map(async (round) => {
    if ((round.hashVersion ?? 1) < 2) return null;
    const signature = round.signature;
    if (!signature) return chainFailure({ code: 'unsigned', round: round.number });
    const key = keys.get(signature.keyId);
    // The key id is derived from the key, so a listed key cannot pose under another id.
    if (!key || signingKeyIdOf(key.publicKey) !== key.keyId)
      return chainFailure({ code: 'unknown-signer', round: round.number });
    const valid = await options
      .verify(key.publicKey, roundSignatureMessage(round.hash), signature.value)
      .catch(() => false);
    return valid ? null : chainFailure({ code: 'bad-signature', round: round.number });
  });
  for (const result of await Promise.all(checks)) if (result) return result;
  return { ok: true };
}

/** {@link verifyRoundLinks} over whole rounds. */
export function verifyRounds(
  rounds: readonly Round[],
  options: VerifyRoundsOptions,
): Promise<ChainVerification> {
  return verifyRoundLinks(rounds.map(roundLinkOf), options);
}
