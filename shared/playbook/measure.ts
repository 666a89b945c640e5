import type { DurationUnit, Term } from '../model/term';
import { multiply, toDecimal, type Decimal } from '../calculators/decimal';
import type { PlaybookValue } from './playbook';

/**
 * A value reduced to something comparable: values compare only within one dimension. Calendar
 * durations share one (in minutes); months, business hours and business days each stand alone,
 * because their length in minutes depends on the calendar or the service hours.
 */
export interface Quantity {
  dimension: string;
  amount: Decimal;
}

const CALENDAR_MINUTES: Partial<Record<DurationUnit, number>> = {
  minutes: 1,
  hours: 60,
  days: 1_440,
  weeks: 10_080,
};

export function durationQuantity(value: number, unit: DurationUnit): Quantity {
  const factor = CALENDAR_MINUTES[unit];
  return factor === undefined
    ? { dimension: `duration:${unit}`, amount: toDecimal(value) }
    : { dimension: 'duration', amount: multiply(toDecimal(value), toDecimal(factor)) };
}

/** Percent and count terms are plain numbers in a playbook, so both measure as `number`. */
export function termQuantity(term: Term): Quantity | null {
  switch (term.kind) {
    case 'percent':
    case 'count':
      return { dimension: 'number', amount: toDecimal(term.value) };
    case 'duration':
      return durationQuantity(term.value, term.unit);
    case 'money':
      return { dimension: `money:${term.currency}`, amount: toDecimal(term.value) };
    default:
      return null;
  }
}

export function valueQuantity(value: PlaybookValue): Quantity {
  if (typeof value === 'number') return { dimension: 'number', amount: toDecimal(value) };
  if ('unit' in value) return durationQuantity(value.value, value.unit);
  return { dimension: `money:${value.currency}`, amount: toDecimal(value.amount) };
}

/** A term's value in the playbook file's shapes (what `check --json` prints). */
export function termAsPlaybookValue(term: Term): PlaybookValue | string {
  switch (term.kind) {
    case 'duration':
      return { value: term.value, unit: term.unit };
    case 'money':
      return { amount: term.value, currency: term.currency };
    default:
      return term.value;
  }
}
