/**
 * Durations as exports write them (`0 hrs, 5 mins`, `1h 20m`, `01:30:00`, `PT1H30M`, `90`,
 * `1,5 Std.`), in minutes. A bare number is read in the column's unit (seconds for
 * `seconds_to_first_ack`, minutes for `First reply time in minutes`).
 */

export type DurationUnitHint = 'ms' | 'seconds' | 'minutes' | 'hours';

const UNIT_MINUTES: [RegExp, number][] = [
  [/^(ms|msec|millis|milliseconds?)$/, 1 / 60_000],
  [/^(s|sec|secs|seconds?|sek|sekunden?)$/, 1 / 60],
  [/^(m|min|mins|minutes?|minuten?)$/, 1],
  [/^(h|hr|hrs|hours?|std|stunden?)$/, 60],
  [/^(d|day|days|t|tag|tage|tagen)$/, 1440],
  [/^(w|wk|weeks?|wochen?)$/, 10_080],
];

function number(text: string): number {
  return Number(text.replace(',', '.'));
}

/** The unit a header implies for bare numbers: `seconds_to_resolve` → seconds. */
export function unitFromHeader(header: string): DurationUnitHint {
  const h = header.toLowerCase();
  if (/(^|[^a-z])(ms|millis|milliseconds?)([^a-z]|$)/.test(h)) return 'ms';
  if (/(sec|second|sekunde|\(s\)|_s$|\bs$)/.test(h)) return 'seconds';
  if (/(hour|stunde|\bstd\b|\(h\)|\bhrs?\b)/.test(h)) return 'hours';
  return 'minutes';
}

export function parseDuration(raw: string, hint: DurationUnitHint = 'minutes'): number | null {
  const text = raw
    .trim()
    .toLowerCase()
    .replace(/[\u00a0\u202f]/g, ' ');
  if (!text) return null;
  if (/^-/.test(text)) return null;
  if (/^\d+([.,]\d+)?$/.test(text)) {
    const value = number(text);
    const factor = { ms: 1 / 60_000, seconds: 1 / 60, minutes: 1, hours: 60 }[hint];
    return value * factor;
  }
  let m =
    /^p(?:(\d+(?:[.,]\d+)?)d)?(?:t(?:(\d+(?:[.,]\d+)?)h)?(?:(\d+(?:[.,]\d+)?)m)?(?:(\d+(?:[.,]\d+)?)s)?)?$/.exec(
      text,
    );
  if (m && text !== 'p' && text !== 'pt')
    return (
      number(m[1] ?? '0') * 1440 + number(m[2] ?? '0') * 60 + number(m[3] ?? '0') + number(m[4] ?? '0') / 60
    );
  m = /^(?:(\d+)[.\s]+)?(\d{1,3}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?$/.exec(text);
  if (m) {
    const days = Number(m[1] ?? 0);
    if (m[4] !== undefined) return days * 1440 + Number(m[2]) * 60 + Number(m[3]) + Number(m[4]) / 60;
    return days * 1440 + Number(m[2]) * 60 + Number(m[3]);
  }
  // "1 h 20 min", "0 hrs, 5 mins", "2 Tage 3 Std.", "1,5 h".
  const parts = [...text.matchAll(/(\d+(?:[.,]\d+)?)\s*([a-zäöü]+)\.?/gu)];
  if (parts.length === 0) return null;
  const rest = text.replace(/(\d+(?:[.,]\d+)?)\s*([a-zäöü]+)\.?/gu, '').replace(/[\s,;]|\b(and|und)\b/gu, '');
  if (rest) return null;
  let total = 0;
  for (const [, value, unit] of parts) {
    const factor = UNIT_MINUTES.find(([pattern]) => pattern.test(unit!))?.[1];
    if (factor === undefined) return null;
    total += number(value!) * factor;
  }
  return total;
}
