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
          ? async (...args: unknown[]) => {
              await ensureOpen(db).catch(() => undefined);
              try {
                return await (value as (...a: unknown[]) => Promise<unknown>).apply(repository, args);
              } catch (error) {
                if (storageFailureOf(error) !== 'closed') throw error;
                await ensureOpen(db);
                return (value as (...a: unknown[]) => Promise<unknown>).apply(repository, args);
              }
            }
          : value;
    wrapped[name] = methods;
  }
  return wrapped as T;
}
