import { union, type Interval } from './intervals';
import { addCalendarDays, zonedParts, zonedToInstant } from './timeZone';

/**
 * When the agreement's clock runs: service hours (availability is measured within them and
 * response times run inside them) and maintenance windows, both read from the agreement's words
 * ("Montag bis Freitag, 08:00 bis 18:00 Uhr", "Mon–Fri 8am–6pm", "rund um die Uhr",
 * "samstags 20:00 Uhr bis sonntags 08:00 Uhr").
 */

/** One weekly window: a weekday (0 = Monday) and minutes after that day's local midnight. */
export interface WeeklyWindow {
  day: number;
  from: number;
  /** May pass 1440 for a window that runs over midnight into the next day(s). */
  to: number;
}

export type WeeklySchedule = { always: true } | { always: false; windows: WeeklyWindow[] };

export const ALWAYS: WeeklySchedule = { always: true };

const DAY_NAMES: [RegExp, number][] = [
  [/^(montag|monday|mon|mo)/, 0],
  [/^(dienstag|tuesday|tues?|di|tu)/, 1],
  [/^(mittwoch|wednesday|wed|mi|we)/, 2],
  [/^(donnerstag|thursday|thu(rs?)?|do|th)/, 3],
  [/^(freitag|friday|fri|fr)/, 4],
  [/^(samstag|sonnabend|saturday|sat|sa)/, 5],
  [/^(sonntag|sunday|sun|so|su)/, 6],
];

const GROUPS: [RegExp, number[]][] = [
  [/^(wochenende|weekend)/, [5, 6]],
  [/^(werktag|wochentag|weekday|business day|working day|arbeitstag|an werktagen)/, [0, 1, 2, 3, 4]],
  [
    /^(täglich|taeglich|daily|every day|each day|alle tage|jeden tag|an allen tagen|all days|7 tage)/,
    [0, 1, 2, 3, 4, 5, 6],
  ],
];

const TOKEN = new RegExp(
  [
    String.raw`(?<always>rund[ -]um[ -]die[ -]uhr|around[ -]the[ -]clock|round[ -]the[ -]clock|24\s*(?:h\s*)?[/x×]\s*7|24 stunden (?:am tag|täglich)|24 hours a day|ununterbrochen|jederzeit)`,
    String.raw`(?<group>wochenenden?|am wochenende|weekends?|werktags|werktagen?|an werktagen|wochentags|weekdays|business days|working days|arbeitstage?n?|arbeitstags|täglich|taeglich|daily|every day|each day|alle tage|jeden tag|an allen tagen|all days|7 tage die woche)`,
    String.raw`(?<day>(?<![\p{L}])(?:(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?|tues|thurs|thur|mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so|tu|we|th|su)(?![\p{L}])\.?)`,
    String.raw`(?<time>(?<![\d.:])\d{1,2}(?:[:.]\d{2})?(?![.:]?\d))\s*(?<marker>uhr|h(?![\p{L}])|hrs(?![\p{L}])|a\.?m\.?|p\.?m\.?)?`,
    String.raw`(?<between>(?<![\p{L}])(?:between|zwischen)(?![\p{L}]))`,
    String.raw`(?<range>[-–—]|(?<![\p{L}])(?:bis|to|until|till|through|thru)(?![\p{L}]))`,
    String.raw`(?<list>[,;&/+]|(?<![\p{L}])(?:und|and|sowie)(?![\p{L}]))`,
  ].join('|'),
  'giu',
);

type Token =
  | { type: 'always' }
  | { type: 'days'; days: number[]; abbreviated: boolean }
  | { type: 'time'; minutes: number; explicit: boolean }
  | { type: 'range' }
  | { type: 'list'; word: boolean }
  | { type: 'between' };

interface Scanned {
  token: Token;
  /** What stood between this token and the previous one, trimmed ('' when adjacent). */
  gap: string;
}

function dayOf(word: string): number | undefined {
  return DAY_NAMES.find(([pattern]) => pattern.test(word))?.[1];
}

function timeOf(text: string, marker: string | undefined): { minutes: number; explicit: boolean } | null {
  const [h, m = '0'] = text.split(/[:.]/);
  let hour = Number(h);
  const minute = Number(m);
  const suffix = marker?.replace(/\./g, '');
  if (suffix === 'am' || suffix === 'pm') {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (suffix === 'pm' ? 12 : 0);
  }
  if (hour > 24 || minute > 59 || (hour === 24 && minute > 0)) return null;
  return { minutes: hour * 60 + minute, explicit: /[:.]/.test(text) || marker !== undefined };
}

