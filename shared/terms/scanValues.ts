import type { Currency, DurationUnit } from '../model/term';
import { NUMBER_WORD_STARTS, readNumberWords, timesWordValue } from './numberWords';
import { DIGIT_NUMBER_SOURCE, parseDigits, type NumberLanguage, type NumberUse } from './parseNumber';

/**
 * Finds the values written in a text — percentages, durations, amounts of money, counts ("twice") and
 * bare numbers — with the exact characters each covers. It knows nothing of terms: which value is the
 * availability or a response time is decided from the words around it by the recogniser. One pass over
 * the text with sticky expressions, so the work is linear in its length.
 */

export type MentionKind = 'percent' | 'duration' | 'money' | 'times' | 'number';
/** Units a term can hold, plus the ones we recognise only so their numbers are not misread. */
export type MentionUnit = DurationUnit | 'seconds' | 'milliseconds';

export type MentionProblem =
  /** `1.500 hours`: a thousand and a half, or one and a half? */
  | 'ambiguous-number'
  /** `thirty (3) minutes` */
  | 'words-disagree'
  /** seconds or milliseconds: no term holds them */
  | 'unsupported-unit'
  /** `150 %` */
  | 'out-of-range';

export interface ValueMention {
  kind: MentionKind;
  value: number;
  unit?: MentionUnit;
  currency?: Currency;
  /** UTF-16 offsets of the characters the value covers, currency sign and restated number included. */
  start: number;
  end: number;
  /** `2–4 hours`, `between 99.0 % and 99.5 %`: the lower end (value holds the upper end). */
  low?: number;
  /** This mention is the lower end of a range whose upper end is the next mention. */
  rangeLow?: boolean;
  /** `by the 10th business day`, `bis zum 10. Werktag` */
  ordinal?: boolean;
  /** Written in years; the value was converted to months. */
  fromYears?: boolean;
  /** Written in words (alone or with digits). */
  words?: boolean;
  /** "three consecutive months", "drei aufeinanderfolgenden Monaten" */
  consecutive?: boolean;
  problem?: MentionProblem;
}

const SPACE = String.raw`[ \u00a0\u202f\u2009]`;
const OPT_SPACE = `${SPACE}?`;

interface UnitWord {
  word: string;
  unit: MentionUnit | 'years';
  /** Abbreviations like `h` or `Std.` may follow the digits without a space. */
  tight?: boolean;
}

