/**
 * Reading numbers written with digits in German and English documents alike: `99,95`, `99.95`,
 * `1.000.000`, `1,000,000`, `1.250,50`, `CHF 12'000`, `12’000`, `1 000` (with a no-break or thin space).
 * The one number parser of the product: the term recogniser and the Word import both use it.
 */

export type NumberLanguage = 'de' | 'en';

/**
 * What the number is about, which settles separators a language alone leaves open: amounts never have
 * three decimals (`EUR 1.000` is a thousand in any language), a percentage never exceeds 100
 * (`99.950 %` has decimals), and a duration such as `1.500 hours` stays ambiguous.
 */
export type NumberUse = 'money' | 'percent' | 'duration' | 'plain';

export type ParsedNumber =
  | { ok: true; value: number; /** both readings were possible; the language decided */ guessed: boolean }
  | { ok: false; reason: 'malformed' | 'ambiguous' };

/** Digits with grouping separators (`.`, `,`, `'`, `’`, no-break or thin spaces) and an optional decimal part. */
export const DIGIT_NUMBER_SOURCE = String.raw`\d{1,3}(?:[.,'’\u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;

const SPACE_GROUPS = /[\u00a0\u202f\u2009 ]/g;
const HAS_SPACE = /[\u00a0\u202f\u2009 ]/;
const APOSTROPHES = /['’]/g;

/**
 * `text` is digits with separators as matched by {@link DIGIT_NUMBER_SOURCE}. Returns the value or why
 * it cannot be read safely.
 */
export function parseDigits(text: string, language: NumberLanguage, use: NumberUse = 'plain'): ParsedNumber {
  const spaced = HAS_SPACE.test(text);
  const quoted = /['’]/.test(text);
  let compact = text.replace(SPACE_GROUPS, '').replace(APOSTROPHES, '');
  if ((spaced || quoted) && !/^\d{1,3}(?:[\u00a0\u202f\u2009 '’]\d{3})+(?:[.,]\d+)?$/.test(text))
    return { ok: false, reason: 'malformed' };
  if (spaced || quoted) {
    // With spaces or apostrophes as groups, a remaining `.` or `,` is the decimal mark (`12'000.50`).
    compact = compact.replace(',', '.');
    return finish(compact, false);
  }
  const lastDot = compact.lastIndexOf('.');
  const lastComma = compact.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    const [intPart, fraction] = [
      compact.slice(0, compact.lastIndexOf(decimal)),
      compact.slice(compact.lastIndexOf(decimal) + 1),
    ];
    if (intPart.includes(decimal) || !/^\d{1,3}(?:[.,]\d{3})*$/.test(intPart))
      return { ok: false, reason: 'malformed' };
    return finish(`${intPart.split(group).join('')}.${fraction}`, false);
  }
  if (lastDot < 0 && lastComma < 0) return finish(compact, false);
  const separator = lastDot >= 0 ? '.' : ',';
  const parts = compact.split(separator);
  if (parts.length > 2) {
    // `1.000.000` / `1,000,000`: only grouping reads like that.
    if (!/^\d{1,3}$/.test(parts[0]!) || !parts.slice(1).every((part) => part.length === 3))
      return { ok: false, reason: 'malformed' };
    return finish(parts.join(''), false);
  }
  const [head, tail] = parts as [string, string];
  if (tail.length !== 3 || head === '0' || head.length > 3) return finish(`${head}.${tail}`, false);
  // One separator before exactly three digits: a thousands group or three decimals.
  const asGroup = `${head}${tail}`;
  const asDecimal = `${head}.${tail}`;
  if (use === 'money') return finish(asGroup, false);
  if (use === 'percent') return finish(asDecimal, false);
  if (use === 'duration') return { ok: false, reason: 'ambiguous' };
  const groupIsNative = separator === (language === 'de' ? '.' : ',');
  return finish(groupIsNative ? asGroup : asDecimal, true);
}

function finish(normalized: string, guessed: boolean): ParsedNumber {
  if (!/^\d+(?:\.\d+)?$/.test(normalized)) return { ok: false, reason: 'malformed' };
  const value = Number(normalized);
  return Number.isFinite(value) ? { ok: true, value, guessed } : { ok: false, reason: 'malformed' };
}

/**
 * `1.000,5` / `1,000.5` / `99,95` / `99.95` → number, reading a lone `.`/`,` before three digits as the
 * language does (`1.000` is a thousand in German, `1,000` in English). Null when it is no number.
 */
export function parseLocaleNumber(text: string, language: NumberLanguage): number | null {
  const parsed = parseDigits(text.trim(), language, 'plain');
  return parsed.ok ? parsed.value : null;
}

/** Number of decimal places of a finite number as JavaScript prints it. */
export function decimalPlaces(value: number): number {
  const text = String(value);
  if (text.includes('e')) return Infinity;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}
