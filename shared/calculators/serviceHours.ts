import type { Term } from '../model/term';
import { CHOICE_KEYS } from '../templates/termSpecs';
import { HOURS_PER_WEEK_24X7 } from './downtime';

export type ServiceHoursKey = (typeof CHOICE_KEYS.service_hours)[number];
export const SERVICE_HOURS_KEYS: readonly ServiceHoursKey[] = CHOICE_KEYS.service_hours;

/**
 * Hours a week each service-hours option of the built-in templates covers (their wording: Monday to
 * Friday 08:00–18:00, 07:00–20:00, Monday to Saturday 07:00–20:00, around the clock). Keys run from
 * the narrowest to the widest coverage, as in `CHOICE_KEYS`.
 */
export const SERVICE_HOURS_PER_WEEK: Readonly<Record<ServiceHoursKey, number>> = {
  'weekdays-standard': 50,
  'weekdays-extended': 65,
  'weekdays-saturday': 78,
  always: HOURS_PER_WEEK_24X7,
};

/**
 * Which option a `service_hours` choice term holds, by its position among the options (labels differ
 * per language, the order does not). `undefined` for a term with other options (e.g. customer paper).
 */
export function serviceHoursKeyOf(term: Term | undefined): ServiceHoursKey | undefined {
  if (!term || term.kind !== 'choice' || term.options.length !== SERVICE_HOURS_KEYS.length) return undefined;
  return SERVICE_HOURS_KEYS[term.options.indexOf(term.value)];
}

/** Whether `offered` covers at least the hours of `needed` (wider or equal coverage). */
export function coversServiceHours(offered: ServiceHoursKey, needed: ServiceHoursKey): boolean {
  return SERVICE_HOURS_KEYS.indexOf(offered) >= SERVICE_HOURS_KEYS.indexOf(needed);
}