function scan(text: string): Scanned[] {
  const source = text
    .toLowerCase()
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ');
  const out: Scanned[] = [];
  let last = 0;
  for (const match of source.matchAll(TOKEN)) {
    const groups = match.groups ?? {};
    const gap = source.slice(last, match.index).trim();
    last = match.index + match[0].length;
    let token: Token | null = null;
    if (groups.always) token = { type: 'always' };
    else if (groups.group) {
      const days = GROUPS.find(([pattern]) => pattern.test(groups.group!))?.[1];
      if (days) token = { type: 'days', days, abbreviated: false };
    } else if (groups.day) {
      const word = groups.day.replace(/\.$/, '');
      const day = dayOf(word);
      if (day !== undefined) token = { type: 'days', days: [day], abbreviated: word.length <= 4 };
    } else if (groups.time) {
      const time = timeOf(groups.time, groups.marker);
      if (time) token = { type: 'time', ...time };
    } else if (groups.between) token = { type: 'between' };
    else if (groups.range) token = { type: 'range' };
    else if (groups.list) token = { type: 'list', word: /[a-z]/.test(groups.list) };
    if (token) out.push({ token, gap });
  }
  // A two-letter "so", "do" or "we" is a weekday only right beside another part of a schedule.
  return out.filter((item, index) => {
    if (item.token.type !== 'days' || !item.token.abbreviated) return true;
    const next = out[index + 1];
    const prev = out[index - 1];
    const adjacent = (scanned: Scanned | undefined, gap: string) =>
      scanned !== undefined && /^[.:]?$/.test(gap) && scanned.token.type !== 'between';
    return adjacent(next, next?.gap ?? 'x') || (adjacent(prev, item.gap) && prev?.token.type !== 'time');
  });
}

function dayRange(from: number, to: number): number[] {
  const days: number[] = [];
  for (let d = from; ; d = (d + 1) % 7) {
    days.push(d);
    if (d === to || days.length === 7) return days;
  }
}

/**
 * Reads a weekly schedule from text; `null` when the text names none. A day range without times is
 * the whole day; times without days hold every day.
 */
export function parseWeeklySchedule(text: string): WeeklySchedule | null {
  const tokens = scan(text).map((item) => item.token);
  if (tokens.some((token) => token.type === 'always')) return ALWAYS;
  const windows: WeeklyWindow[] = [];
  let days: number[] | null = null;
  let daysUsed = false;
  let sawTimeAfterDays = false;

  const flushDays = () => {
    // Days named without any time: the whole day.
    if (days && !daysUsed) for (const day of days) windows.push({ day, from: 0, to: 1440 });
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === 'days') {
      let set = token.days;
      const next = tokens[i + 1];
      const after = tokens[i + 2];
      // "samstags 20:00 bis sonntags 08:00": one window across days.
      const t1 = next;
      if (
        set.length === 1 &&
        t1?.type === 'time' &&
        tokens[i + 2]?.type === 'range' &&
        tokens[i + 3]?.type === 'days' &&
        (tokens[i + 3] as { days: number[] }).days.length === 1 &&
        tokens[i + 4]?.type === 'time'
      ) {
        const fromDay = set[0]!;
        const toDay = (tokens[i + 3] as { days: number[] }).days[0]!;
        const to = (tokens[i + 4] as { minutes: number }).minutes;
        const span = ((toDay - fromDay + 7) % 7) * 1440 + to;
        if (span > t1.minutes) {
          flushDays();
          windows.push({ day: fromDay, from: t1.minutes, to: span });
          days = null;
          daysUsed = true;
          i += 4;
          continue;
        }
      }
      if (next?.type === 'range' && after?.type === 'days' && after.days.length === 1 && set.length === 1) {
        set = dayRange(set[0]!, after.days[0]!);
        i += 2;
      }
      if (days && !daysUsed && !sawTimeAfterDays) {
        // "Montag, Mittwoch und Freitag": a list of days before their times.
        days = [...new Set([...days, ...set])];
      } else {
        flushDays();
        days = set;
        daysUsed = false;
        sawTimeAfterDays = false;
      }
      continue;
    }
    if (token.type === 'time') {
      const op = tokens[i + 1];
      const end = tokens[i + 2];
      const isRange =
        end?.type === 'time' &&
        (op?.type === 'range' || (op?.type === 'list' && op.word && tokens[i - 1]?.type === 'between'));
      if (!isRange || !(token.explicit || end.explicit)) continue;
      let to = end.minutes;
      if (to <= token.minutes) to += 1440;
      for (const day of days ?? [0, 1, 2, 3, 4, 5, 6]) windows.push({ day, from: token.minutes, to });
      daysUsed = true;
      sawTimeAfterDays = true;
      i += 2;
    }
  }
  flushDays();
  if (windows.length === 0) return null;
  return { always: false, windows: normaliseWindows(windows) };
}

