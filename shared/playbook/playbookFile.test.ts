import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES } from '../templates/builtInTemplates';
import { parsePlaybookFile, playbookFileText, PLAYBOOK_MAX_BYTES } from './playbookFile';
import { playbookProblemText, type PlaybookProblem } from './playbookProblems';
import { catalogueOf, STANDARD_CATALOGUE } from './termCatalogue';

/** The example of issue 10, completed. */
const EXAMPLE = {
  format: 'sla-workbench-playbook',
  version: 1,
  terms: {
    availability: { target: 99.5, fallback: 99.9, walkAway: 99.95, owner: 'technology' },
    p1_response: {
      target: { value: 60, unit: 'minutes' },
      fallback: { value: 30, unit: 'minutes' },
      walkAway: { value: 15, unit: 'minutes' },
      owner: 'support',
      note: 'The night shift needs 15 minutes to answer.',
    },
    liability_cap: {
      target: { amount: 250000, currency: 'EUR' },
      fallback: { amount: 500000, currency: 'EUR' },
      walkAway: { amount: 1000000, currency: 'EUR' },
      owner: 'legal',
    },
  },
};

const parse = (value: unknown) =>
  parsePlaybookFile(typeof value === 'string' ? value : JSON.stringify(value), STANDARD_CATALOGUE);

function problemsOf(value: unknown): PlaybookProblem[] {
  const result = parse(value);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
}

const withTerm = (termId: string, entry: unknown) => ({
  ...EXAMPLE,
  terms: { ...EXAMPLE.terms, [termId]: entry },
});

