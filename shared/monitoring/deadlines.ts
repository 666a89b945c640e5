import type { AgreementTerms, DurationTarget } from './agreementTerms';
import { afterServiceTime } from './serviceHours';
import { addCalendarDays, DAY, MINUTE, zonedParts, zonedToInstant } from './timeZone';

/**
 * By when a response or resolution is due. Minutes and hours run inside the service hours when the
 * agreement counts its times there (an incident reported on Friday evening waits for Monday
 * morning); days, weeks and months are calendar time in the agreement's zone; business days skip
 * Saturdays and Sundays.
 */
export function deadlineOf(
  start: number,
  target: DurationTarget,
  terms: Pick<AgreementTerms, 'serviceHours' | 'timesWithinServiceHours'>,
  timeZone: string,
): number {
  switch (target.unit) {
    case 'minutes':
    case 'hours':
    case 'business-hours': {
      const minutes = target.value * (target.unit === 'minutes' ? 1 : 60);
      if (!terms.timesWithinServiceHours) return start + minutes * MINUTE;
      return afterServiceMinutes(start, minutes, terms, timeZone);
    }
    case 'days':
    case 'weeks':
      return shiftLocalDays(start, target.value * (target.unit === 'weeks' ? 7 : 1), timeZone);
    case 'months':
      return shiftLocalMonths(start, target.value, timeZone);
    case 'business-days': {
      const from = terms.timesWithinServiceHours ? afterServiceMinutes(start, 0, terms, timeZone) : start;
      return shiftBusinessDays(from, target.value, timeZone);
    }
  }
}

function afterServiceMinutes(
  start: number,
  minutes: number,
  terms: Pick<AgreementTerms, 'serviceHours'>,
  timeZone: string,
): number {
  return afterServiceTime(terms.serviceHours.schedule, start, minutes, timeZone) ?? start + minutes * MINUTE;
}

function shiftLocalDays(instant: number, days: number, timeZone: string): number {
  const whole = Math.trunc(days);
  const p = zonedParts(instant, timeZone);
  const date = addCalendarDays(p, whole);
  const base = zonedToInstant({ ...date, hour: p.hour, minute: p.minute, second: p.second }, timeZone);
  return base + (days - whole) * DAY;
}

function shiftLocalMonths(instant: number, months: number, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  const index = p.year * 12 + (p.month - 1) + Math.round(months);
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return zonedToInstant(
    { year, month, day: Math.min(p.day, lastDay), hour: p.hour, minute: p.minute, second: p.second },
    timeZone,
  );
}

function shiftBusinessDays(instant: number, days: number, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  let date = { year: p.year, month: p.month, day: p.day };
  let weekday = p.weekday;
  // Starting on a weekend: the count starts on Monday at the same time.
  let left = Math.ceil(days);
  // Whole weeks at once: five business days are seven calendar days, whatever the weekday.
  const weeks = Math.floor(Math.max(0, left - 1) / 5);
  if (weeks > 0) {
    date = addCalendarDays(date, weeks * 7);
    left -= weeks * 5;
  }
  while (left > 0) {
    date = addCalendarDays(date, 1);
    weekday = (weekday + 1) % 7;
    if (weekday < 5) left--;
  }
  return zonedToInstant({ ...date, hour: p.hour, minute: p.minute, second: p.second }, timeZone);
}