function normaliseWindows(windows: WeeklyWindow[]): WeeklyWindow[] {
  const seen = new Set<string>();
  return windows
    .filter((w) => {
      const key = `${w.day}:${w.from}:${w.to}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.day - b.day || a.from - b.from);
}

/** A schedule that covers every minute of every week. */
export function coversEverything(schedule: WeeklySchedule): boolean {
  if (schedule.always) return true;
  const perDay = Array.from({ length: 7 }, () => [] as [number, number][]);
  for (const w of schedule.windows)
    for (let offset = 0; offset * 1440 < w.to; offset++) {
      const day = (w.day + offset) % 7;
      const from = Math.max(0, w.from - offset * 1440);
      const to = Math.min(1440, w.to - offset * 1440);
      if (to > from) perDay[day]!.push([from, to]);
    }
  return perDay.every((spans) => {
    let reached = 0;
    for (const [from, to] of spans.sort((a, b) => a[0] - b[0]))
      if (from <= reached) reached = Math.max(reached, to);
    return reached >= 1440;
  });
}

/** The schedule's times inside `[start, end)`, as instants in the zone (daylight saving included). */
export function scheduleIntervals(
  schedule: WeeklySchedule,
  start: number,
  end: number,
  timeZone: string,
): Interval[] {
  if (end <= start) return [];
  if (schedule.always) return [[start, end]];
  const longest = Math.max(...schedule.windows.map((w) => Math.ceil(w.to / 1440)));
  const first = zonedParts(start, timeZone);
  const out: Interval[] = [];
  let date = addCalendarDays(first, -longest);
  for (let guard = 0; guard < 100_000; guard++) {
    const midnight = zonedToInstant({ ...date, hour: 0, minute: 0, second: 0 }, timeZone);
    if (midnight >= end) break;
    const weekday = zonedParts(midnight + 12 * 3_600_000, timeZone).weekday;
    for (const window of schedule.windows) {
      if (window.day !== weekday) continue;
      const s = at(date, window.from, timeZone);
      const e = at(date, window.to, timeZone);
      const clippedStart = Math.max(s, start);
      const clippedEnd = Math.min(e, end);
      if (clippedEnd > clippedStart) out.push([clippedStart, clippedEnd]);
    }
    date = addCalendarDays(date, 1);
  }
  return union(out);
}

function at(date: { year: number; month: number; day: number }, minutes: number, timeZone: string): number {
  const dayShift = Math.floor(minutes / 1440);
  const rest = minutes - dayShift * 1440;
  const target = addCalendarDays(date, dayShift);
  return zonedToInstant({ ...target, hour: Math.floor(rest / 60), minute: rest % 60, second: 0 }, timeZone);
}

/**
 * The schedule's intervals in month-sized pieces (UTC months), computed once per schedule, zone and
 * piece: deadlines of thousands of incidents walk the same weeks, so each week is worked out once.
 */
const pieces = new WeakMap<WeeklySchedule, Map<string, Interval[]>>();

function piece(
  schedule: WeeklySchedule,
  index: number,
  timeZone: string,
): { start: number; end: number; intervals: Interval[] } {
  const start = Date.UTC(Math.floor(index / 12), index % 12, 1);
  const end = Date.UTC(Math.floor((index + 1) / 12), (index + 1) % 12, 1);
  let byKey = pieces.get(schedule);
  if (!byKey) {
    byKey = new Map();
    pieces.set(schedule, byKey);
  }
  const key = `${timeZone}:${index}`;
  let intervals = byKey.get(key);
  if (!intervals) {
    intervals = scheduleIntervals(schedule, start, end, timeZone);
    byKey.set(key, intervals);
  }
  return { start, end, intervals };
}

/**
 * The instant at which `minutes` of service time have passed from `from` (`from` itself, or the
 * next start of service, for 0). Looks ahead at most ten years.
 */
export function afterServiceTime(
  schedule: WeeklySchedule,
  from: number,
  minutes: number,
  timeZone: string,
): number | null {
  if (schedule.always) return from + minutes * 60_000;
  const first = new Date(from);
  let index = first.getUTCFullYear() * 12 + first.getUTCMonth();
  let left = minutes * 60_000;
  for (let step = 0; step < 120; step++, index++) {
    const { intervals } = piece(schedule, index, timeZone);
    // The first interval that ends after `from` (binary search; pieces are sorted).
    let lo = 0;
    let hi = intervals.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (intervals[mid]![1] <= from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < intervals.length; i++) {
      const s = Math.max(intervals[i]![0], from);
      const e = intervals[i]![1];
      if (e - s >= left) return s + left;
      left -= e - s;
    }
  }
  return null;
}
