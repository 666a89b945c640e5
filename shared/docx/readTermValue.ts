import type { Language } from '../model/document';
import { TERM_LIMITS, type Currency, type DurationUnit, type Term } from '../model/term';
import { durationUnitWords } from '../format/formatTermValue';

/**
 * Reading term values back from document text, in German and English spellings alike:
 * `99,95 %`, `99.95%`, `99.95 percent`, `4 Stunden`, `30 minutes`, `1.000 €`.
 */
const NUMBER = String.raw`\d{1,3}(?:[.,\u00a0\u202f']\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;
const SPACE = String.raw`[ \u00a0\u202f]?`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const UNIT_WORDS: [DurationUnit, string][] = [...durationUnitWords('en'), ...durationUnitWords('de')].sort(
  (x, y) => y[1].length - x[1].length,
);
const UNIT_PATTERN = UNIT_WORDS.map(([, word]) =>
  escapeRegExp(word).replace(/ /g, String.raw`[ \u00a0]`),
).join('|');

export const PERCENT_PATTERN = String.raw`(${NUMBER})(?:${SPACE}%|[ \u00a0](?:percent|per cent|Prozent)(?![\p{L}]))`;
export const DURATION_PATTERN = String.raw`(${NUMBER})[ \u00a0\u202f](${UNIT_PATTERN})(?![\p{L}])`;
const CURRENCY_SIGNS: Record<string, Currency> = {
  '€': 'EUR',
  EUR: 'EUR',
  CHF: 'CHF',
  $: 'USD',
  USD: 'USD',
  '£': 'GBP',
  GBP: 'GBP',
};
const CURRENCY = String.raw`€|EUR|CHF|\$|USD|£|GBP`;
export const MONEY_PATTERN = String.raw`(?:(${CURRENCY})${SPACE}(${NUMBER})|(${NUMBER})${SPACE}(${CURRENCY}))`;
export const COUNT_PATTERN = String.raw`(${NUMBER})`;

/** `1.000,5` / `1,000.5` / `99,95` / `99.95` → number, reading ambiguous separators by language. */
export function parseLocaleNumber(text: string, language: Language): number | null {
  const compact = text.replace(/[\u00a0\u202f ']/g, '');
  const lastDot = compact.lastIndexOf('.');
  const lastComma = compact.lastIndexOf(',');
  let normalized: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    normalized = compact.split(group).join('').replace(decimal, '.');
  } else if (lastDot >= 0 || lastComma >= 0) {
    const separator = lastDot >= 0 ? '.' : ',';
    const parts = compact.split(separator);
    const groupsOfThree = parts.length > 1 && parts.slice(1).every((part) => part.length === 3);
    // `1.000` is a thousand in German and `1,000` in English; anything else is a decimal mark.
    const isGroup = groupsOfThree && (separator === (language === 'de' ? '.' : ',') || parts.length > 2);
    normalized = isGroup ? parts.join('') : parts.length === 2 ? `${parts[0]}.${parts[1]}` : '';
  } else normalized = compact;
  if (!/^\d+(\.\d+)?$/.test(normalized)) return null;
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}

function decimals(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

export interface ValueMatch {
  index: number;
  length: number;
  term: Term;
}

function unitOf(word: string): DurationUnit | undefined {
  const normalized = word.replace(/\u00a0/g, ' ').toLowerCase();
  return UNIT_WORDS.find(([, w]) => w.toLowerCase() === normalized)?.[0];
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
  const pattern =
    like.kind === 'percent'
      ? PERCENT_PATTERN
      : like.kind === 'duration'
        ? DURATION_PATTERN
        : like.kind === 'money'
          ? MONEY_PATTERN
          : like.kind === 'count'
            ? COUNT_PATTERN
            : null;
  if (!pattern) return null;
  const regex = new RegExp(search ? `(?<![\\d.,])${pattern}` : pattern, search ? 'giu' : 'yiu');
  regex.lastIndex = from;
  const match = regex.exec(text);
  if (!match) return null;
  const term = termFromMatch(like, match, language);
  return term ? { index: match.index, length: match[0].length, term } : null;
}

function termFromMatch(like: Term, match: RegExpExecArray, language: Language): Term | null {
  switch (like.kind) {
    case 'percent': {
      const value = parseLocaleNumber(match[1]!, language);
      if (value === null || value > TERM_LIMITS.percentMax || decimals(value) > TERM_LIMITS.maxDecimals)
        return null;
      return { ...like, value };
    }
    case 'duration': {
      const value = parseLocaleNumber(match[1]!, language);
      const unit = unitOf(match[2]!);
      if (
        value === null ||
        !unit ||
        value > TERM_LIMITS.durationMax ||
        decimals(value) > TERM_LIMITS.maxDecimals
      )
        return null;
      return { ...like, value, unit };
    }
    case 'money': {
      const sign = match[1] ?? match[4];
      const value = parseLocaleNumber(match[2] ?? match[3] ?? '', language);
      const currency = sign ? (CURRENCY_SIGNS[sign.toUpperCase()] ?? CURRENCY_SIGNS[sign]) : undefined;
      if (value === null || !currency || value > TERM_LIMITS.moneyMax || decimals(value) > 2) return null;
      return { ...like, value, currency };
    }
    case 'count': {
      const value = parseLocaleNumber(match[1]!, language);
      if (value === null || !Number.isInteger(value) || value > TERM_LIMITS.countMax) return null;
      return { ...like, value };
    }
    default:
      return null;
  }
}

export interface DetectedValue {
  index: number;
  length: number;
  kind: 'percent' | 'duration';
  value: number;
  unit?: DurationUnit;
}

const GENERIC = new RegExp(`(?<![\\d.,\\p{L}])(?:${PERCENT_PATTERN}|${DURATION_PATTERN})`, 'giu');

/** Percentages and durations in free text, for documents we have no reference for. */
export function detectValues(text: string, language: Language): DetectedValue[] {
  const out: DetectedValue[] = [];
  GENERIC.lastIndex = 0;
  for (let match = GENERIC.exec(text); match; match = GENERIC.exec(text)) {
    if (match[1] !== undefined) {
      const value = parseLocaleNumber(match[1], language);
      if (value !== null && value <= TERM_LIMITS.percentMax && decimals(value) <= TERM_LIMITS.maxDecimals)
        out.push({ index: match.index, length: match[0].length, kind: 'percent', value });
    } else if (match[2] !== undefined && match[3] !== undefined) {
      const value = parseLocaleNumber(match[2], language);
      const unit = unitOf(match[3]);
      if (
        value !== null &&
        unit &&
        value <= TERM_LIMITS.durationMax &&
        decimals(value) <= TERM_LIMITS.maxDecimals
      )
        out.push({ index: match.index, length: match[0].length, kind: 'duration', value, unit });
    }
  }
  return out;
}
