import { storageFailureOf, type StorageFailure } from '../storageFailure';

export type RestoreErrorCode = 'save-current-failed' | 'write-failed';

export { storageFailureOf };

/**
 * A valid backup could not be restored. Either way the database is exactly as it was before: the
 * current state is saved before anything is written, and all writes happen in one transaction.
 * `reason` says why the storage refused (a full disk reads differently from a damaged profile).
 */
export class RestoreError extends Error {
  readonly code: RestoreErrorCode;
  readonly reason: StorageFailure | undefined;
  constructor(
    code: RestoreErrorCode,
    message: string,
    options?: { cause?: unknown; reason?: StorageFailure },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'RestoreError';
    this.code = code;
    this.reason = options?.reason;
  }
}
