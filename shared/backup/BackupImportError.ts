/**
 * Why a backup file was refused. The reader and the restore path throw nothing else. `code` and
 * `params` are what the UI turns into a sentence in the user's language (renderer/errors); `message`
 * is the same in English, for logs and the command line. The data in the app was not touched.
 */
export type BackupImportErrorCode =
  | 'empty'
  | 'too-large'
  | 'not-text'
  | 'too-deep'
  | 'not-json'
  | 'forbidden-key'
  | 'not-a-backup'
  | 'newer-version'
  | 'unsupported-version'
  | 'damaged'
  | 'truncated'
  | 'invalid-record'
  | 'inconsistent'
  | 'broken-chain'
  | 'unreadable';

/** Values a sentence about the refusal may name: a table, a record, a deal, a round, a limit. */
export type BackupErrorParams = Readonly<Record<string, string | number>>;

export class BackupImportError extends Error {
  readonly code: BackupImportErrorCode;
  readonly params: BackupErrorParams;

  constructor(
    code: BackupImportErrorCode,
    message: string,
    options?: { cause?: unknown; params?: BackupErrorParams },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'BackupImportError';
    this.code = code;
    this.params = options?.params ?? {};
  }
}
