import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import type { PublicSigningKey, Round } from '../../model';
import { roundSignatureMessage, signingKeyIdOf, type SignatureVerifier } from '../verifyRounds';

/**
 * A fixed Ed25519 key for tests and sample data: the same signatures on every run, so samples can be
 * built synchronously and frozen. Never used by the app.
 */
const TEST_SECRET = hexToBytes('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60');
const TEST_PUBLIC = bytesToHex(ed25519.getPublicKey(TEST_SECRET));

export const TEST_SIGNING_KEY: PublicSigningKey = {
  keyId: signingKeyIdOf(TEST_PUBLIC),
  publicKey: TEST_PUBLIC,
  createdAt: '2026-01-01T00:00:00.000Z',
};

/** The round signed with the test key (hash version 2 rounds only need one). */
export function signWithTestKey(round: Round, secret: Uint8Array = TEST_SECRET): Round {
  const publicKey = bytesToHex(ed25519.getPublicKey(secret));
  const value = bytesToHex(ed25519.sign(roundSignatureMessage(round.hash), secret));
  return { ...round, signature: { keyId: signingKeyIdOf(publicKey), value } };
}

/** Another installation's key, for tests of unknown signers. */
export function otherTestKey(seed: number): { secret: Uint8Array; key: PublicSigningKey } {
  const secret = new Uint8Array(32).fill(seed);
  const publicKey = bytesToHex(ed25519.getPublicKey(secret));
  return {
    secret,
    key: { keyId: signingKeyIdOf(publicKey), publicKey, createdAt: '2026-01-01T00:00:00.000Z' },
  };
}

/** A pure-JS verifier: slow (milliseconds a signature) but available in every test. */
export const nobleVerify: SignatureVerifier = async (publicKeyHex, message, signatureHex) =>
  ed25519.verify(hexToBytes(signatureHex), message, hexToBytes(publicKeyHex));
