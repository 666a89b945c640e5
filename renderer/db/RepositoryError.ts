export type RepositoryErrorCode = 'not-found' | 'conflict' | 'refused';

/**
 * A write the repository refused for a reason other than invalid data; nothing was written.
 * `reason` names a specific refusal the UI has its own sentence for (e.g. `builtInTemplate`).
 */
export class RepositoryError extends Error {
  override name = 'RepositoryError';
  constructor(
    readonly code: RepositoryErrorCode,
    message: string,
    readonly reason?: string,
  ) {
    super(message);
  }
}
