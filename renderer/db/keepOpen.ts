import { reopenSlaDatabase } from './openSlaDatabase';
import type { SlaDatabase } from './SlaDatabase';
import { storageFailureOf } from './storageFailure';

/** Opens the connection again if the browser closed it; one reopen at a time per database. */
const reopening = new WeakMap<SlaDatabase, Promise<void>>();

export function ensureOpen(db: SlaDatabase): Promise<void> {
  if (db.isOpen()) return Promise.resolve();
  let pending = reopening.get(db);
  if (!pending) {
    pending = reopenSlaDatabase(db).finally(() => reopening.delete(db));
    reopening.set(db, pending);
  }
  return pending;
}

/**
 * Wraps every method of the repositories so a connection the browser closed under the app (issue 9:
 * "Database has been closed" after a full disk) is opened again and the call tried once more, instead
 * of every screen failing until the app is restarted. Everything else passes through unchanged.
 */
export function keepOpen<T extends object>(db: SlaDatabase, repositories: T): T {
  const wrapped = {} as Record<string, unknown>;
  for (const [name, repository] of Object.entries(repositories)) {
    const methods = {} as Record<string, unknown>;
    for (const [key, value] of Object.entries(repository as Record<string, unknown>))
      methods[key] =
        typeof value === 'function'
          ? (...args: unknown[]) => {
              const run = () => (value as (...a: unknown[]) => unknown).apply(repository, args);
              const reopenAndRetry = async (error: unknown) => {
                if (storageFailureOf(error) !== 'closed') throw error;
                await ensureOpen(db);
                return run();
              };
              let result: unknown;
              try {
                result = run();
              } catch (error) {
                return reopenAndRetry(error);
              }
              // Synchronous methods (e.g. `watch`, which returns its unsubscribe) pass through as they are.
              return isPromiseLike(result) ? Promise.resolve(result).catch(reopenAndRetry) : result;
            }
          : value;
    wrapped[name] = methods;
  }
  return wrapped as T;
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}
