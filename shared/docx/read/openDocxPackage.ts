import JSZip from 'jszip';
import { DocxImportError, type CountedElement, type DocxLimits } from '../DocxImportError';
import { XmlPartDecoder } from './decodeXmlBytes';
import { childElements, XmlPartParser, type ElementCounter, type XmlElement } from './parseXml';

/** The parts of a Word file we read, opened with every limit enforced. */
export interface DocxPackage {
  /** Main document part, e.g. `word/document.xml`. */
  mainPart: string;
  /** Parsed XML of a part, or null when the file has no such part. Each part is parsed once. */
  readXml(path: string): Promise<XmlElement | null>;
  /** The raw bytes of a part (images, embedded objects), or null when there is none. */
  readBytes(path: string): Promise<Uint8Array | null>;
  /** Relationships of a part, resolved to package paths; external targets are reported, never followed. */
  readRelationships(part: string): Promise<Relationship[]>;
  /** Names of every file entry of the package. */
  entryNames(): string[];
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

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const MEGABYTE = 1024 * 1024;

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

export function formatMegabytes(bytes: number): string {
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

/**
 * A name from the file, fit to be quoted in a sentence: control and bidirectional-override
 * characters become `?`, so a crafted entry name cannot rewrite a terminal or reorder the text.
 */
export function printableName(name: string, max = 80): string {
  return name.slice(0, max).replace(UNPRINTABLE, '?');
}
// eslint-disable-next-line no-control-regex -- matching the control characters is the point here
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

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

/** Which limit an element name counts against, besides the total. */
const COUNTED: Record<string, CountedElement> = {
  'w:p': 'paragraphs',
  'w:r': 'runs',
  'w:tc': 'cells',
  'w:comment': 'comments',
  'w:commentRangeStart': 'anchors',
  'w:commentReference': 'anchors',
  'w:footnote': 'notes',
  'w:endnote': 'notes',
};

const COUNTED_WORDS: Record<CountedElement, string> = {
  paragraphs: 'paragraphs',
  runs: 'pieces of text (runs)',
  cells: 'table cells',
  comments: 'comments',
  anchors: 'comment anchors',
  notes: 'footnotes and endnotes',
  elements: 'XML elements',
};

/** One counter over every part of the file: the limits hold for the whole document. */
function elementCounter(limits: DocxLimits): (part: string) => ElementCounter {
  const counts: Record<CountedElement, number> = {
    paragraphs: 0,
    runs: 0,
    cells: 0,
    comments: 0,
    anchors: 0,
    notes: 0,
    elements: 0,
  };
  const refuse = (what: CountedElement, part: string) =>
    new DocxImportError(
      'too-many-elements',
      `The Word file was refused: it holds more than ${limits.maxElements[what].toLocaleString('en')} ${COUNTED_WORDS[what]} (in ${part}); an agreement has far fewer.`,
      { params: { what, limit: limits.maxElements[what], part } },
    );
  return (part) => (name) => {
    if (++counts.elements > limits.maxElements.elements) throw refuse('elements', part);
    const what = COUNTED[name];
    if (what && ++counts[what] > limits.maxElements[what]) throw refuse(what, part);
  };
}

export async function openDocxPackage(bytes: Uint8Array, limits: DocxLimits): Promise<DocxPackage> {
  if (bytes.length === 0)
    throw new DocxImportError('empty', 'The file is empty (0 bytes); there is nothing to import.');
  if (bytes.length > limits.maxFileBytes)
    throw new DocxImportError(
      'too-large',
      `The file is ${formatMegabytes(bytes.length)}; Word files up to ${formatMegabytes(limits.maxFileBytes)} can be imported.`,
      { params: { size: formatMegabytes(bytes.length), limit: formatMegabytes(limits.maxFileBytes) } },
    );
  if (startsWith(bytes, OLE_SIGNATURE))
    throw new DocxImportError(
      'not-docx',
      'This is an old-format Word file (.doc) or a password-protected document; save it in Word as .docx without a password and import that.',
      { params: { reason: 'ole' } },
    );
  const isZip = startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
  if (!isZip)
    throw new DocxImportError(
      'not-docx',
      'This file is not a Word document (.docx): its content is not a DOCX package.',
      { params: { reason: 'not-zip' } },
    );

  const declared = declaredEntryCount(bytes);
  if (declared === null)
    throw new DocxImportError(
      'truncated',
      'The Word file is incomplete: it ends before its table of contents (the file was probably cut off while copying or downloading).',
      { params: { reason: 'no-directory' } },
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
        { cause: error, params: { reason: 'zip' } },
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
    if (isTraversalName(original)) {
      const entryName = printableName(original);
      throw new DocxImportError(
        'path-traversal',
        `The Word file was refused: it contains an entry named "${entryName}" that points outside the document.`,
        { params: { entry: entryName } },
      );
    }
  }

  let inflatedTotal = 0;
  let partsRead = 0;
  const counterFor = elementCounter(limits);

  /** Inflates one entry chunk by chunk; `onChunk` may throw to stop (a limit), which stops inflating. */
  async function inflate(path: string, onChunk: (chunk: Uint8Array) => void): Promise<boolean> {
    const entry = zip.file(path);
    if (!entry || entry.dir) return false;
    if (++partsRead > limits.maxParts)
      throw new DocxImportError(
        'too-many-elements',
        `The Word file was refused: it has more than ${limits.maxParts} parts to read; an agreement has far fewer.`,
        { params: { what: 'parts', limit: limits.maxParts, part: printableName(path) } },
      );
    let partBytes = 0;
    await new Promise<void>((resolve, reject) => {
      const stream = (entry as StreamingZipObject).internalStream('uint8array');
      let done = false;
      const stop = (error: unknown) => {
        done = true;
        stream.pause();
        reject(error);
      };
      stream
        .on('data', (chunk: Uint8Array) => {
          if (done) return;
          partBytes += chunk.length;
          inflatedTotal += chunk.length;
          if (partBytes > limits.maxPartBytes || inflatedTotal > limits.maxInflatedBytes) {
            // Stop inflating now: the declared sizes in a zip bomb lie, the running count does not.
            const limit = formatMegabytes(Math.min(limits.maxPartBytes, limits.maxInflatedBytes));
            stop(
              new DocxImportError(
                'zip-bomb',
                `The Word file was refused: ${printableName(path)} unpacks to more than ${limit} (a "zip bomb" or an unreasonably large document).`,
                { params: { part: printableName(path), limit } },
              ),
            );
            return;
          }
          try {
            onChunk(chunk);
          } catch (error) {
            stop(error);
          }
        })
        .on('error', (error: unknown) => {
          if (done) return;
          done = true;
          reject(
            new DocxImportError(
              'truncated',
              `The Word file is damaged: ${printableName(path)} cannot be unpacked.`,
              { cause: error, params: { part: printableName(path), reason: 'inflate' } },
            ),
          );
        })
        .on('end', () => {
          if (done) return;
          done = true;
          resolve();
        })
        .resume();
    });
    return true;
  }

  const parsed = new Map<string, Promise<XmlElement | null>>();

  async function parsePart(path: string): Promise<XmlElement | null> {
    const shown = printableName(path);
    const decoder = new XmlPartDecoder(shown);
    const parser = new XmlPartParser(shown, limits.maxXmlDepth, counterFor(shown));
    const found = await inflate(path, (chunk) => parser.write(decoder.write(chunk)));
    if (!found) return null;
    parser.write(decoder.end());
    return parser.close();
  }

  function readXml(path: string): Promise<XmlElement | null> {
    let result = parsed.get(path);
    if (!result) {
      result = parsePart(path);
      parsed.set(path, result);
    }
    return result;
  }

  async function readBytes(path: string): Promise<Uint8Array | null> {
    const chunks: Uint8Array[] = [];
    let total = 0;
    const found = await inflate(path, (chunk) => {
      chunks.push(chunk);
      total += chunk.length;
    });
    if (!found) return null;
    const out = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
    return out;
  }

  const relationships = new Map<string, Promise<Relationship[]>>();
  function readRelationships(part: string): Promise<Relationship[]> {
    let result = relationships.get(part);
    if (!result) {
      result = (async () => {
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
      })();
      relationships.set(part, result);
    }
    return result;
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
      { params: { reason: 'no-main-part' } },
    );

  return {
    mainPart,
    readXml,
    readBytes,
    readRelationships,
    entryNames: () => entries.filter((entry) => !entry.dir).map((entry) => entry.name),
  };
}

function tooManyEntries(count: number, limits: DocxLimits): DocxImportError {
  return new DocxImportError(
    'too-many-entries',
    `The Word file was refused: it holds ${count} packed entries; a document has far fewer (limit ${limits.maxEntries}).`,
    { params: { count, limit: limits.maxEntries } },
  );
}
