import type { Language } from '../model/document';
import { TERM_LIMITS, type DurationUnit, type Term } from '../model/term';
import { decimalPlaces, DIGIT_NUMBER_SOURCE, parseLocaleNumber } from '../terms/parseNumber';
import { iterateValues, scanValues, type ValueMention } from '../terms/scanValues';

/**
 * Reading term values back from Word text, in German and English spellings alike: `99,95 %`,
 * `99.95%`, `99.95 percent`, `4 Stunden`, `30 minutes`, `thirty (30) minutes`, `1.000 €`. The reading
 * itself is the term recogniser's (`shared/terms/scanValues.ts`), so the import and the recogniser
 * understand exactly the same spellings.
 */
export { parseLocaleNumber };

export interface ValueMatch {
  index: number;
  length: number;
  term: Term;
}

const DURATION_UNITS = new Set<string>([
  'minutes',
  'hours',
  'business-hours',
  'days',
  'business-days',
  'weeks',
  'months',
]);

/** The term with the mention's value, when the mention is a value of the term's kind that the term can hold. */
function termFromMention(like: Term, mention: ValueMention): Term | null {
  if (mention.problem || mention.low !== undefined || mention.rangeLow) return null;
  const value = mention.value;
  if (decimalPlaces(value) > TERM_LIMITS.maxDecimals) return null;
  switch (like.kind) {
    case 'percent':
      return mention.kind === 'percent' && value <= TERM_LIMITS.percentMax ? { ...like, value } : null;
    case 'duration':
      return mention.kind === 'duration' &&
        mention.unit &&
        DURATION_UNITS.has(mention.unit) &&
        value <= TERM_LIMITS.durationMax
        ? { ...like, value, unit: mention.unit as DurationUnit }
        : null;
    case 'money':
      return mention.kind === 'money' &&
        mention.currency &&
        value <= TERM_LIMITS.moneyMax &&
        decimalPlaces(value) <= 2
        ? { ...like, value, currency: mention.currency }
        : null;
    default:
      return null;
  }
}

/**
 * Reads a value of the same kind as `like` from `text` at `index` (sticky) or, with `search`, at the
 * first place at or after it. Returns the term with the new value, or null if nothing valid is there.
 */
export function readValueLike(
  like: Term,
  text: string,
  language: Language,
  from: number,
  search: boolean,
): ValueMatch | null {
  if (like.kind === 'text' || like.kind === 'choice') return null;
  if (like.kind === 'count') return readCount(like, text, language, from, search);
  for (const mention of iterateValues(text, language, from)) {
    if (!search && mention.start !== from) return null;
    const term = termFromMention(like, mention);
    if (term) return { index: mention.start, length: mention.end - mention.start, term };
    if (!search) return null;
  }
  return null;
}

/**
 * A count is the bare number ("in 3 calendar months" keeps "calendar months" as text), so it is read as
 * digits rather than as the duration the scanner would see.
 */
function readCount(
  like: Term,
  text: string,
  language: Language,
  from: number,
  search: boolean,
): ValueMatch | null {
  const pattern = new RegExp(
    search ? `(?<![\\d.,])(?:${DIGIT_NUMBER_SOURCE})(?![\\d])` : `(?:${DIGIT_NUMBER_SOURCE})(?![\\d])`,
    search ? 'g' : 'y',
  );
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  if (!match) return null;
  const value = parseLocaleNumber(match[0], language);
  if (value === null || !Number.isInteger(value) || value > TERM_LIMITS.countMax) return null;
  return { index: match.index, length: match[0].length, term: { ...like, value } as Term };
}

export interface DetectedValue {
  index: number;
  length: number;
  kind: 'percent' | 'duration';
  value: number;
  unit?: DurationUnit;
}

/**
 * Percentages and durations written in digits, for documents we have no reference for. Values written
 * in words stay text here, as before; the term recogniser (`shared/terms/recogniseTerms.ts`) reads them
 * with their meaning and replaces this detection when it is wired into the import.
 */
export function detectValues(text: string, language: Language): DetectedValue[] {
  const out: DetectedValue[] = [];
  for (const mention of scanValues(text, language)) {
    if (mention.kind !== 'percent' && mention.kind !== 'duration') continue;
    if (mention.words) continue;
    if (mention.problem || mention.low !== undefined || mention.rangeLow) continue;
    if (decimalPlaces(mention.value) > TERM_LIMITS.maxDecimals) continue;
    if (mention.kind === 'percent') {
      if (mention.value <= TERM_LIMITS.percentMax)
        out.push({
          index: mention.start,
          length: mention.end - mention.start,
          kind: 'percent',
          value: mention.value,
        });
    } else if (mention.unit && DURATION_UNITS.has(mention.unit) && mention.value <= TERM_LIMITS.durationMax) {
      out.push({
        index: mention.start,
        length: mention.end - mention.start,
        kind: 'duration',
        value: mention.value,
        unit: mention.unit as DurationUnit,
      });
    }
  }
  return out;
}
