import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import type { SignatureVerifier } from '../../../shared/rounds/verifyRounds';

const ED25519 = { name: 'Ed25519' } as const;

/** A new Ed25519 key pair whose private half can never be exported (not even by this app). */
export async function generateSigningKeyPair(): Promise<{ privateKey: CryptoKey; publicKeyHex: string }> {
  const pair = (await crypto.subtle.generateKey(ED25519, false, ['sign', 'verify'])) as CryptoKeyPair;
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return { privateKey: pair.privateKey, publicKeyHex: bytesToHex(raw) };
}

export async function signWith(privateKey: CryptoKey, message: Uint8Array): Promise<string> {
  const signature = await crypto.subtle.sign(ED25519, privateKey, message as Uint8Array<ArrayBuffer>);
  return bytesToHex(new Uint8Array(signature));
}

const imported = new Map<string, Promise<CryptoKey>>();

/**
 * Ed25519 verification with WebCrypto (native; thousands of rounds in a restore). Imported keys are
 * cached: a backup has few installations and many rounds.
 */
export const webCryptoVerify: SignatureVerifier = async (publicKeyHex, message, signatureHex) => {
  let key = imported.get(publicKeyHex);
  if (!key) {
    key = crypto.subtle.importKey('raw', hexToBytes(publicKeyHex) as Uint8Array<ArrayBuffer>, ED25519, true, [
      'verify',
    ]);
    imported.set(publicKeyHex, key);
    key.catch(() => imported.delete(publicKeyHex));
  }
  return crypto.subtle.verify(
    ED25519,
    await key,
    hexToBytes(signatureHex) as Uint8Array<ArrayBuffer>,
    message as Uint8Array<ArrayBuffer>,
  );
};
