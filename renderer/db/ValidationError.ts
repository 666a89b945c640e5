import type { z } from 'zod';
import { describeTermProblem, TERM_ERROR_CODES, termProblemOf } from '../../shared/model/term';

/** A write was refused because the record is invalid; nothing was written. */
export class ValidationError extends Error {
  override name = 'ValidationError';
  constructor(
    message: string,
    readonly issues: readonly z.core.$ZodIssue[] = [],
    /** What the user calls the place of the first issue (a term's label, a clause heading), if known. */
    readonly field?: string,
  ) {
    super(message);
  }
}

/** The label or heading of the innermost term or clause on the path, which a user recognises. */
function labelAlong(value: unknown, path: readonly PropertyKey[]): string | undefined {
  let node = value;
  let label: string | undefined;
  for (const key of path) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<PropertyKey, unknown>)[key];
    if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
      const { label: termLabel, heading } = node as { label?: unknown; heading?: unknown };
      const candidate = typeof termLabel === 'string' ? termLabel : heading;
      if (typeof candidate === 'string' && candidate.trim())
        label = candidate.trim().length > 60 ? `${candidate.trim().slice(0, 59)}…` : candidate.trim();
    }
  }
  return label;
}

/** English, for logs: a term rule's code in words, anything else as the schema says it. */
function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  const where = labelAlong(value, issue.path) ?? issue.path.map(String).join('.');
  const message = (TERM_ERROR_CODES as readonly string[]).includes(issue.message)
    ? describeTermProblem(termProblemOf(issue))
    : issue.message;
  return where ? `${where}: ${message}` : message;
}

/** Parses `value` with `schema` or throws a ValidationError naming the first problems. */
export function validateOrThrow<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues;
  const shown = issues
    .slice(0, 3)
    .map((issue) => describeIssue(issue, value))
    .join('; ');
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  const first = issues[0];
  throw new ValidationError(
    `The ${what} was not saved. ${shown}${more}.`,
    issues,
    first ? labelAlong(value, first.path) : undefined,
  );
}
