import JSZip from 'jszip';
import { DocxImportError, type DocxLimits } from './DocxImportError';
import { childElements, parseXml, type XmlElement } from './parseXml';

/** The parts of a Word file we read, opened with every limit enforced. */
export interface DocxPackage {
  /** Main document part, e.g. `word/document.xml`. */
  mainPart: string;
  /** Parsed XML of a part, or null when the file has no such part. */
  readXml(path: string): Promise<XmlElement | null>;
  /** Relationships of a part, resolved to package paths; external targets are reported, never followed. */
  readRelationships(part: string): Promise<Relationship[]>;
}

export interface Relationship {
  id: string;
  type: string;
  /** Package path for internal targets; the raw target for external ones. */
  target: string;
  external: boolean;
}

/** JSZip's streaming reader; not in its type declarations, but public in its docs ("internalStream"). */
interface JSZipStreamHelper {
  on(event: 'data', handler: (chunk: Uint8Array) => void): JSZipStreamHelper;
  on(event: 'error', handler: (error: unknown) => void): JSZipStreamHelper;
  on(event: 'end', handler: () => void): JSZipStreamHelper;
  resume(): JSZipStreamHelper;
  pause(): JSZipStreamHelper;
}
type StreamingZipObject = JSZip.JSZipObject & { internalStream(type: 'uint8array'): JSZipStreamHelper };

/**
 * TextDecoder exists in Node, browsers and workers alike, but shared/ compiles without DOM types;
 * this is the one piece of it we use. Invalid UTF-8 becomes U+FFFD rather than an error.
 */
