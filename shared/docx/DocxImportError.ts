/**
 * Why a Word file was refused. Every failure of `importDocx` is one of these. `code` (and `params`,
 * where a throw site gives them: a part name, a limit) is what the UI turns into a sentence in the
 * user's language (renderer/errors); `message` is the same in English for the CLI and logs.
 */
export type DocxImportErrorCode =
  | 'not-docx'
  | 'empty'
  | 'too-large'
  | 'zip-bomb'
  | 'too-many-entries'
  | 'path-traversal'
  | 'doctype'
  | 'truncated'
  | 'malformed-xml'
  | 'encrypted'
  | 'unreadable';

/** Values a sentence about the refusal may name; optional, the code alone must make a sentence. */
export type DocxErrorParams = Readonly<Record<string, string | number>>;

export class DocxImportError extends Error {
  readonly code: DocxImportErrorCode;
  readonly params: DocxErrorParams;

  constructor(
    code: DocxImportErrorCode,
    message: string,
    options?: { cause?: unknown; params?: DocxErrorParams },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DocxImportError';
    this.code = code;
    this.params = options?.params ?? {};
  }
}

/** Hard limits for reading an untrusted Word file; all counted on real bytes, never on declared sizes. */
export interface DocxLimits {
  /** Size of the .docx file itself. */
  maxFileBytes: number;
  /** Entries in the zip's central directory. */
  maxEntries: number;
  /** Bytes actually inflated, summed over every part we read. */
  maxInflatedBytes: number;
  /** Bytes inflated for one XML part. */
  maxPartBytes: number;
  /** Element nesting inside one XML part; bounds recursion when walking the tree. */
  maxXmlDepth: number;
}

export const DEFAULT_DOCX_LIMITS: DocxLimits = {
  maxFileBytes: 25 * 1024 * 1024,
  maxEntries: 2_000,
  maxInflatedBytes: 100 * 1024 * 1024,
  maxPartBytes: 60 * 1024 * 1024,
  maxXmlDepth: 256,
};
