import { DAY, MINUTE, zonedToInstant } from '../timeZone';

/**
 * Timestamps as incident exports write them: ISO 8601 with an offset or `Z`, local wall-clock
 * times (`06.10.2026 09:14`, `2026-10-06 09:14`, `10/06/2026 9:14 AM`, `06/Oct/26 9:14 AM`,
 * `Oct 6, 2026 09:14`) read in the agreement's time zone, zone abbreviations (`CEST`), and Unix
 * epoch seconds or milliseconds. Strict: what cannot be read unambiguously is refused, never guessed.
 */

export type DateOrder = 'dmy' | 'mdy';

export interface TimestampOptions {
  timeZone: string;
  /** How `03/04/2026` is read; `dmy` unless the file shows otherwise. */
  dateOrder?: DateOrder;
}

const MONTHS: [RegExp, number][] = [
  [/^(jan|january|januar|jän|jänner|jaen)$/, 1],
  [/^(feb|february|februar|febr)$/, 2],
  [/^(mar|march|mär|märz|mrz|maerz)$/, 3],
  [/^(apr|april)$/, 4],
  [/^(may|mai)$/, 5],
  [/^(jun|june|juni)$/, 6],
  [/^(jul|july|juli)$/, 7],
  [/^(aug|august)$/, 8],
  [/^(sep|sept|september)$/, 9],
  [/^(oct|october|okt|oktober)$/, 10],
  [/^(nov|november)$/, 11],
  [/^(dec|december|dez|dezember)$/, 12],
];
const MONTH_WORD = String.raw`[a-zäöü]{3,9}`;

/** Fixed offsets of zone abbreviations exports print, minutes ahead of UTC. */
const ZONE_ABBREVIATIONS: Record<string, number> = {
  z: 0,
  utc: 0,
  gmt: 0,
  ut: 0,
  wet: 0,
  west: 60,
  bst: 60,
  cet: 60,
  mez: 60,
  cest: 120,
  mesz: 120,
  eet: 120,
  eest: 180,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
};

const WEEKDAY_WORDS =
  /\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mo|di|mi|do|fr|sa|so|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b\.?,?/giu;

function monthOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS.find(([pattern]) => pattern.test(w))?.[1] ?? null;
}

function fullYear(text: string): number {
  const n = Number(text);
  return text.length <= 2 ? 2000 + n : n;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** True when the text carries an AM/PM marker, which in exports goes with month-first dates. */
export function hasMeridiem(text: string): boolean {
  return /\d\s*[ap]\.?m\.?\b/i.test(text);
}

/** `03/04/2026`-style dates: which order a column's values force, if any. */
export function slashDateOrder(values: readonly string[]): DateOrder | null {
  for (const value of values) {
    const match = /(?:^|\s)(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})(?:\s|$|T)/.exec(value.trim());
    if (!match) continue;
    if (Number(match[1]) > 12) return 'dmy';
    if (Number(match[2]) > 12) return 'mdy';
  }
  return null;
}

