import { isValidTimeZone } from '../../../shared/monitoring/timeZone';

/** Zones offered first; any IANA name the runtime knows is accepted too. */
const COMMON = [
  'Europe/Berlin',
  'Europe/Vienna',
  'Europe/Zurich',
  'Europe/London',
  'Europe/Amsterdam',
  'Europe/Paris',
  'UTC',
];

export function timeZoneChoices(): string[] {
  const all =
    (Intl as unknown as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ??
    [];
  return [...new Set([...COMMON, ...all])].filter(isValidTimeZone);
}
