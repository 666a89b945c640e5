/**
 * Thrown by a command when its arguments are wrong. The router prints the message as one line on
 * stderr and exits with code 2, like other Unix tools do for usage errors.
 */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
}
