/**
 * Why a backup file was refused. `parseBackup` and the restore path throw nothing else, so the UI
 * can show `message` as it is: one clear sentence, and the data in the app was not touched.
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
  | 'invalid-record'
  | 'inconsistent'
  | 'broken-chain'
  | 'unreadable';

export class BackupImportError extends Error {
  readonly code: BackupImportErrorCode;

  constructor(code: BackupImportErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BackupImportError';
    this.code = code;
  }
}
