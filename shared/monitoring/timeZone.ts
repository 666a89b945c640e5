/**
 * Wall-clock arithmetic in an IANA time zone with nothing but `Intl` (no date library), so the
 * measurement runs the same in Node, the renderer and a worker. Instants are epoch milliseconds.
 */

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** A local calendar date and time of day; `month` is 1–12. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond?: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
      era: 'short',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** True for a name the IANA database (as this runtime knows it) accepts, e.g. `Europe/Berlin`. */
export function isValidTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || timeZone.length === 0 || timeZone.length > 64) return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

const WEEKDAYS: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };

export interface ZonedParts extends WallClock {
  /** 0 = Monday … 6 = Sunday (ISO order). */
  weekday: number;
}

/** The zone's wall clock at an instant, straight from Intl (whole seconds). */
function intlParts(instant: number, timeZone: string): ZonedParts {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) parts[part.type] = part.value;
  const rawYear = Number(parts.year);
  const year = parts.era === 'BC' || parts.era === 'B' ? 1 - rawYear : rawYear;
  return {
    year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    millisecond: ((instant % 1000) + 1000) % 1000,
    weekday: WEEKDAYS[parts.weekday ?? 'Mon'] ?? 0,
  };
}

function asUtc(clock: WallClock): number {
  return Date.UTC(
    clock.year,
    clock.month - 1,
    clock.day,
    clock.hour,
    clock.minute,
    clock.second,
    clock.millisecond ?? 0,
  );
}

/**
 * Offsets are looked up per UTC day, or per quarter hour on a day with a clock change, and kept:
 * measuring a month of incidents asks for the same days thousands of times, and Intl is slow. A
 * span whose two ends disagree is never cached whole, so the answer is always Intl's. (No zone
 * changes its clock twice within one day and back, which is what the day span relies on.)
 */
const QUARTER_HOUR = 15 * MINUTE;
const offsets = new Map<string, Map<number, number>>();

function intlOffset(instant: number, timeZone: string): number {
  const whole = instant - (((instant % 1000) + 1000) % 1000);
  return asUtc({ ...intlParts(whole, timeZone), millisecond: 0 }) - whole;
}

function cachedSpan(
  cache: Map<number, number>,
  key: number,
  start: number,
  length: number,
  timeZone: string,
): number | null {
  const known = cache.get(key);
  if (known !== undefined) return Number.isNaN(known) ? null : known;
  const first = intlOffset(start, timeZone);
  const last = intlOffset(start + length - 1000, timeZone);
  if (cache.size > 100_000) cache.clear();
  // NaN marks a span with a clock change inside, so it is not asked again.
  cache.set(key, first === last ? first : NaN);
  return first === last ? first : null;
}

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
export function offsetAt(instant: number, timeZone: string): number {
  let cache = offsets.get(timeZone);
  if (!cache) {
    cache = new Map();
    offsets.set(timeZone, cache);
  }
  const day = Math.floor(instant / DAY);
  const whole = cachedSpan(cache, day, day * DAY, DAY, timeZone);
  if (whole !== null) return whole;
  // Quarter hours get negative keys so they never meet the day keys (days since 1970 are positive).
  const quarter = Math.floor(instant / QUARTER_HOUR);
  const part = cachedSpan(cache, -1 - quarter, quarter * QUARTER_HOUR, QUARTER_HOUR, timeZone);
  return part ?? intlOffset(instant, timeZone);
}

/** The local date, time and weekday of an instant in a time zone. */
export function zonedParts(instant: number, timeZone: string): ZonedParts {
  const local = new Date(instant + offsetAt(instant, timeZone));
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    millisecond: local.getUTCMilliseconds(),
    weekday: (local.getUTCDay() + 6) % 7,
  };
}

/**
 * The instant a wall-clock reading in the zone names. Like Temporal's `compatible` disambiguation:
 * a time that occurs twice (the hour repeated when clocks go back) is the earlier one; a time the
 * zone skips (the hour lost when clocks go forward) is read as that many minutes after the gap.
 */
export function zonedToInstant(clock: WallClock, timeZone: string): number {
  const local = asUtc(clock);
  const before = offsetAt(local - DAY, timeZone);
  const after = offsetAt(local + DAY, timeZone);
  const candidates = [...new Set([before, after])]
    .map((offset) => local - offset)
    .filter((instant) => asUtc(zonedParts(instant, timeZone)) === local)
    .sort((a, b) => a - b);
  if (candidates.length > 0) return candidates[0]!;
  // In the gap: the offset from before the change, which lands after the gap.
  return local - before;
}

/** Midnight at the start of a local calendar date. */
export function startOfLocalDay(year: number, month: number, day: number, timeZone: string): number {
  return zonedToInstant({ year, month, day, hour: 0, minute: 0, second: 0 }, timeZone);
}

/** The calendar date `days` after the given one (month and year overflow handled by Date.UTC). */
export function addCalendarDays(
  date: { year: number; month: number; day: number },
  days: number,
): { year: number; month: number; day: number } {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** `YYYY-MM-DD` of an instant in the zone. */
export function localDateKey(instant: number, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  return `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** `2026-10-06 09:14` in the zone: what the report prints and what users type. */
export function localDateTimeText(instant: number, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  return `${localDateKey(instant, timeZone)} ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}
