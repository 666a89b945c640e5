import type { PublicSigningKey, RoundSignature } from '../../../shared/model';
import { roundSignatureMessage, signingKeyIdOf } from '../../../shared/rounds/verifyRounds';
// The message only: the pack format and its checks load with the first pack (issue 12 §4).
import { packSignatureMessage } from '../../../shared/templates/pack/packSignatureMessage';
import { generateSigningKeyPair, signWith } from '../signing/ed25519';
import type { SigningKeyRecord } from '../signing/SigningKeyRecord';
import type { RepositoryDeps } from './RepositoryDeps';

export interface SigningKeysRepository {
  /** Signs a round's hash with this installation's key, making the key on first use. */
  signRoundHash(hash: string): Promise<RoundSignature>;
  /** The public keys of every installation known here (this one and those restored backups listed). */
  publicKeys(): Promise<PublicSigningKey[]>;
  /** This installation's key id, making the key on first use. */
  ownKeyId(): Promise<string>;
  /**
   * Signs a template pack's content hash with this installation's key (the scheme of rounds, with
   * the pack's own label), making the key on first use; the public key travels with the pack.
   */
  signPackHash(contentHash: string): Promise<{ keyId: string; publicKey: string; value: string }>;
  /** Where a key this installation knows came from; undefined for a key never seen here. */
  originOf(keyId: string): Promise<SigningKeyRecord['origin'] | undefined>;
}

const publicPart = (record: SigningKeyRecord): PublicSigningKey => ({
  keyId: record.keyId,
  publicKey: record.publicKey,
  createdAt: record.createdAt,
});

export function createSigningKeysRepository(deps: RepositoryDeps): SigningKeysRepository {
  const { db } = deps;
  let own: Promise<SigningKeyRecord> | undefined;

  async function findOwn(): Promise<SigningKeyRecord | undefined> {
    const records = await db.signingKeys.toArray();
    // The oldest own key wins, so two windows that made a key at the same moment agree on one.
    return records
      .filter((record) => record.origin === 'this-installation' && record.privateKey)
      .sort((x, y) => x.createdAt.localeCompare(y.createdAt) || x.keyId.localeCompare(y.keyId))[0];
  }

  async function loadOrCreate(): Promise<SigningKeyRecord> {
    const existing = await findOwn();
    if (existing) return existing;
    // Generated outside the transaction: WebCrypto is not IndexedDB, awaiting it would end the transaction.
    const { privateKey, publicKeyHex } = await generateSigningKeyPair();
    const record: SigningKeyRecord = {
      keyId: signingKeyIdOf(publicKeyHex),
      publicKey: publicKeyHex,
      createdAt: deps.now(),
      origin: 'this-installation',
      privateKey,
    };
    return db.transaction('rw', db.signingKeys, async () => {
      const raced = await findOwn();
      if (raced) return raced;
      await db.signingKeys.add(record);
      return record;
    });
  }

  function ownKey(): Promise<SigningKeyRecord> {
    own ??= loadOrCreate().catch((error: unknown) => {
      own = undefined;
      throw error;
    });
    return own;
  }

  return {
    async signRoundHash(hash) {
      const key = await ownKey();
      if (!key.privateKey) throw new Error('This installation has no private signing key.');
      return { keyId: key.keyId, value: await signWith(key.privateKey, roundSignatureMessage(hash)) };
    },
    async publicKeys() {
      return (await db.signingKeys.toArray()).map(publicPart);
    },
    async ownKeyId() {
      return (await ownKey()).keyId;
    },
    async signPackHash(contentHash) {
      const key = await ownKey();
      if (!key.privateKey) throw new Error('This installation has no private signing key.');
      const value = await signWith(key.privateKey, packSignatureMessage(contentHash));
      return { keyId: key.keyId, publicKey: key.publicKey, value };
    },
    async originOf(keyId) {
      return (await db.signingKeys.get(keyId))?.origin;
    },
  };
}
