import { signingKeyIdOf, type SignatureVerifier } from '../../rounds/verifyRounds';
import { packHash, type PackFile, type PackSignature } from './packFormat';
import { packSignatureMessage } from './packSignatureMessage';

export { packSignatureMessage };

/** The signing installation, as the import preview names it. */
export interface PackSigner {
  keyId: string;
  publicKey: string;
}

export type PackSignatureCheck =
  /** Made before packs were signed (or by hand): accepted, and the preview says so. */
  | { status: 'unsigned' }
  | { status: 'signed'; signer: PackSigner }
  /** Refused: the signature is not the listed key's over this content hash. */
  | { status: 'bad-signature' };

/** The pack with the installation's signature over its content hash. */
export function withPackSignature(
  pack: PackFile,
  signature: { keyId: string; publicKey: string; value: string },
): PackFile {
  const packed: PackSignature = {
    algorithm: 'ed25519',
    keyId: signature.keyId,
    publicKey: signature.publicKey,
    signature: signature.value,
  };
  return { ...pack, signature: packed };
}

/**
 * Checks a pack's signature: the key id must be the one derived from the listed public key, and the
 * signature that key's over the hash of the content as it is now (so a pack object changed after it
 * was read fails as surely as a changed file).
 * The verifier is injected as for rounds (the renderer passes WebCrypto, tests a JS implementation).
 */
export async function verifyPackSignature(
  pack: PackFile,
  verify: SignatureVerifier,
): Promise<PackSignatureCheck> {
  const { signature } = pack;
  if (!signature) return { status: 'unsigned' };
  // The key id is derived from the key, so a pack cannot pose under another installation's id.
  if (signingKeyIdOf(signature.publicKey) !== signature.keyId) return { status: 'bad-signature' };
  const hash = packHash(pack);
  if (hash !== pack.contentHash) return { status: 'bad-signature' };
  const valid = await verify(signature.publicKey, packSignatureMessage(hash), signature.signature).catch(
    () => false,
  );
  return valid
    ? { status: 'signed', signer: { keyId: signature.keyId, publicKey: signature.publicKey } }
    : { status: 'bad-signature' };
}

/** A key id as people compare it: eight groups of four hex digits. */
export function keyFingerprint(keyId: string): string {
  return keyId.match(/.{1,4}/g)?.join(' ') ?? keyId;
}
