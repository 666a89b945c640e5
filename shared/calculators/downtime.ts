import { divide, HUNDRED, multiply, subtract, toDecimal, toNumber, type Decimal } from './decimal';

/** The periods an SLA measures availability over. */
export const PERIODS = ['month', 'quarter', 'year'] as const;
export type Period = (typeof PERIODS)[number];

/** Hours in a week around the clock: 24 × 7. */
export const HOURS_PER_WEEK_24X7 = 168;

export interface PeriodOptions {
  /**
   * Days the period has. Defaults: a month of 30 days (how most SLAs count), a quarter of three such
   * months (90 days), a year of 365 days.
   */
  days?: number;
  /**
   * Hours a week the service is measured in: 168 for 24×7, 50 for Monday to Friday 08:00–18:00.
   * Downtime outside the service hours does not count, so fewer hours mean less allowed downtime.
   */
  hoursPerWeek?: number;
}

export const DEFAULT_PERIOD_DAYS: Readonly<Record<Period, number>> = { month: 30, quarter: 90, year: 365 };

/** Thrown for inputs no period can have (0 days, 200 hours a week, 101 %); the message names the input. */
export class CalculatorInputError extends Error {
  override name = 'CalculatorInputError';
  constructor(
    readonly code: 'days' | 'hours-per-week' | 'availability' | 'downtime',
    message: string,
  ) {
    super(message);
  }
}

function checkedOptions(period: Period, options: PeriodOptions): { days: number; hoursPerWeek: number } {
  const days = options.days ?? DEFAULT_PERIOD_DAYS[period];
  const hoursPerWeek = options.hoursPerWeek ?? HOURS_PER_WEEK_24X7;
  if (!Number.isFinite(days) || days <= 0 || days > 366)
    throw new CalculatorInputError('days', `a period has between 1 and 366 days, not ${days}`);
  if (!Number.isFinite(hoursPerWeek) || hoursPerWeek <= 0 || hoursPerWeek > HOURS_PER_WEEK_24X7)
    throw new CalculatorInputError(
      'hours-per-week',
      `service hours are between 1 and 168 hours a week, not ${hoursPerWeek}`,
    );
  return { days, hoursPerWeek };
}

/** Minutes of service time in the period: all of it for 24×7, the service hours' share otherwise. */
export function serviceMinutes(period: Period, options: PeriodOptions = {}): Decimal {
  const { days, hoursPerWeek } = checkedOptions(period, options);
  const calendarMinutes = multiply(toDecimal(days), toDecimal(1440));
  if (hoursPerWeek === HOURS_PER_WEEK_24X7) return calendarMinutes;
  return divide(multiply(calendarMinutes, toDecimal(hoursPerWeek)), toDecimal(HOURS_PER_WEEK_24X7), 9);
}

function checkedPercent(availability: number): Decimal {
  if (!Number.isFinite(availability) || availability < 0 || availability > 100)
    throw new CalculatorInputError(
      'availability',
      `availability is a percentage between 0 and 100, not ${availability}`,
    );
  return toDecimal(availability);
}

/** Downtime the availability allows in the period, in minutes: 99.9 % of a 30-day month is 43.2. */
export function allowedDowntime(availability: number, period: Period, options: PeriodOptions = {}): Decimal {
  const unavailable = subtract(HUNDRED, checkedPercent(availability));
  return divide(multiply(unavailable, serviceMinutes(period, options)), HUNDRED, 9);
}

/** The availability a given downtime (minutes) leaves in the period, in percent. */
export function availabilityForDowntime(
  downtimeMinutes: number,
  period: Period,
  options: PeriodOptions = {},
): Decimal {
  const total = serviceMinutes(period, options);
  if (!Number.isFinite(downtimeMinutes) || downtimeMinutes < 0)
    throw new CalculatorInputError('downtime', `downtime cannot be negative (${downtimeMinutes})`);
  const down = toDecimal(downtimeMinutes);
  if (subtract(total, down).units < 0n)
    throw new CalculatorInputError(
      'downtime',
      `${downtimeMinutes} minutes are more than the period's ${toNumber(total)} minutes of service time`,
    );
  return subtract(HUNDRED, divide(multiply(down, HUNDRED), total, 9));
}
