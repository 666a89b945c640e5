/**
 * The copy of the current data that a restore saves first could not be confirmed (issue 9: restore
 * only after the copy exists), so the restore did not start.
 * - `copy-not-confirmed`: in a browser, the user did not confirm that they have the downloaded copy;
 * - `copy-mismatch`: in Electron, main read the written file back and it was not what was sent.
 */
export type SafetyCopyErrorCode = 'copy-not-confirmed' | 'copy-mismatch';

export class SafetyCopyError extends Error {
  override readonly name = 'SafetyCopyError';
  constructor(
    readonly code: SafetyCopyErrorCode,
    message: string,
  ) {
    super(message);
  }
}
