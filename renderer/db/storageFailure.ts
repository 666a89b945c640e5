import Dexie from 'dexie';

/**
 * Why IndexedDB refused a write, in the terms a user can act on (issue 9: storage full, calmly):
 * - `quota`: the disk (or the browser's share of it) is full;
 * - `closed`: the connection was lost, e.g. the browser closed it after an I/O error;
 * - `io`: anything else the storage reported (a damaged profile, a failing disk).
 */
export type StorageFailure = 'quota' | 'closed' | 'io';

function names(error: unknown): string[] {
  const out: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const { name, inner, cause } = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof name === 'string') out.push(name);
    current = inner ?? cause;
  }
  return out;
}

/** `undefined` when the error is not a storage failure at all (e.g. a validation error). */
export function storageFailureOf(error: unknown): StorageFailure | undefined {
  const all = names(error);
  if (all.some((name) => name === 'QuotaExceededError' || name === Dexie.errnames.QuotaExceeded))
    return 'quota';
  if (all.some((name) => name === Dexie.errnames.DatabaseClosed || name === 'InvalidStateError'))
    return 'closed';
  if (
    all.some((name) =>
      [
        'UnknownError',
        'AbortError',
        'DataError',
        'NotReadableError',
        'NotFoundError',
        'TransactionInactiveError',
        Dexie.errnames.OpenFailed,
        Dexie.errnames.Abort,
        Dexie.errnames.Unknown,
      ].includes(name),
    )
  )
    return 'io';
  return undefined;
}
