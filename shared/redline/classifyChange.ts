import type { DurationUnit, Term } from '../model/term';
import type { ChangeKind, Effect } from './changeTree';

/**
 * Kind of a text change from its text before and after: the narrowest kind that explains the
 * difference wins — whitespace, then punctuation, then number, else wording. (In a table every text
 * change is a `table-cell` change; the recorder decides that from the change's location.)
 */
export function classifyHunk(before: string, after: string): ChangeKind {
  if (withoutSpace(before) === withoutSpace(after)) return 'whitespace';
  if (lettersAndDigits(before) === lettersAndDigits(after)) return 'punctuation';
  if (letters(before) === letters(after) && /\p{N}/u.test(before + after)) return 'number';
  return 'wording';
}

function withoutSpace(text: string): string {
  return text.replace(/\s+/gu, '');
}

function lettersAndDigits(text: string): string {
  return text.replace(/[^\p{L}\p{M}\p{N}]+/gu, '');
}

function letters(text: string): string {
  return text.replace(/[^\p{L}\p{M}]+/gu, '');
}

/**
 * Minutes per unit, to order durations given in different units. A business hour counts as an
 * hour and a business day as a day: only the order matters here, not the exact calendar.
 */
const MINUTES: Record<DurationUnit, number> = {
  minutes: 1,
  hours: 60,
  'business-hours': 60,
  days: 1_440,
  'business-days': 1_440,
  weeks: 10_080,
  months: 43_200,
};

function comparableValue(term: Term): number | null {
  switch (term.kind) {
    case 'percent':
    case 'count':
    case 'money':
      return term.value;
    case 'duration':
      return term.value * MINUTES[term.unit];
    default:
      return null;
  }
}

/**
 * What a term's change means for us, the provider. `favours` names the direction that favours the
 * customer, so a move that way is `worse` for us.
 */
export function termEffect(before: Term | null, after: Term | null): Effect {
  if (!before || !after || before.kind !== after.kind) return 'neutral';
  if (before.kind === 'money' && after.kind === 'money' && before.currency !== after.currency)
    return 'neutral';
  const x = comparableValue(before);
  const y = comparableValue(after);
  if (x === null || y === null || x === y) return 'neutral';
  const favours = after.favours;
  if (favours === 'neither') return 'neutral';
  const customerGains = favours === 'higher' ? y > x : y < x;
  return customerGains ? 'worse' : 'better';
}