const UNIT_WORDS: UnitWord[] = [
  ...['minutes', 'minute', 'mins', 'Minuten', 'Minute'].map((word) => ({ word, unit: 'minutes' as const })),
  ...['min.', 'min', 'Min.', 'Min'].map((word) => ({ word, unit: 'minutes' as const, tight: true })),
  ...['hours', 'hour', 'hrs', 'hr', 'Stunden', 'Stunde', 'Zeitstunden', 'Zeitstunde', 'clock hours'].map(
    (word) => ({ word, unit: 'hours' as const }),
  ),
  ...['h', 'Std.', 'Std', 'Stdn.'].map((word) => ({ word, unit: 'hours' as const, tight: true })),
  ...[
    'business hours',
    'business hour',
    'working hours',
    'working hour',
    'Geschäftsstunden',
    'Geschäftsstunde',
    'Arbeitsstunden',
    'Arbeitsstunde',
    'Servicestunden',
    'Servicestunde',
  ].map((word) => ({ word, unit: 'business-hours' as const })),
  ...[
    'calendar days',
    'calendar day',
    'days',
    'day',
    'Kalendertagen',
    'Kalendertage',
    'Kalendertages',
    'Kalendertag',
    'Tagen',
    'Tage',
    'Tages',
    'Tag',
    'Tg.',
  ].map((word) => ({ word, unit: 'days' as const })),
  ...[
    'business days',
    'business day',
    'working days',
    'working day',
    'work days',
    'work day',
    'workdays',
    'workday',
    'Werktagen',
    'Werktage',
    'Werktages',
    'Werktag',
    'Arbeitstagen',
    'Arbeitstage',
    'Arbeitstages',
    'Arbeitstag',
    'Geschäftstagen',
    'Geschäftstage',
    'Geschäftstages',
    'Geschäftstag',
    'Bankarbeitstagen',
    'Bankarbeitstage',
    'Bankarbeitstag',
    'WT',
  ].map((word) => ({ word, unit: 'business-days' as const })),
  ...['weeks', 'week', 'Wochen', 'Woche'].map((word) => ({ word, unit: 'weeks' as const })),
  ...[
    'calendar months',
    'calendar month',
    'months',
    'month',
    'Kalendermonaten',
    'Kalendermonate',
    'Kalendermonats',
    'Kalendermonat',
    'Monaten',
    'Monate',
    'Monats',
    'Monat',
  ].map((word) => ({ word, unit: 'months' as const })),
  ...[
    'calendar years',
    'calendar year',
    'contract years',
    'contract year',
    'years',
    'year',
    'Kalenderjahren',
    'Kalenderjahre',
    'Kalenderjahr',
    'Vertragsjahren',
    'Vertragsjahre',
    'Vertragsjahr',
    'Jahren',
    'Jahre',
    'Jahres',
    'Jahr',
  ].map((word) => ({ word, unit: 'years' as const })),
  ...['seconds', 'second', 'secs', 'sec', 'Sekunden', 'Sekunde', 'Sek.'].map((word) => ({
    word,
    unit: 'seconds' as const,
  })),
  ...['milliseconds', 'Millisekunden', 'ms'].map((word) => ({ word, unit: 'milliseconds' as const })),
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const UNIT_LOOKUP = new Map(UNIT_WORDS.map((u) => [u.word.toLowerCase(), u]));
const byLength = (words: UnitWord[]) => [...words].sort((a, b) => b.word.length - a.word.length);
const unitAlternatives = (words: UnitWord[]) =>
  byLength(words)
    .map((u) => escapeRegExp(u.word).replace(/ /g, SPACE))
    .join('|');

/** Adjectives that may stand between a number and its unit ("three consecutive months"). */
const UNIT_ADJECTIVES = String.raw`(?:(?:consecutive|successive|full|complete|whole|aufeinanderfolgende[nr]?|aufeinander${SPACE}folgende[nr]?|hintereinander${SPACE}liegende[nr]?|volle[nr]?|ganze[nr]?|zusammenhängende[nr]?)${SPACE}+)?`;
const CONSECUTIVE = /consecutive|successive|aufeinander|hintereinander|zusammenhängend/i;
const UNIT_SPACED = new RegExp(
  String.raw`${SPACE}*${UNIT_ADJECTIVES}(${unitAlternatives(UNIT_WORDS)})(?![\p{L}\p{N}])`,
  'iuy',
);
const UNIT_TIGHT = new RegExp(
  String.raw`(${unitAlternatives(UNIT_WORDS.filter((u) => u.tight))})(?![\p{L}\p{N}])`,
  'iuy',
);
/** `4-hour response`, `30-minute`, `4-Stunden-Frist`, `48-Stunden-Reaktionszeit` */
const UNIT_HYPHEN = new RegExp(
  String.raw`-(hour|minute|day|business-day|working-day|week|month|year|Stunden|Minuten|Tage|Werktage|Arbeitstage|Wochen|Monats|Monate)s?(?=-|${SPACE}|[,.;:)]|$)`,
  'iuy',
);
const ORDINAL_UNIT = new RegExp(
  String.raw`(?:\.|st|nd|rd|th)${SPACE}+(business${SPACE}day|working${SPACE}day|calendar${SPACE}day|day|Werktag(?:e?s)?|Arbeitstag(?:e?s)?|Kalendertag(?:e?s)?|Tag(?:e?s)?)(?![\p{L}])`,
  'iuy',
);

const PERCENT = new RegExp(
  String.raw`${OPT_SPACE}(?:%|per${SPACE}?cent(?![\p{L}])|percent(?![\p{L}])|Prozent(?![\p{L}])|v\.${OPT_SPACE}H\.|vom${SPACE}Hundert(?![\p{L}])|pct\.?(?![\p{L}]))`,
  'iuy',
);
/** `%-Punkte`, `percentage points`: a difference, not a share. */
const PERCENT_POINTS = new RegExp(String.raw`${OPT_SPACE}-?${OPT_SPACE}(?:punkt|points?)`, 'iuy');
const PERCENT_POINTS_WORD = new RegExp(String.raw`(?:Prozentpunkt|percentage${SPACE}point)`, 'iuy');

const CURRENCY_WORDS: [RegExp, Currency, number][] = [];
function currency(pattern: string, code: Currency, factor = 1) {
  CURRENCY_WORDS.push([new RegExp(`^(?:${pattern})$`, 'iu'), code, factor]);
}
currency('€|EUR|Euro|Euros', 'EUR');
currency('TEUR|T€|kEUR|k€|TEuro', 'EUR', 1_000);
currency('CHF|SFr\\.?|sFr\\.?|Fr\\.|Franken', 'CHF');
currency('TCHF|kCHF', 'CHF', 1_000);
currency('USD|US\\$|\\$|US-Dollar|Dollars?', 'USD');
currency('TUSD|kUSD', 'USD', 1_000);
currency('GBP|£|Pfund|pounds?(?: sterling)?', 'GBP');

const CURRENCY_SOURCE = String.raw`TEUR|T€|kEUR|k€|TEuro|TCHF|kCHF|TUSD|kUSD|€|EUR|Euros|Euro|CHF|SFr\.?|sFr\.?|Fr\.|Franken|USD|US\$|US-Dollar|Dollars?|\$|GBP|£|Pfund|pounds${SPACE}sterling|pounds?`;
const CURRENCY_AFTER = new RegExp(
  String.raw`(?:[.,]${OPT_SPACE}[-–—]{1,2})?${OPT_SPACE}(${CURRENCY_SOURCE})(?![\p{L}])`,
  'iuy',
);
const CURRENCY_BEFORE = new RegExp(String.raw`(?<![\p{L}])(${CURRENCY_SOURCE})${OPT_SPACE}$`, 'iu');
/** Swiss and German amounts end in `.–` or `,-` ("CHF 12'000.–", "500,- €"). */
const AMOUNT_DASH = new RegExp(String.raw`[.,][-–—]{1,2}`, 'uy');

const MAGNITUDE = new RegExp(
  String.raw`${OPT_SPACE}(Mio\.?|Millionen|Million|millions?|mn|Mrd\.?|Milliarden|Milliarde|billions?|bn|Tsd\.?|Tausend|thousand|k|K)(?![\p{L}\p{N}])`,
  'uy',
);
const MAGNITUDES: [RegExp, number][] = [
  [/^(?:mio\.?|millionen|million|millions|mn)$/i, 1_000_000],
  [/^(?:mrd\.?|milliarden|milliarde|billion|billions|bn)$/i, 1_000_000_000],
  [/^(?:tsd\.?|tausend|thousand|k)$/i, 1_000],
];

const TIMES = new RegExp(String.raw`(?:${OPT_SPACE}-?mal|${SPACE}(?:times|Mal))(?![\p{L}])`, 'iuy');
const RESTATED = new RegExp(
  String.raw`${SPACE}*\(${SPACE}*(${DIGIT_NUMBER_SOURCE}|[\p{L}]+(?:[- ][\p{L}]+){0,4})${SPACE}*(%|percent|per${SPACE}cent|Prozent)?${SPACE}*\)`,
  'iuy',
);
const DIGITS = new RegExp(DIGIT_NUMBER_SOURCE, 'y');
const RANGE_JOIN = new RegExp(
  String.raw`${SPACE}*(?:-|–|—|to|bis|and|und)${SPACE}*(?:(?:less${SPACE}than|below|under|unter|weniger${SPACE}als)${SPACE}*|[<≤]${SPACE}*)?`,
  'iuy',
);
const BETWEEN_BEFORE = /(?:between|zwischen|von)[ \u00a0]+$/i;
/** "Priority 1 – 4 hours" is a priority and its time, not a range from 1 to 4 hours. */
const LABEL_BEFORE =
  /(?:priorit\p{L}*|prio|severity|sev|klasse|kategorie|category|class|stufe|level|tier|grad|ziffer|clause|section|nr\.?|no\.?|abs\.?|art\.?|§)[ \u00a0]*$/iu;
const CANDIDATE_SOURCE = String.raw`\d+|[\p{L}]+`;
const GERMAN_ARTICLES = /^(?:ein|eine|einer|einem|einen|eines)$/i;
const AMOUNT_WORDS = new Set(
  'innerhalb binnen von spätestens mindestens höchstens maximal nach als zu bis frist um für über unter länger weniger mehr ab'.split(
    ' ',
  ),
);

function previousWordBefore(text: string, at: number): string {
  const head = text.slice(Math.max(0, at - 24), at);
  return /([\p{L}]+)[^\p{L}]*$/u.exec(head)?.[1]?.toLowerCase() ?? '';
}

interface NumberCore {
  start: number;
  end: number;
  raw?: string;
  wordValue?: number;
  words: boolean;
  problem?: MentionProblem;
}

function readCore(text: string, at: number, isWord: boolean): NumberCore | null {
  if (isWord) {
    const read = readNumberWords(text, at);
    if (!read) return null;
    const core: NumberCore = { start: at, end: read.end, wordValue: read.value, words: true };
    RESTATED.lastIndex = read.end;
    const restated = RESTATED.exec(text);
    if (restated && !restated[2] && /^\d/.test(restated[1]!)) {
      const digits = parseDigits(restated[1]!, 'en', 'plain');
      core.end = RESTATED.lastIndex;
      if (!digits.ok || digits.value !== read.value) core.problem = 'words-disagree';
    }
    return core;
  }
  DIGITS.lastIndex = at;
  const match = DIGITS.exec(text);
  if (!match) return null;
  const core: NumberCore = { start: at, end: at + match[0].length, raw: match[0], words: false };
  RESTATED.lastIndex = core.end;
  const restated = RESTATED.exec(text);
  if (restated && !restated[2] && !/^\d/.test(restated[1]!)) {
    const words = readNumberWords(restated[1]!, 0);
    if (words && words.end === restated[1]!.length) {
      core.end = RESTATED.lastIndex;
      core.words = true;
      core.wordValue = words.value;
    }
  }
  return core;
}

function coreValue(core: NumberCore, language: NumberLanguage, use: NumberUse): number | MentionProblem {
  if (core.raw === undefined) return core.wordValue!;
  const parsed = parseDigits(core.raw, language, use);
  if (!parsed.ok) return parsed.reason === 'ambiguous' ? 'ambiguous-number' : 'out-of-range';
  if (core.wordValue !== undefined && core.wordValue !== parsed.value) return 'words-disagree';
  return parsed.value;
}

interface Suffix {
  kind: MentionKind;
  end: number;
  unit?: MentionUnit | 'years';
  currency?: Currency;
  factor?: number;
  ordinal?: boolean;
  points?: boolean;
  consecutive?: boolean;
}

function readMagnitude(text: string, at: number): { end: number; factor: number } | null {
  MAGNITUDE.lastIndex = at;
  const match = MAGNITUDE.exec(text);
  if (!match) return null;
  const factor = MAGNITUDES.find(([pattern]) => pattern.test(match[1]!))?.[1];
  return factor ? { end: MAGNITUDE.lastIndex, factor } : null;
}

function currencyOf(word: string): { code: Currency; factor: number } | null {
  const normalized = word.replace(/[ \u00a0\u202f\u2009]+/g, ' ');
  for (const [pattern, code, factor] of CURRENCY_WORDS) if (pattern.test(normalized)) return { code, factor };
  return null;
}

function readSuffix(text: string, at: number, tightAllowed: boolean): Suffix | null {
  PERCENT.lastIndex = at;
  if (PERCENT.exec(text)) {
    const end = PERCENT.lastIndex;
    PERCENT_POINTS.lastIndex = end;
    return { kind: 'percent', end, points: PERCENT_POINTS.test(text) };
  }
  PERCENT_POINTS_WORD.lastIndex = at + (text[at] === ' ' ? 1 : 0);
  if (PERCENT_POINTS_WORD.test(text)) return { kind: 'percent', end: at, points: true };
  CURRENCY_AFTER.lastIndex = at;
  const money = CURRENCY_AFTER.exec(text);
  if (money) {
    const found = currencyOf(money[1]!);
    if (found)
      return { kind: 'money', end: CURRENCY_AFTER.lastIndex, currency: found.code, factor: found.factor };
  }
  if (tightAllowed) {
    UNIT_TIGHT.lastIndex = at;
    const tight = UNIT_TIGHT.exec(text);
    if (tight)
      return {
        kind: 'duration',
        end: UNIT_TIGHT.lastIndex,
        unit: UNIT_LOOKUP.get(tight[1]!.toLowerCase())!.unit,
      };
    ORDINAL_UNIT.lastIndex = at;
    const ordinal = ORDINAL_UNIT.exec(text);
    if (ordinal)
      return { kind: 'duration', end: ORDINAL_UNIT.lastIndex, unit: ordinalUnit(ordinal[1]!), ordinal: true };
  }
  UNIT_HYPHEN.lastIndex = at;
  const hyphen = UNIT_HYPHEN.exec(text);
  if (hyphen) return { kind: 'duration', end: UNIT_HYPHEN.lastIndex, unit: hyphenUnit(hyphen[1]!) };
  UNIT_SPACED.lastIndex = at;
  const spaced = UNIT_SPACED.exec(text);
  if (spaced && spaced.index === at) {
    const unit = UNIT_LOOKUP.get(spaced[1]!.replace(/[ \u00a0\u202f\u2009]+/g, ' ').toLowerCase());
    // The short forms (`h`, `min`) need a letter-free neighbourhood: "4 h" yes, "4 hat" never reaches here.
    if (unit)
      return {
        kind: 'duration',
        end: UNIT_SPACED.lastIndex,
        unit: unit.unit,
        consecutive: CONSECUTIVE.test(spaced[0]),
      };
  }
  TIMES.lastIndex = at;
  if (TIMES.exec(text)) return { kind: 'times', end: TIMES.lastIndex };
  return null;
}

function hyphenUnit(word: string): MentionUnit | 'years' {
  const w = word.toLowerCase();
  if (w.startsWith('hour') || w === 'stunden') return 'hours';
  if (w.startsWith('minute') || w === 'minuten') return 'minutes';
  if (w === 'business-day' || w === 'working-day' || w === 'werktage' || w === 'arbeitstage')
    return 'business-days';
  if (w.startsWith('day') || w === 'tage') return 'days';
  if (w.startsWith('week') || w === 'wochen') return 'weeks';
  if (w.startsWith('year')) return 'years';
  return 'months';
}

function ordinalUnit(word: string): MentionUnit {
  const w = word.toLowerCase();
  return /^(?:business|working|werktag|arbeitstag)/.test(w) ? 'business-days' : 'days';
}

const LIMITS = { percent: 100, duration: 100_000, money: 1_000_000_000 };

function buildMention(
  core: NumberCore,
  suffix: Suffix | null,
  start: number,
  language: NumberLanguage,
  currencyBefore: { code: Currency; factor: number } | null,
  magnitude: { end: number; factor: number } | null,
  suffixEnd = 0,
): ValueMention | null {
  const kind: MentionKind = currencyBefore ? 'money' : (suffix?.kind ?? 'number');
  if (kind === 'percent' && suffix?.points) return null;
  const use: NumberUse =
    kind === 'money' ? 'money' : kind === 'percent' ? 'percent' : kind === 'duration' ? 'duration' : 'plain';
  const read = coreValue(core, language, use);
  const end = Math.max(core.end, magnitude?.end ?? 0, suffix?.end ?? 0, suffixEnd);
  const mention: ValueMention = { kind, value: 0, start, end };
  if (core.words) mention.words = true;
  if (typeof read === 'string') {
    mention.problem = read;
    mention.value = NaN;
  } else mention.value = read;
  if (core.problem) mention.problem = core.problem;
  if (kind === 'money') {
    const factor = (magnitude?.factor ?? 1) * (currencyBefore?.factor ?? suffix?.factor ?? 1);
    mention.currency = currencyBefore?.code ?? suffix!.currency!;
    mention.value = Math.round(mention.value * factor * 100) / 100;
    if (mention.value > LIMITS.money) mention.problem ??= 'out-of-range';
  } else if (magnitude) return null;
  if (kind === 'percent' && mention.value > LIMITS.percent) mention.problem ??= 'out-of-range';
  if (kind === 'duration') {
    const unit = suffix!.unit!;
    if (unit === 'years') {
      mention.unit = 'months';
      mention.value *= 12;
      mention.fromYears = true;
    } else mention.unit = unit;
    if (unit === 'seconds' || unit === 'milliseconds') mention.problem ??= 'unsupported-unit';
    if (mention.value > LIMITS.duration) mention.problem ??= 'out-of-range';
    if (suffix!.ordinal) mention.ordinal = true;
    if (suffix!.consecutive) mention.consecutive = true;
  }
  if (kind === 'times' && !Number.isInteger(mention.value)) return null;
  return mention;
}

/**
 * Every value in `text`, in order. `language` decides a lone separator before three digits where the
 * kind of value does not (see {@link parseDigits}).
 */
export function scanValues(text: string, language: NumberLanguage): ValueMention[] {
  const out = [...iterateValues(text, language, 0)];
  linkRanges(text, out);
  return out;
}

/**
 * The values of `text` from offset `from` on, one at a time (the Word import reads one value at a known
 * place without scanning the rest). Ranges whose ends both carry a unit ("99 % – 99.5 %") are linked only
 * by {@link scanValues}.
 */
export function* iterateValues(
  text: string,
  language: NumberLanguage,
  from: number,
): Generator<ValueMention> {
  // Own expression per scan: a paused scan must not share its position with another one.
  const CANDIDATE = new RegExp(CANDIDATE_SOURCE, 'gu');
  CANDIDATE.lastIndex = from;
  let previousWord = '';
  for (let match = CANDIDATE.exec(text); match; match = CANDIDATE.exec(text)) {
    const at = match.index;
    const isWord = !/^\d/.test(match[0]);
    if (isWord) {
      const word = match[0];
      const lower = word.toLowerCase();
      const times = timesWordValue(lower);
      if (times !== null) {
        yield { kind: 'times', value: times, start: at, end: at + word.length, words: true };
        previousWord = lower;
        continue;
      }
      // "within an hour", "less than a day": the article is the number.
      if (/^an?$/i.test(word) && /^(?:within|than)$/.test(previousWord)) {
        const suffix = readSuffix(text, at + word.length, false);
        if (suffix?.kind === 'duration' && !suffix.ordinal) {
          const mention = buildMention(
            { start: at, end: at + word.length, wordValue: 1, words: true },
            suffix,
            at,
            language,
            null,
            null,
          );
          if (mention) {
            yield mention;
            CANDIDATE.lastIndex = mention.end;
            previousWord = '';
            continue;
          }
        }
      }
      previousWord = lower;
      if (!NUMBER_WORD_STARTS.has(lower.slice(0, 2))) continue;
    }
    const before = at > 0 ? text[at - 1]! : '';
    // A scan that starts inside a number or word sees only its tail: not a value of its own.
    if (at === from && at > 0 && (isWord ? /\p{L}/u.test(before) : /\d/.test(before))) continue;
    // `P1`, `ISO27001`, `v2`, `3a`: a number glued to letters is a name, not a value.
    if (!isWord && /[\p{L}_]/u.test(before)) {
      CANDIDATE.lastIndex = skipToken(text, at);
      continue;
    }
    // `08:00`, `1.1.2026`, `3.2.1`: part of a time, date or clause number.
    if (!isWord && /[.,:/]/.test(before) && at > 1 && /\d/.test(text[at - 2]!)) {
      CANDIDATE.lastIndex = skipToken(text, at);
      continue;
    }
    const core = readCore(text, at, isWord);
    if (!core) continue;
    // "in einem Kalendermonat", "eine Woche lang": the German article, not the number one — unless a
    // word that asks for an amount comes first ("innerhalb einer Stunde", "spätestens einen Werktag").
    if (
      isWord &&
      GERMAN_ARTICLES.test(match[0]) &&
      core.end === at + match[0].length &&
      !AMOUNT_WORDS.has(previousWordBefore(text, at))
    ) {
      previousWord = match[0].toLowerCase();
      continue;
    }
    if (!isWord && /^[.,:/]\d/.test(text.slice(core.end, core.end + 2))) {
      CANDIDATE.lastIndex = skipToken(text, at);
      continue;
    }
    if (!isWord && /^\d/.test(text[core.end] ?? '')) continue;

    const currencyBefore = (() => {
      const head = text.slice(Math.max(0, at - 12), at);
      const found = CURRENCY_BEFORE.exec(head);
      return found ? currencyOf(found[1]!) : null;
    })();
    const start = currencyBefore
      ? at - CURRENCY_BEFORE.exec(text.slice(Math.max(0, at - 12), at))![0].length
      : at;
    const magnitude = readMagnitude(text, core.end);
    let suffixAt = magnitude?.end ?? core.end;
    if (currencyBefore) {
      AMOUNT_DASH.lastIndex = suffixAt;
      if (AMOUNT_DASH.exec(text)) suffixAt = AMOUNT_DASH.lastIndex;
    }
    let suffix = currencyBefore ? null : readSuffix(text, suffixAt, !core.words || core.raw !== undefined);

    // A range whose first number has no unit of its own: "2–4 hours", "between 99 and 99.5 %".
    if (!suffix && !currencyBefore && !magnitude) {
      RANGE_JOIN.lastIndex = core.end;
      const join = RANGE_JOIN.exec(text);
      const joinText = join?.[0] ?? '';
      const needsBetween = /and|und/i.test(joinText);
      if (
        join &&
        joinText.length > 0 &&
        (!needsBetween || BETWEEN_BEFORE.test(text.slice(Math.max(0, at - 12), at))) &&
        !LABEL_BEFORE.test(text.slice(Math.max(0, at - 24), at)) &&
        /[\d\p{L}]/u.test(text[RANGE_JOIN.lastIndex] ?? '')
      ) {
        const secondAt = RANGE_JOIN.lastIndex;
        const second = readCore(text, secondAt, !/\d/.test(text[secondAt]!));
        if (second && !/^\d/.test(text[second.end] ?? '')) {
          const secondSuffix = readSuffix(text, second.end, true);
          if (secondSuffix && (secondSuffix.kind === 'duration' || secondSuffix.kind === 'percent')) {
            const high = buildMention(second, secondSuffix, at, language, null, null);
            const lowUse: NumberUse = secondSuffix.kind === 'percent' ? 'percent' : 'duration';
            const low = coreValue(core, language, lowUse);
            if (high) {
              if (typeof low === 'number') {
                high.low = low;
                if (secondSuffix.kind === 'duration' && secondSuffix.unit === 'years') high.low = low * 12;
              } else high.problem ??= low;
              yield high;
              CANDIDATE.lastIndex = high.end;
              continue;
            }
          }
        }
      }
    }

    if (!suffix && core.words && !currencyBefore) {
      // Words alone are a value only with a unit, a currency or a percent sign.
      CANDIDATE.lastIndex = Math.max(CANDIDATE.lastIndex, at + 1);
      continue;
    }
    // "ten percent (10 %)", "30 minutes (thirty minutes)": the restatement belongs to the value.
    if (suffix && (suffix.kind === 'percent' || suffix.kind === 'duration')) {
      RESTATED.lastIndex = suffix.end;
      const restated = RESTATED.exec(text);
      if (restated) {
        const inner = restated[1]!;
        const innerValue = /^\d/.test(inner)
          ? parseDigits(inner, language, suffix.kind === 'percent' ? 'percent' : 'duration')
          : null;
        const innerWords = /^\d/.test(inner) ? null : readNumberWords(inner, 0);
        const sameKind = suffix.kind === 'percent' ? Boolean(restated[2]) : !restated[2];
        if (sameKind && (innerValue?.ok || innerWords)) {
          const value = innerValue?.ok ? innerValue.value : innerWords!.value;
          const own = coreValue(core, language, suffix.kind);
          suffix = { ...suffix, end: RESTATED.lastIndex };
          if (typeof own === 'number' && own !== value) core.problem = 'words-disagree';
        }
      }
    }
    const mention = buildMention(core, suffix, start, language, currencyBefore, magnitude, suffixAt);
    if (!mention) {
      CANDIDATE.lastIndex = Math.max(CANDIDATE.lastIndex, core.end);
      continue;
    }
    if (mention.kind === 'number' && core.words) continue;
    yield mention;
    CANDIDATE.lastIndex = Math.max(CANDIDATE.lastIndex, mention.end);
    previousWord = '';
  }
}

function skipToken(text: string, at: number): number {
  let i = at;
  while (i < text.length && /[\p{L}\p{N}.,:/_-]/u.test(text[i]!)) i++;
  // A trailing full stop ends a sentence rather than the token.
  return i;
}

const RANGE_DASH = new RegExp(String.raw`^${SPACE}*(?:-|–|—|to|bis)${SPACE}*$`, 'iu');
const RANGE_AND = new RegExp(
  String.raw`^${SPACE}*(?:-|–|—|to|bis|and|und|but|aber)${SPACE}*(?:(?:less${SPACE}than|below|under|unter|weniger${SPACE}als|at${SPACE}most|höchstens)${SPACE}*|[<≤]${SPACE}*)$`,
  'iu',
);
const LOWER_BOUND_BEFORE =
  /(?:between|zwischen|von|from|≥|>=|at least|mindestens|not less than|nicht weniger als|ab)[ \u00a0]*$/iu;

/** "99,0 % – 99,5 %", "≥ 99.0 % and < 99.5 %": two mentions of one kind joined by a dash or "to". */
function linkRanges(text: string, mentions: ValueMention[]): void {
  for (let i = 1; i < mentions.length; i++) {
    const a = mentions[i - 1]!;
    const b = mentions[i]!;
    if (a.kind !== b.kind || (a.kind !== 'percent' && a.kind !== 'duration') || a.unit !== b.unit) continue;
    if (b.start - a.end > 24 || a.low !== undefined || a.rangeLow) continue;
    const gap = text.slice(a.end, b.start);
    const before = text.slice(Math.max(0, a.start - 20), a.start);
    const joined =
      RANGE_DASH.test(gap) ||
      RANGE_AND.test(gap) ||
      (/^\s*(?:and|und)\s*$/i.test(gap) && LOWER_BOUND_BEFORE.test(before));
    if (!joined) continue;
    if (!(a.value < b.value)) continue;
    a.rangeLow = true;
    b.low = a.value;
  }
}
