import { z } from 'zod';
import { PublicSigningKey } from '../../../shared/model';

/**
 * A row of `signingKeys`. This installation's own key carries its private half as a non-extractable
 * WebCrypto key: it can sign, but no script (and no backup) can read it out. Keys of other
 * installations arrive through restored backups and signed template packs and hold the public half only.
 */
export const SigningKeyRecord = PublicSigningKey.extend({
  /** Where the key comes from: made here, listed in a restored backup, or the signer of an imported pack. */
  origin: z.enum(['this-installation', 'backup', 'pack']),
  privateKey: z
    .custom<CryptoKey>((value) => typeof CryptoKey !== 'undefined' && value instanceof CryptoKey, 'not a key')
    .optional(),
});
export type SigningKeyRecord = z.infer<typeof SigningKeyRecord>;
