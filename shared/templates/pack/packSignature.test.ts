import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { sampleTemplate } from '../../../renderer/db/testing/sampleTemplate';
import { roundSignatureMessage } from '../../rounds/verifyRounds';
import { nobleVerify, otherTestKey } from '../../rounds/testing/testSigning';
import { buildPack, packFileText, packHash, type PackFile } from './packFormat';
import {
  keyFingerprint,
  packSignatureMessage,
  verifyPackSignature,
  withPackSignature,
} from './packSignature';
import { readPack } from './readPack';

const lead = otherTestKey(7);
const stranger = otherTestKey(9);

function signed(pack: PackFile, key = lead): PackFile {
  const value = bytesToHex(ed25519.sign(packSignatureMessage(pack.contentHash), key.secret));
  return withPackSignature(pack, { keyId: key.key.keyId, publicKey: key.key.publicKey, value });
}

const template = sampleTemplate({ id: 'own-team', builtIn: false, name: 'Team Business' });
const unsignedPack = buildPack({
  author: 'Ada Team Lead',
  createdAt: '2026-12-01T10:00:00.000Z',
  content: { templates: [template], playbooks: [] },
});

/** What someone who edits a signed pack by hand can do: change a clause and compute the hash anew. */
function rehashed(pack: PackFile, edit: (pack: PackFile) => void): PackFile {
  const copy = structuredClone(pack);
  edit(copy);
  return { ...copy, contentHash: packHash(copy) };
}

describe('signed template packs', () => {
  it('verify under the key they name, and read back from their file with the signature', async () => {
    const pack = signed(unsignedPack);
    const read = readPack(packFileText(pack));
    if (!read.ok) throw new Error(read.error.code);
    expect(read.pack.signature).toEqual(pack.signature);
    expect(await verifyPackSignature(read.pack, nobleVerify)).toEqual({
      status: 'signed',
      signer: { keyId: lead.key.keyId, publicKey: lead.key.publicKey },
    });
  });

  it('say a pack made before signing existed is unsigned, and accept it', async () => {
    expect(await verifyPackSignature(unsignedPack, nobleVerify)).toEqual({ status: 'unsigned' });
  });

  it('refuse a pack whose clause was changed by one character, even with its hash computed anew', async () => {
    const pack = signed(unsignedPack);
    const text = packFileText(pack);
    const at = text.indexOf('Monthly availability');
    const edited = `${text.slice(0, at)}m${text.slice(at + 1)}`;
    expect(readPack(edited)).toEqual({ ok: false, error: { code: 'tampered' } });

    const forged = rehashed(pack, (copy) => {
      const clause = copy.content.templates[0]!.document.clauses[0]!;
      clause.heading = `${clause.heading}.`;
    });
    expect(readPack(packFileText(forged)).ok).toBe(true);
    expect(await verifyPackSignature(forged, nobleVerify)).toEqual({ status: 'bad-signature' });
  });

  it('refuse a pack whose public key was swapped, with or without its key id', async () => {
    const pack = signed(unsignedPack);
    const swappedKey = { ...pack, signature: { ...pack.signature!, publicKey: stranger.key.publicKey } };
    expect(await verifyPackSignature(swappedKey, nobleVerify)).toEqual({ status: 'bad-signature' });
    const swappedBoth = {
      ...pack,
      signature: { ...pack.signature!, publicKey: stranger.key.publicKey, keyId: stranger.key.keyId },
    };
    expect(await verifyPackSignature(swappedBoth, nobleVerify)).toEqual({ status: 'bad-signature' });
  });

  it('refuse a signed pack whose content was changed after it was read', async () => {
    const pack = signed(unsignedPack);
    const changed = structuredClone(pack);
    changed.content.templates[0]!.name = 'Team Premium';
    expect(await verifyPackSignature(changed, nobleVerify)).toEqual({ status: 'bad-signature' });
  });

  it('refuse a round signature passed off as a pack signature', async () => {
    const value = bytesToHex(ed25519.sign(roundSignatureMessage(unsignedPack.contentHash), lead.secret));
    const replayed = withPackSignature(unsignedPack, { ...lead.key, value });
    expect(await verifyPackSignature(replayed, nobleVerify)).toEqual({ status: 'bad-signature' });
  });

  it('show a key id as eight groups of four', () => {
    expect(keyFingerprint('0123456789abcdef0123456789abcdef')).toBe(
      '0123 4567 89ab cdef 0123 4567 89ab cdef',
    );
  });
});
