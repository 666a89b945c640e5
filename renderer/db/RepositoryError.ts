import type { Draft } from '../../shared/model';

export type RepositoryErrorCode = 'not-found' | 'conflict' | 'refused';

/**
 * A write the repository refused for a reason other than invalid data; nothing was written.
 * `reason` names a specific refusal the UI has its own sentence for (e.g. `builtInTemplate`);
 * `params` fill that sentence (e.g. `count`, how many deals use a template).
 */
export class RepositoryError extends Error {
  override name = 'RepositoryError';
  constructor(
    readonly code: RepositoryErrorCode,
    message: string,
    readonly reason?: string,
    readonly params?: Readonly<Record<string, string | number>>,
  ) {
    super(message);
  }
}

/**
 * The draft was saved elsewhere (another window or tab) since this copy was loaded: saving would
 * overwrite that. Carries the stored draft, so the user can see both versions and choose.
 */
export class DraftConflictError extends RepositoryError {
  override name = 'DraftConflictError';
  constructor(readonly stored: Draft) {
    super('conflict', 'The draft was changed in another window since it was loaded here.', 'draftConflict');
  }
}
