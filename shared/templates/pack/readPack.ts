import { PACK_FORMAT, PACK_FORMAT_VERSION, PACK_LIMITS, PackFile, packHash } from './packFormat';

/**
 * Why a pack file is refused. Codes with parameters; the renderer says them in the user's language.
 * Nothing is written for any of them.
 */
export type PackReadError =
  | { code: 'too-large'; maxMegabytes: number }
  | { code: 'not-json' }
  | { code: 'foreign' }
  | { code: 'newer-format'; formatVersion: number }
  | { code: 'invalid'; path: string; message: string }
  | { code: 'tampered' }
  /** Signed, but not by the key it lists, or not over this content. */
  | { code: 'bad-signature' };

export type PackReadResult = { ok: true; pack: PackFile } | { ok: false; error: PackReadError };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a pack file's text: the size first (before parsing), then whether it is a pack at all, its
 * format version, the whole shape, and last the hash. Each check runs once over the input.
 */
export function readPack(text: string): PackReadResult {
  if (text.length > PACK_LIMITS.maxChars)
    return { ok: false, error: { code: 'too-large', maxMegabytes: PACK_LIMITS.maxChars / 1_000_000 } };
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { ok: false, error: { code: 'not-json' } };
  }
  if (!isRecord(raw) || raw.format !== PACK_FORMAT) return { ok: false, error: { code: 'foreign' } };
  const version = raw.formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > PACK_FORMAT_VERSION)
    return { ok: false, error: { code: 'newer-format', formatVersion: version } };
  const parsed = PackFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      error: {
        code: 'invalid',
        path: issue?.path.map(String).join('.') ?? '',
        message: issue?.message ?? 'invalid pack',
      },
    };
  }
  // The hash is taken over what was read, not over the schema's output: zod drops unknown keys,
  // and an added member must count as a change. Unknown members are refused by this comparison.
  if (packHash(raw as never) !== parsed.data.contentHash) return { ok: false, error: { code: 'tampered' } };
  return { ok: true, pack: parsed.data };
}

/** Reads a pack file's bytes (UTF-8, with or without a byte-order mark). */
export function readPackBytes(bytes: Uint8Array): PackReadResult {
  if (bytes.length > PACK_LIMITS.maxChars)
    return { ok: false, error: { code: 'too-large', maxMegabytes: PACK_LIMITS.maxChars / 1_000_000 } };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: { code: 'not-json' } };
  }
  return readPack(text);
}
