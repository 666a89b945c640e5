/**
 * The stored database was written by a newer version of the app. We refuse to open it rather
 * than guess at its shape: opening could silently drop fields, and deleting it would lose work.
 */
export class DatabaseTooNewError extends Error {
  override name = 'DatabaseTooNewError';
  constructor(
    readonly storedVersion: number,
    readonly supportedVersion: number,
  ) {
    super(
      `The saved data was written by a newer version of SLA Workbench (data version ${storedVersion}, ` +
        `this app reads up to ${supportedVersion}). Please update the app. Nothing was changed.`,
    );
  }
}