describe('the playbook file', () => {
  it('reads the format of issue 10: numbers, durations and money', () => {
    const result = parse(EXAMPLE);
    expect(result).toMatchObject({ ok: true, skipped: [] });
    if (!result.ok) return;
    expect(result.entries.map((entry) => entry.termId)).toEqual([
      'availability',
      'p1_response',
      'liability_cap',
    ]);
    expect(result.entries[1]).toEqual({
      termId: 'p1_response',
      target: { value: 60, unit: 'minutes' },
      fallback: { value: 30, unit: 'minutes' },
      walkAway: { value: 15, unit: 'minutes' },
      owner: 'support',
      note: 'The night shift needs 15 minutes to answer.',
    });
  });

  it('round-trips through export', () => {
    const first = parse(EXAMPLE);
    if (!first.ok) throw new Error('refused');
    const text = playbookFileText(first.entries);
    expect(JSON.parse(text)).toEqual(EXAMPLE);
    const again = parse(text);
    expect(again).toEqual(first);
  });

  it('reads bytes with a byte-order mark', () => {
    const bytes = new TextEncoder().encode(`\ufeff${JSON.stringify(EXAMPLE)}`);
    expect(parsePlaybookFile(bytes, STANDARD_CATALOGUE).ok).toBe(true);
  });

  it('names unknown term ids and still reads the others', () => {
    const result = parse({
      ...EXAMPLE,
      terms: {
        ...EXAMPLE.terms,
        coffee_quality: { target: 1, fallback: 1, walkAway: 1, owner: 'support' },
        ['__proto__']: {},
      },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.entries).toHaveLength(3);
    expect(result.skipped).toEqual([
      { code: 'unknown-term', termId: 'coffee_quality' },
      { code: 'unknown-term', termId: '__proto__' },
    ]);
    expect(playbookProblemText(result.skipped[0]!, 'en')).toBe('Unknown term “coffee_quality”: skipped.');
  });

  it('knows only the terms of the catalogue it is read for (a template)', () => {
    const basic = BUILT_IN_TEMPLATES.find((t) => t.id === 'managed-it-basic-en')!;
    const catalogue = catalogueOf(basic.document.terms);
    const result = parsePlaybookFile(
      JSON.stringify(withTerm('p4_response', { target: 1, fallback: 1, walkAway: 1, owner: 'support' })),
      catalogue,
    );
    expect(result.ok && result.skipped).toEqual([{ code: 'unknown-term', termId: 'p4_response' }]);
  });

  it.each([
    ['not JSON', '{"format": ', [{ code: 'not-json' }]],
    ['another format', { format: 'sla-workbench-backup', version: 1, terms: {} }, [{ code: 'wrong-format' }]],
    ['no terms', { format: 'sla-workbench-playbook', version: 1 }, [{ code: 'wrong-format' }]],
    ['an array', [EXAMPLE], [{ code: 'wrong-format' }]],
    ['a newer version', { ...EXAMPLE, version: 2 }, [{ code: 'wrong-version', version: '2' }]],
    [
      'no version',
      { format: EXAMPLE.format, terms: EXAMPLE.terms },
      [{ code: 'wrong-version', version: 'none' }],
    ],
  ])('refuses %s', (_case, input, problems) => {
    expect(problemsOf(input)).toEqual(problems);
  });

  it('refuses a file that is too large before parsing it', () => {
    expect(problemsOf(' '.repeat(PLAYBOOK_MAX_BYTES + 1))).toEqual([
      { code: 'too-large', maxBytes: PLAYBOOK_MAX_BYTES },
    ]);
  });

  it.each([
    [
      'a duration as a number',
      'p1_response',
      { target: 60, fallback: 30, walkAway: 15, owner: 'support' },
      'wrong-shape',
    ],
    [
      'a percentage as text',
      'availability',
      { target: '99.5', fallback: 99.9, walkAway: 99.95, owner: 'technology' },
      'wrong-shape',
    ],
    [
      'an unknown unit',
      'p1_response',
      {
        target: { value: 1, unit: 'fortnights' },
        fallback: { value: 1, unit: 'hours' },
        walkAway: { value: 1, unit: 'hours' },
        owner: 'support',
      },
      'wrong-shape',
    ],
    [
      'an unknown currency',
      'monthly_fee',
      {
        target: { amount: 1, currency: 'XBT' },
        fallback: { amount: 1, currency: 'EUR' },
        walkAway: { amount: 1, currency: 'EUR' },
        owner: 'finance',
      },
      'wrong-shape',
    ],
    [
      'a negative value',
      'availability',
      { target: -1, fallback: 99.9, walkAway: 99.95, owner: 'technology' },
      'negative',
    ],
    [
      'more than 100 %',
      'availability',
      { target: 99.5, fallback: 99.9, walkAway: 100.5, owner: 'technology' },
      'over-100',
    ],
    [
      'a fraction of a count',
      'chronic_failure_months',
      { target: 3, fallback: 2.5, walkAway: 2, owner: 'legal' },
      'not-whole',
    ],
    [
      'too many decimals',
      'availability',
      { target: 99.5, fallback: 99.9, walkAway: 99.999999, owner: 'technology' },
      'too-precise',
    ],
    [
      'an unknown owner',
      'availability',
      { target: 99.5, fallback: 99.9, walkAway: 99.95, owner: 'sales' },
      'wrong-owner',
    ],
    [
      'a missing walk-away',
      'availability',
      { target: 99.5, fallback: 99.9, owner: 'technology' },
      'missing-field',
    ],
    [
      'a misspelt field',
      'availability',
      { target: 99.5, fallback: 99.9, walkaway: 99.95, walkAway: 99.95, owner: 'technology' },
      'unknown-field',
    ],
    [
      'a walk-away better for us than the target',
      'availability',
      { target: 99.9, fallback: 99.7, walkAway: 99.5, owner: 'technology' },
      'walk-away-better-than-target',
    ],
    [
      'a fallback outside the range',
      'availability',
      { target: 99.5, fallback: 99.99, walkAway: 99.95, owner: 'technology' },
      'fallback-outside-range',
    ],
    [
      'mixed units',
      'p1_response',
      {
        target: { value: 1, unit: 'business-days' },
        fallback: { value: 4, unit: 'hours' },
        walkAway: { value: 1, unit: 'hours' },
        owner: 'support',
      },
      'mixed-shapes',
    ],
    [
      'limits for a term without direction',
      'review_interval',
      {
        target: { value: 12, unit: 'months' },
        fallback: { value: 12, unit: 'months' },
        walkAway: { value: 12, unit: 'months' },
        owner: 'legal',
      },
      'not-negotiable',
    ],
    ['an entry that is not an object', 'availability', 99.5, 'not-an-entry'],
  ])('refuses %s, with a sentence in both languages', (_case, termId, entry, code) => {
    const problems = problemsOf(withTerm(termId, entry));
    expect(problems.map((problem) => problem.code)).toContain(code);
    const problem = problems.find((candidate) => candidate.code === code)!;
    expect(problem).toMatchObject({ termId });
    for (const language of ['de', 'en'] as const) {
      const text = playbookProblemText(problem, language);
      expect(text).toContain(termId);
      expect(text.length).toBeGreaterThan(termId.length + 10);
    }
  });

  it('lists every problem of a refused file, not just the first', () => {
    const problems = problemsOf({
      ...EXAMPLE,
      terms: {
        availability: { target: -1, fallback: 99.9, walkAway: 101, owner: 'technology' },
        credit_cap: { target: 10, fallback: 20, walkAway: 30 },
      },
    });
    expect(problems).toEqual([
      { code: 'negative', termId: 'availability', field: 'target' },
      { code: 'over-100', termId: 'availability', field: 'walkAway' },
      { code: 'missing-field', termId: 'credit_cap', field: 'owner' },
    ]);
  });

  it('accepts a cap as an amount or as a share of the fee', () => {
    const share = { target: 50, fallback: 75, walkAway: 100, owner: 'legal' };
    expect(parse(withTerm('liability_cap', share)).ok).toBe(true);
    expect(parse(EXAMPLE).ok).toBe(true);
  });

  it('shows hostile keys without control characters and cut short', () => {
    const key = `evil\u202e${'x'.repeat(200)}`;
    const result = parse({ ...EXAMPLE, terms: { [key]: {} } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const shown = (result.skipped[0] as { termId: string }).termId;
    expect(shown).not.toContain('\u202e');
    expect(shown.length).toBeLessThanOrEqual(64);
  });
});
