export type RepositoryErrorCode = 'not-found' | 'conflict' | 'refused';

/** A write the repository refused for a reason other than invalid data; nothing was written. */
export class RepositoryError extends Error {
  override name = 'RepositoryError';
  constructor(
    readonly code: RepositoryErrorCode,
    message: string,
  ) {
    super(message);
  }
}
