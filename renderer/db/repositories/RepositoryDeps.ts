import type { z } from 'zod';
import type { SlaDatabase } from '../SlaDatabase';

/** A stored record that no longer matches its schema (damaged, or edited outside the app). */
export interface InvalidRecord {
  table: string;
  key: unknown;
  message: string;
}

export interface RepositoryDeps {
  db: SlaDatabase;
  /** Called instead of throwing when a stored record fails validation on read. */
  reportInvalid: (problem: InvalidRecord) => void;
  /** ISO timestamp; injectable so tests can order records deterministically. */
  now: () => string;
  newId: () => string;
}

/**
 * Tolerant read: a record that fails its schema is reported and treated as absent, so one damaged
 * record cannot take a whole screen down with an exception.
 */
export function readValid<S extends z.ZodType>(
  deps: RepositoryDeps,
  schema: S,
  table: string,
  key: unknown,
  record: unknown,
): z.output<S> | undefined {
  if (record === undefined) return undefined;
  const result = schema.safeParse(record);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? `${issue.path.map(String).join('.')}: ` : '';
  deps.reportInvalid({ table, key, message: `${where}${issue?.message ?? 'invalid record'}` });
  return undefined;
}
