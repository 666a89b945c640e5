import { z } from 'zod';
import { IsoDateTime, SigningKeyId } from './deal';

/**
 * The public half of an installation's Ed25519 signing key, as backups carry it (issue 9: history
 * that proves itself). Verify accepts a round's signature only under a key listed here. Persisted.
 */
export const PublicSigningKey = z.object({
  keyId: SigningKeyId,
  /** Raw Ed25519 public key, 32 bytes as hex. */
  publicKey: z.string().regex(/^[0-9a-f]{64}$/, 'invalid public key'),
  createdAt: IsoDateTime,
});
export type PublicSigningKey = z.infer<typeof PublicSigningKey>;
