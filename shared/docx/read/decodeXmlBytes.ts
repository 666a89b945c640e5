import { DocxImportError } from '../DocxImportError';

/**
 * TextDecoder exists in Node, browsers and workers alike, but shared/ compiles without DOM types;
 * this is the part of it we use.
 */
declare const TextDecoder: new (
  label: string,
  options: { fatal: boolean },
) => { decode(input?: Uint8Array, options?: { stream: boolean }): string };

/**
 * Encodings an XML part may declare that we read. Word writes UTF-8 (sometimes UTF-16); other
 * producers declare Latin-1 or Windows-1252. Anything else is refused rather than guessed.
 */
const DECLARED: Record<string, string> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-16': 'utf-16',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  'iso-8859-1': 'iso-8859-1',
  'iso8859-1': 'iso-8859-1',
  latin1: 'iso-8859-1',
  'latin-1': 'iso-8859-1',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  'us-ascii': 'utf-8',
  ascii: 'utf-8',
};

type Family = 'utf-8' | 'utf-16le' | 'utf-16be';

/** The byte family from the byte order mark or the first bytes of `<?xml` (XML 1.0, appendix F). */
function sniff(head: Uint8Array): { family: Family; bom: boolean } {
  const [b0, b1, b2, b3] = head;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { family: 'utf-8', bom: true };
  if (b0 === 0xff && b1 === 0xfe) return { family: 'utf-16le', bom: true };
  if (b0 === 0xfe && b1 === 0xff) return { family: 'utf-16be', bom: true };
  if (b0 === 0x3c && b1 === 0x00 && b2 === 0x3f && b3 === 0x00) return { family: 'utf-16le', bom: false };
  if (b0 === 0x00 && b1 === 0x3c && b2 === 0x00 && b3 === 0x3f) return { family: 'utf-16be', bom: false };
  return { family: 'utf-8', bom: false };
}

/** `encoding="…"` of the XML declaration, read from the first bytes in their byte family. */
function declaredEncoding(head: Uint8Array, family: Family): string | null {
  let text = '';
  const step = family === 'utf-8' ? 1 : 2;
  const offset = family === 'utf-16be' ? 1 : 0;
  for (let i = offset; i < head.length && text.length < 200; i += step) text += String.fromCharCode(head[i]!);
  const declaration = /^(?:\u00ef\u00bb\u00bf|\u00ff\u00fe|\u00fe\u00ff)?\s*<\?xml\s[^?]*?\?>/.exec(
    text.replace(/^\0/, ''),
  )?.[0];
  if (!declaration) return null;
  return /encoding\s*=\s*["']([^"']*)["']/i.exec(declaration)?.[1]?.toLowerCase() ?? null;
}

/** How many bytes of a part decide its encoding: the declaration is short and comes first. */
export const ENCODING_HEAD_BYTES = 512;

/**
 * Decodes one XML part chunk by chunk, in the encoding its bytes and declaration say. Bytes that
 * are not valid in that encoding are refused (`bad-encoding`), never turned into U+FFFD.
 */
export class XmlPartDecoder {
  private decoder: { decode(input?: Uint8Array, options?: { stream: boolean }): string } | null = null;
  private label = 'utf-8';
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;

  constructor(private readonly part: string) {}

  /** Text decoded so far (may be '' while the head is still being collected). */
  write(chunk: Uint8Array): string {
    if (!this.decoder) {
      this.pending.push(chunk);
      this.pendingBytes += chunk.length;
      if (this.pendingBytes < ENCODING_HEAD_BYTES) return '';
      return this.start();
    }
    return this.decode(chunk, true);
  }

  end(): string {
    const head = this.decoder ? '' : this.start();
    return head + this.decode(undefined, false);
  }

  private start(): string {
    const bytes = joinChunks(this.pending, this.pendingBytes);
    this.pending = [];
    const { family, bom } = sniff(bytes);
    const declared = declaredEncoding(bytes, family);
    let label: string = family;
    if (declared !== null) {
      const known = DECLARED[declared];
      if (!known) throw badEncoding(this.part, declared, 'unsupported');
      const declaredSixteen = known.startsWith('utf-16');
      if (
        declaredSixteen !== family.startsWith('utf-16') ||
        (known === 'utf-16' && !bom && family === 'utf-8')
      )
        throw badEncoding(this.part, declared, 'mismatch');
      if (!declaredSixteen && known !== 'utf-8') {
        if (bom) throw badEncoding(this.part, declared, 'mismatch');
        label = known;
      }
    }
    this.label = label;
    this.decoder = new TextDecoder(label, { fatal: true });
    return this.decode(bytes, true);
  }

  private decode(bytes: Uint8Array | undefined, stream: boolean): string {
    try {
      return this.decoder!.decode(bytes, { stream });
    } catch (error) {
      throw badEncoding(this.part, this.label.toUpperCase(), 'invalid', error);
    }
  }
}

function joinChunks(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function badEncoding(
  part: string,
  encoding: string,
  why: 'unsupported' | 'mismatch' | 'invalid',
  cause?: unknown,
): DocxImportError {
  const shown = encoding.slice(0, 40).replace(/[^\w.-]/g, '?');
  const message =
    why === 'unsupported'
      ? `The Word file was refused: its part ${part} is written in an encoding we do not read (${shown}).`
      : why === 'mismatch'
        ? `The Word file was refused: its part ${part} declares the encoding ${shown}, but its bytes are in another one.`
        : `The Word file is damaged: its part ${part} holds bytes that are not valid text in ${shown}.`;
  return new DocxImportError('bad-encoding', message, { cause, params: { part, encoding: shown, why } });
}
