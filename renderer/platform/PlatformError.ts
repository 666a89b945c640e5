import type { IpcErrorCode } from '../../shared/ipc/contract';

/** A failure the user should see, with a message written for them and a code for the UI to branch on. */
export class PlatformError extends Error {
  override readonly name = 'PlatformError';
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
  }
}