declare const TextDecoder: new (label: 'utf-8') => { decode(input: Uint8Array): string };
const utf8 = new TextDecoder('utf-8');

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const MEGABYTE = 1024 * 1024;

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / MEGABYTE).toFixed(bytes < 10 * MEGABYTE ? 1 : 0)} MB`;
}

/**
 * The zip's end-of-central-directory record says how many entries it holds. Reading that count
 * before JSZip builds an object per entry keeps a file with millions of tiny entries cheap to refuse.
 * Returns null when there is no such record (a truncated or foreign file).
 */
function declaredEntryCount(bytes: Uint8Array): number | null {
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= earliest; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
      return bytes[i + 10]! | (bytes[i + 11]! << 8);
    }
  }
  return null;
}

/** Zip-slip: an entry name that could point outside a folder if anyone ever extracted it. */
function isTraversalName(name: string): boolean {
  if (name.includes('\\') || name.startsWith('/') || /^[a-zA-Z]:/.test(name) || name.includes('\0'))
    return true;
  return name.split('/').some((segment) => segment === '..');
}

/** Resolves a relationship target relative to the part that owns it (OPC part names). */
function resolveTarget(sourcePart: string, target: string): string {
  const base = target.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const segment of target.replace(/^\//, '').split('/')) {
    if (segment === '..') base.pop();
    else if (segment !== '.' && segment !== '') base.push(segment);
  }
  return base.join('/');
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export async function openDocxPackage(bytes: Uint8Array, limits: DocxLimits): Promise<DocxPackage> {
  if (bytes.length === 0)
    throw new DocxImportError('empty', 'The file is empty (0 bytes); there is nothing to import.');
  if (bytes.length > limits.maxFileBytes)
    throw new DocxImportError(
      'too-large',
      `The file is ${formatMegabytes(bytes.length)}; Word files up to ${formatMegabytes(limits.maxFileBytes)} can be imported.`,
    );
  if (startsWith(bytes, OLE_SIGNATURE))
    throw new DocxImportError(
      'not-docx',
      'This is an old-format Word file (.doc) or a password-protected document; save it in Word as .docx without a password and import that.',
    );
  const isZip = startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
  if (!isZip)
    throw new DocxImportError(
      'not-docx',
      'This file is not a Word document (.docx): its content is not a DOCX package.',
    );

  const declared = declaredEntryCount(bytes);
  if (declared === null)
    throw new DocxImportError(
      'truncated',
      'The Word file is incomplete: it ends before its table of contents (the file was probably cut off while copying or downloading).',
    );
  if (declared !== 0xffff && declared > limits.maxEntries) throw tooManyEntries(declared, limits);

  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false, createFolders: false });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (/encrypt/i.test(reason))
      throw new DocxImportError(
        'encrypted',
        'The Word file is encrypted (password-protected); save it in Word without a password and import that.',
        { cause: error },
      );
    if (/end of data|corrupted|invalid|unexpected|signature/i.test(reason))
      throw new DocxImportError(
        'truncated',
        'The Word file is damaged or incomplete: its zip structure cannot be read.',
        { cause: error },
      );
    throw new DocxImportError(
      'unreadable',
      'The Word file cannot be read: its zip structure is not supported.',
      {
        cause: error,
      },
    );
  }

  const entries = Object.values(zip.files);
  if (entries.length > limits.maxEntries) throw tooManyEntries(entries.length, limits);
  for (const entry of entries) {
    const original = entry.unsafeOriginalName ?? entry.name;
    if (isTraversalName(original))
      throw new DocxImportError(
        'path-traversal',
        `The Word file was refused: it contains an entry named "${original.slice(0, 80)}" that points outside the document.`,
      );
  }

  let inflatedTotal = 0;

  async function readText(path: string): Promise<string | null> {
    const entry = zip.file(path);
    if (!entry || entry.dir) return null;
    const chunks: Uint8Array[] = [];
    let partBytes = 0;
    await new Promise<void>((resolve, reject) => {
      const stream = (entry as StreamingZipObject).internalStream('uint8array');
      let done = false;
      stream
        .on('data', (chunk: Uint8Array) => {
          if (done) return;
          partBytes += chunk.length;
          inflatedTotal += chunk.length;
          if (partBytes > limits.maxPartBytes || inflatedTotal > limits.maxInflatedBytes) {
            // Stop inflating now: the declared sizes in a zip bomb lie, the running count does not.
            done = true;
            stream.pause();
            reject(
              new DocxImportError(
                'zip-bomb',
                `The Word file was refused: ${path} unpacks to more than ${formatMegabytes(
                  Math.min(limits.maxPartBytes, limits.maxInflatedBytes),
                )} (a "zip bomb" or an unreasonably large document).`,
              ),
            );
            return;
          }
          chunks.push(chunk);
        })
        .on('error', (error: unknown) => {
          if (done) return;
          done = true;
          reject(
            new DocxImportError('truncated', `The Word file is damaged: ${path} cannot be unpacked.`, {
              cause: error,
            }),
          );
        })
        .on('end', () => {
          if (done) return;
          done = true;
          resolve();
        })
        .resume();
    });
    const bytes = new Uint8Array(partBytes);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.length;
    }
    const text = utf8.decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }

  async function readXml(path: string): Promise<XmlElement | null> {
    const text = await readText(path);
    return text === null ? null : parseXml(text, path, limits.maxXmlDepth);
  }

  async function readRelationships(part: string): Promise<Relationship[]> {
    const root = await readXml(part === '' ? '_rels/.rels' : relsPathOf(part));
    if (!root) return [];
    return childElements(root, 'rel:Relationship').map((rel) => {
      const external = rel.attrs['TargetMode'] === 'External';
      const target = rel.attrs['Target'] ?? '';
      return {
        id: rel.attrs['Id'] ?? '',
        type: rel.attrs['Type'] ?? '',
        target: external ? target : resolveTarget(part, target),
        external,
      };
    });
  }

  const packageRels = await readRelationships('');
  const officeDocument = packageRels.find((rel) => !rel.external && /\/officeDocument$/.test(rel.type));
  const candidates = [officeDocument?.target, 'word/document.xml'].filter((p): p is string => !!p);
  const mainPart = candidates.find((path) => {
    const entry = zip.file(path);
    return entry !== null && !entry.dir;
  });
  if (!mainPart)
    throw new DocxImportError(
      'not-docx',
      'This file is not a Word document: it is a zip archive without a Word main document (word/document.xml).',
    );

  return { mainPart, readXml, readRelationships };
}

function tooManyEntries(count: number, limits: DocxLimits): DocxImportError {
  return new DocxImportError(
    'too-many-entries',
    `The Word file was refused: it holds ${count} packed entries; a document has far fewer (limit ${limits.maxEntries}).`,
  );
}
