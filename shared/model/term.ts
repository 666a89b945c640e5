import { z } from 'zod';

/**
 * Terms are the typed, negotiable values inside an SLA (availability, response times, credit cap …).
 * A term's `id` is a stable semantic key (`availability`, `p1_response`, `credit_cap`): the same concept
 * carries the same id in every template, so playbooks, checks and the redline can follow it across
 * templates, deals and rounds. Changing an id of a built-in template needs a migration.
 */
export const TERM_ID_PATTERN = /^[a-z][a-z0-9_]{0,63}$/;
export const TermId = z.string().regex(TERM_ID_PATTERN, 'term id must be lower_snake_case');

export const TERM_KINDS = ['percent', 'duration', 'money', 'count', 'text', 'choice'] as const;
export type TermKind = (typeof TERM_KINDS)[number];

export const DURATION_UNITS = [
  'minutes',
  'hours',
  'business-hours',
  'days',
  'business-days',
  'weeks',
  'months',
] as const;
export const DurationUnit = z.enum(DURATION_UNITS);
export type DurationUnit = z.infer<typeof DurationUnit>;

export const CURRENCIES = ['EUR', 'CHF', 'USD', 'GBP'] as const;
export const Currency = z.enum(CURRENCIES);
export type Currency = z.infer<typeof Currency>;

/**
 * Which direction of the value favours the customer. `higher` for availability or credit caps,
 * `lower` for response times. The provider (us) is favoured by the opposite direction.
 */
export const Favours = z.enum(['higher', 'lower', 'neither']);
export type Favours = z.infer<typeof Favours>;

const termBase = {
  id: TermId,
  label: z.string().trim().min(1).max(120),
  favours: Favours,
};

/** Limits that hold for every value of a kind, whatever the template says. */
export const TERM_LIMITS = {
  percentMin: 0,
  percentMax: 100,
  maxDecimals: 4,
  durationMax: 100_000,
  moneyMax: 1_000_000_000,
  countMax: 1_000_000,
  textMax: 2_000,
} as const;

/**
 * Why a term value is refused. The schema's issues carry these codes as their message (with `max`
 * in the issue's params where it applies), so the UI can say them in the user's language without
 * reading English text; {@link termProblemOf} reads them back. Not persisted.
 */
export const TERM_ERROR_CODES = [
  'not-number',
  'negative',
  'over-100',
  'too-many-decimals',
  'whole-number',
  'too-large',
  'text-too-long',
  'not-an-option',
  'required',
  'invalid',
] as const;
export type TermErrorCode = (typeof TERM_ERROR_CODES)[number];

export interface TermProblem {
  code: TermErrorCode;
  /** The limit the value crossed: decimal places, the largest value, characters. */
  max?: number;
}

const isTermErrorCode = (value: unknown): value is TermErrorCode =>
  typeof value === 'string' && (TERM_ERROR_CODES as readonly string[]).includes(value);

/** English, for logs and the command line; the UI translates the code. */
export function describeTermProblem(problem: TermProblem): string {
  switch (problem.code) {
    case 'not-number':
      return 'must be a number';
    case 'negative':
      return 'cannot be negative';
    case 'over-100':
      return 'a percentage cannot exceed 100';
    case 'too-many-decimals':
      return `at most ${problem.max ?? 0} decimal places`;
    case 'whole-number':
      return 'must be a whole number';
    case 'too-large':
      return `at most ${problem.max ?? 0}`;
    case 'text-too-long':
      return `at most ${problem.max ?? 0} characters`;
    case 'not-an-option':
      return 'must be one of the options';
    case 'required':
      return 'is required';
    case 'invalid':
      return 'is not valid';
  }
}

/** The problem a zod issue of a term schema stands for; `invalid` for anything not a term rule. */
export function termProblemOf(issue: z.core.$ZodIssue | undefined): TermProblem {
  if (!issue) return { code: 'invalid' };
  if (!isTermErrorCode(issue.message))
    return { code: issue.code === 'invalid_type' ? 'not-number' : 'invalid' };
  const max = (issue as { params?: { max?: unknown } }).params?.max;
  return typeof max === 'number' ? { code: issue.message, max } : { code: issue.message };
}

function decimalsOf(value: number): number {
  if (!Number.isFinite(value)) return Infinity;
  const text = String(value);
  if (text.includes('e')) return Infinity;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

const tooLarge = (max: number) => ({ message: 'too-large', params: { max } }) as const;

const exactNumber = z
  .number({ error: 'not-number' })
  .finite('not-number')
  .refine((v) => decimalsOf(v) <= TERM_LIMITS.maxDecimals, {
    message: 'too-many-decimals',
    params: { max: TERM_LIMITS.maxDecimals },
  });

export const PercentTerm = z.object({
  ...termBase,
  kind: z.literal('percent'),
  value: exactNumber.min(TERM_LIMITS.percentMin, 'negative').max(TERM_LIMITS.percentMax, 'over-100'),
});

export const DurationTerm = z.object({
  ...termBase,
  kind: z.literal('duration'),
  value: exactNumber
    .min(0, 'negative')
    .refine((v) => v <= TERM_LIMITS.durationMax, tooLarge(TERM_LIMITS.durationMax)),
  unit: DurationUnit,
});

export const MoneyTerm = z.object({
  ...termBase,
  kind: z.literal('money'),
  value: exactNumber
    .min(0, 'negative')
    .refine((v) => v <= TERM_LIMITS.moneyMax, tooLarge(TERM_LIMITS.moneyMax))
    .refine((v) => decimalsOf(v) <= 2, { message: 'too-many-decimals', params: { max: 2 } }),
  currency: Currency,
});

export const CountTerm = z.object({
  ...termBase,
  kind: z.literal('count'),
  value: z
    .number({ error: 'not-number' })
    .int('whole-number')
    .min(0, 'negative')
    .refine((v) => v <= TERM_LIMITS.countMax, tooLarge(TERM_LIMITS.countMax)),
});

export const TextTerm = z.object({
  ...termBase,
  kind: z.literal('text'),
  value: z.string({ error: 'invalid' }).refine((v) => v.length <= TERM_LIMITS.textMax, {
    message: 'text-too-long',
    params: { max: TERM_LIMITS.textMax },
  }),
});

export const ChoiceTerm = z
  .object({
    ...termBase,
    kind: z.literal('choice'),
    value: z.string({ error: 'invalid' }).min(1, 'required'),
    options: z.array(z.string().min(1)).min(1),
  })
  .refine((t) => t.options.includes(t.value), {
    message: 'not-an-option',
    path: ['value'],
  });

export const Term = z.discriminatedUnion('kind', [
  PercentTerm,
  DurationTerm,
  MoneyTerm,
  CountTerm,
  TextTerm,
  ChoiceTerm,
]);
export type Term = z.infer<typeof Term>;
export type TermOfKind<K extends TermKind> = Extract<Term, { kind: K }>;
export type TermValue = Term['value'];

export type TermValidation = { ok: true; term: Term } | { ok: false; problem: TermProblem; message: string };

/**
 * Validates a proposed new value for an existing term (the term panel calls this on every edit).
 * Returns the updated term, or the first problem (a code for the UI, and in English for logs).
 */
export function validateTermValue(term: Term, value: unknown): TermValidation {
  const result = Term.safeParse({ ...term, value });
  if (result.success) return { ok: true, term: result.data };
  const problem = termProblemOf(result.error.issues[0]);
  return { ok: false, problem, message: describeTermProblem(problem) };
}
