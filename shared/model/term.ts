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

function decimalsOf(value: number): number {
  if (!Number.isFinite(value)) return Infinity;
  const text = String(value);
  if (text.includes('e')) return Infinity;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

const exactNumber = z
  .number({ error: 'must be a number' })
  .finite('must be a finite number')
  .refine((v) => decimalsOf(v) <= TERM_LIMITS.maxDecimals, {
    message: `at most ${TERM_LIMITS.maxDecimals} decimal places`,
  });

export const PercentTerm = z.object({
  ...termBase,
  kind: z.literal('percent'),
  value: exactNumber
    .min(TERM_LIMITS.percentMin, 'a percentage cannot be negative')
    .max(TERM_LIMITS.percentMax, 'a percentage cannot exceed 100'),
});

export const DurationTerm = z.object({
  ...termBase,
  kind: z.literal('duration'),
  value: exactNumber
    .min(0, 'a duration cannot be negative')
    .max(TERM_LIMITS.durationMax, 'duration is too long'),
  unit: DurationUnit,
});

export const MoneyTerm = z.object({
  ...termBase,
  kind: z.literal('money'),
  value: exactNumber
    .min(0, 'an amount cannot be negative')
    .max(TERM_LIMITS.moneyMax, 'amount is too large')
    .refine((v) => decimalsOf(v) <= 2, { message: 'at most 2 decimal places' }),
  currency: Currency,
});

export const CountTerm = z.object({
  ...termBase,
  kind: z.literal('count'),
  value: z
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'a count cannot be negative')
    .max(TERM_LIMITS.countMax, 'count is too large'),
});

export const TextTerm = z.object({
  ...termBase,
  kind: z.literal('text'),
  value: z.string().max(TERM_LIMITS.textMax, 'text is too long'),
});

export const ChoiceTerm = z
  .object({
    ...termBase,
    kind: z.literal('choice'),
    value: z.string().min(1),
    options: z.array(z.string().min(1)).min(1),
  })
  .refine((t) => t.options.includes(t.value), {
    message: 'value must be one of the options',
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

export type TermValidation = { ok: true; term: Term } | { ok: false; message: string };

/**
 * Validates a proposed new value for an existing term (the term panel calls this on every edit).
 * Returns the updated term, or the first message that says what is wrong.
 */
export function validateTermValue(term: Term, value: unknown): TermValidation {
  const result = Term.safeParse({ ...term, value });
  if (result.success) return { ok: true, term: result.data };
  return { ok: false, message: result.error.issues[0]?.message ?? 'invalid value' };
}
