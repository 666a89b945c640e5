/**
 * Why a Word file was refused. Every failure of `importDocx` is one of these, so callers (UI, CLI,
 * the worker) can show `message` as it is: a clear sentence for the user, never a stack trace.
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

export class DocxImportError extends Error {
  readonly code: DocxImportErrorCode;

  constructor(code: DocxImportErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DocxImportError';
    this.code = code;
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
