export type RestoreErrorCode = 'save-current-failed' | 'write-failed';

/**
 * A valid backup could not be restored. Either way the database is exactly as it was before: the
 * current state is saved before anything is written, and all writes happen in one transaction.
 */
export class RestoreError extends Error {
  readonly code: RestoreErrorCode;

  constructor(code: RestoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RestoreError';
    this.code = code;
  }
}