function readDate(text: string, order: DateOrder): DateParts | null {
  const t = text
    .trim()
    .replace(/^[,\s]+|[,\s]+$/g, '')
    .replace(/\s+/g, ' ');
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  m = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})$/.exec(t);
  if (m) return { year: fullYear(m[3]!), month: Number(m[2]), day: Number(m[1]) };
  m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})$/.exec(t);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return order === 'mdy'
      ? { year: fullYear(m[3]!), month: a, day: b }
      : { year: fullYear(m[3]!), month: b, day: a };
  }
  m = new RegExp(String.raw`^(\d{1,2})\.?[ /-]*(${MONTH_WORD})\.?[ /,-]*(\d{4}|\d{2})$`, 'iu').exec(t);
  if (m) {
    const month = monthOf(m[2]!);
    return month ? { year: fullYear(m[3]!), month, day: Number(m[1]) } : null;
  }
  m = new RegExp(String.raw`^(${MONTH_WORD})\.?[ -](\d{1,2})(?:st|nd|rd|th)?,?[ -](\d{4})$`, 'iu').exec(t);
  if (m) {
    const month = monthOf(m[1]!);
    return month ? { year: Number(m[3]), month, day: Number(m[2]) } : null;
  }
  return null;
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const GERMAN = /^(\d{1,2})\.(\d{1,2})\.(\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

function clockOk(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): boolean {
  return (
    year >= 1970 &&
    year <= 2200 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysIn(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59
  );
}

/** The two shapes nearly every export uses, read without the general parser's many patterns. */
function fastPath(text: string, timeZone: string): number | null | undefined {
  let m = ISO.exec(text);
  if (m) {
    const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((i) => Number(m![i]));
    const second = Number(m[6] ?? 0);
    const millisecond = m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0;
    if (!clockOk(year!, month!, day!, hour!, minute!, second)) return null;
    const zone = m[8];
    if (zone === undefined)
      return zonedToInstant(
        { year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second, millisecond },
        timeZone,
      );
    const utc = Date.UTC(year!, month! - 1, day!, hour!, minute!, second, millisecond);
    if (/^z$/i.test(zone)) return utc;
    const [, sign, hh, mm] = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone) ?? [];
    return utc - (sign === '-' ? -1 : 1) * (Number(hh) * 60 + Number(mm ?? 0)) * MINUTE;
  }
  m = GERMAN.exec(text);
  if (m) {
    const [day, month, year, hour, minute] = [1, 2, 3, 4, 5].map((i) => Number(m![i]));
    const second = Number(m[6] ?? 0);
    if (!clockOk(year!, month!, day!, hour!, minute!, second)) return null;
    return zonedToInstant(
      { year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second },
      timeZone,
    );
  }
  return undefined;
}

/** The instant the text names, or `null` when it is not a timestamp this reader accepts. */
export function parseTimestamp(raw: string, options: TimestampOptions): number | null {
  let text = raw.trim().replace(/[\u00a0\u202f]/g, ' ');
  if (!text) return null;
  const fast = fastPath(text, options.timeZone);
  if (fast !== undefined) return fast;
  if (/^\d{10}(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  if (/^\d{13}$/.test(text)) return Number(text);
  // Any other bare number is a duration or a count, never a time.
  if (/^\d+([.,]\d+)?$/.test(text)) return null;

  text = text
    .replace(WEEKDAY_WORDS, ' ')
    .replace(/\buhr\b/giu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

  // A zone at the end: `Z`, `+02:00`, `+0200`, `UTC+2`, `GMT`, `CEST`, `(MEZ)`.
  let offset: number | null = null;
  const zone =
    /(?:\s*\(?\b(z|utc|gmt|ut)\b\)?\s*([+-]\d{1,2}(?::?\d{2})?)?|([+-]\d{2}(?::?\d{2})?)|\s+\(?\b([a-z]{3,4})\b\)?|(?<=\d)(z))$/iu.exec(
      text,
    );
  if (zone) {
    const before = text.slice(0, zone.index);
    const hasTime = /\d{1,2}:\d{2}/.test(before) || /\d\s*[ap]\.?m\.?$/i.test(before);
    const numeric = zone[2] ?? zone[3];
    const word = (zone[1] ?? zone[4] ?? zone[5])?.toLowerCase();
    if (numeric && hasTime) {
      const [, sign, hh, mm] = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(numeric) ?? [];
      if (sign) offset = (sign === '-' ? -1 : 1) * (Number(hh) * 60 + Number(mm ?? 0));
      else return null;
      text = before;
    } else if (word && word in ZONE_ABBREVIATIONS) {
      offset = ZONE_ABBREVIATIONS[word]!;
      text = before;
    } else if (word && zone[4]) {
      // An unknown word at the end ("09:14 ABC") is not a time we can trust.
      return null;
    }
  }

  // The time of day.
  let hour = 0;
  let minute = 0;
  let second = 0;
  let millisecond = 0;
  const time =
    /(?:^|[\sT,])(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*([ap])?\.?(?:m\.?)?(?=\s|$)/iu.exec(
      text,
    ) ?? /(?:^|[\sT,])(\d{1,2})()()()\s*([ap])\.?m\.?(?=\s|$)/iu.exec(text);
  let datePart = text;
  if (time) {
    hour = Number(time[1]);
    minute = Number(time[2] || 0);
    second = Number(time[3] || 0);
    millisecond = time[4] ? Math.round(Number(`0.${time[4]}`) * 1000) : 0;
    const meridiem = time[5]?.toLowerCase();
    if (meridiem) {
      if (hour < 1 || hour > 12) return null;
      hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
    }
    datePart = (text.slice(0, time.index) + ' ' + text.slice(time.index + time[0].length))
      .replace(/T\s*$/i, '')
      .replace(/\b(at|um|,)\s*$/iu, '');
  }
  if (hour > 24 || minute > 59 || second > 60 || (hour === 24 && (minute > 0 || second > 0))) return null;

  const order = options.dateOrder ?? (hasMeridiem(raw) ? 'mdy' : 'dmy');
  const date = readDate(datePart.replace(/\b(at|um|am|on)\b/giu, ' '), order);
  if (!date) return null;
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > daysIn(date.year, date.month))
    return null;
  if (date.year < 1970 || date.year > 2200) return null;

  const extraDay = hour === 24 ? DAY : 0;
  const clock = { ...date, hour: hour % 24, minute, second, millisecond };
  if (offset !== null)
    return (
      Date.UTC(date.year, date.month - 1, date.day, clock.hour, minute, second, millisecond) -
      offset * MINUTE +
      extraDay
    );
  return zonedToInstant(clock, options.timeZone) + extraDay;
}
