/**
 * Why a Word file was refused. Every failure of `importDocx` is one of these, so callers (UI, CLI,
 * the worker) can show a clear sentence for the user, never a stack trace: the renderer turns
 * `code` + `params` into a sentence in the user's language; `message` is the English one.
 */
export type DocxImportErrorCode =
  | 'not-docx'
  | 'empty'
  | 'too-large'
  | 'zip-bomb'
  | 'too-many-entries'
  | 'too-many-elements'
  | 'path-traversal'
  | 'doctype'
  | 'bad-encoding'
  | 'truncated'
  | 'malformed-xml'
  | 'encrypted'
  | 'unreadable';

/** Values that fill the sentence of an error or warning (file part names, counts, limits). */
export type MessageParams = Record<string, string | number>;

export class DocxImportError extends Error {
  readonly code: DocxImportErrorCode;
  readonly params: MessageParams;

  constructor(
    code: DocxImportErrorCode,
    message: string,
    options?: { cause?: unknown; params?: MessageParams },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DocxImportError';
    this.code = code;
    this.params = options?.params ?? {};
  }
}

/**
 * What the element limits count, by what a person would call it. Persisted in error params and
 * translated in the renderer (renderer/features/word/importMessages.ts).
 */
export type CountedElement = 'paragraphs' | 'runs' | 'cells' | 'comments' | 'anchors' | 'notes' | 'elements';

/** Hard limits for reading an untrusted Word file; all counted on real bytes and elements, never on declared sizes. */
export interface DocxLimits {
  /** Size of the .docx file itself. */
  maxFileBytes: number;
  /** Entries in the zip's central directory. */
  maxEntries: number;
  /** Bytes actually inflated, summed over every part we read. */
  maxInflatedBytes: number;
  /** Bytes inflated for one part. */
  maxPartBytes: number;
  /** Element nesting inside one XML part; bounds recursion when walking the tree. */
  maxXmlDepth: number;
  /** XML parts read (document, styles, headers, footers, notes …). */
  maxParts: number;
  /** Elements counted as they are parsed, over all parts: the tree never grows past these. */
  maxElements: Record<CountedElement, number>;
}

export const DEFAULT_DOCX_LIMITS: DocxLimits = {
  maxFileBytes: 25 * 1024 * 1024,
  maxEntries: 2_000,
  maxInflatedBytes: 100 * 1024 * 1024,
  maxPartBytes: 60 * 1024 * 1024,
  maxXmlDepth: 256,
  maxParts: 400,
  // A 500-page agreement written by Word has about 15,000 paragraphs, 60,000 runs and 600,000
  // elements; these leave room for several times that and refuse what only a crafted file holds,
  // after seconds of parsing and a few hundred MB at most.
  maxElements: {
    paragraphs: 100_000,
    runs: 500_000,
    cells: 100_000,
    comments: 5_000,
    anchors: 20_000,
    notes: 10_000,
    elements: 2_000_000,
  },
};

/** Limits with some fields given; `maxElements` may be given in part. */
export type DocxLimitsInput = Partial<Omit<DocxLimits, 'maxElements'>> & {
  maxElements?: Partial<DocxLimits['maxElements']>;
};

export function resolveLimits(input: DocxLimitsInput | undefined): DocxLimits {
  return {
    ...DEFAULT_DOCX_LIMITS,
    ...input,
    maxElements: { ...DEFAULT_DOCX_LIMITS.maxElements, ...input?.maxElements },
  };
}
