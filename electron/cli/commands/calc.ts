import { parseArgs } from 'node:util';
import { parseChainText } from '../../../shared/calculators/chainText';
import { compositeAvailability, linkAvailability } from '../../../shared/calculators/compositeAvailability';
import { creditExposure } from '../../../shared/calculators/creditExposure';
import { toNumber, toPlainString, type Decimal } from '../../../shared/calculators/decimal';
import {
  allowedDowntime,
  availabilityForDowntime,
  CalculatorInputError,
  DEFAULT_PERIOD_DAYS,
  HOURS_PER_WEEK_24X7,
  PERIODS,
  type Period,
} from '../../../shared/calculators/downtime';
import { formatMinutes } from '../../../shared/calculators/formatMinutes';
import { CURRENCIES, type Currency } from '../../../shared/model/term';
import type { CliCommand, CliContext } from '../cliCommand';
import { CliUsageError } from '../CliUsageError';

const USAGE = [
  'sla-workbench calc downtime AVAILABILITY [--period month|quarter|year] [--days N] [--hours-per-week H] [--json]',
  'sla-workbench calc availability DOWNTIME [--period month|quarter|year] [--days N] [--hours-per-week H] [--json]',
  'sla-workbench calc composite "99.95 99.9/99.5" [--json]',
  'sla-workbench calc credits --fee AMOUNT [--currency EUR] --band BELOW:CREDIT … [--cap PERCENT] [--cumulative] [--json]',
  '',
  'downtime      the downtime an availability allows (99.9 % of a 30-day month is 43.2 minutes)',
  'availability  the availability a downtime leaves; DOWNTIME in minutes, or with min, h or d (43.2, 2h, 1.5d)',
  'composite     links in series separated by spaces, a redundant group joined by /',
  'credits       the worst-case service credit of a month from the bands and the cap',
  '',
  '--hours-per-week counts only service hours (168 = 24×7, 50 = Monday to Friday 08:00–18:00).',
].join('\n');

const OPTIONS = {
  period: { type: 'string' },
  days: { type: 'string' },
  'hours-per-week': { type: 'string' },
  fee: { type: 'string' },
  currency: { type: 'string' },
  band: { type: 'string', multiple: true },
  cap: { type: 'string' },
  cumulative: { type: 'boolean' },
  json: { type: 'boolean' },
} as const;

function parse(args: readonly string[]) {
  try {
    return parseArgs({ args: [...args], allowPositionals: true, options: OPTIONS, strict: true });
  } catch (error) {
    throw new CliUsageError((error as Error).message.split('\n')[0]!);
  }
}

type Values = ReturnType<typeof parse>['values'];

/** A decimal number as the command line writes it: `99.9`, also `99,9` and `99.9%`. */
function numberArgument(text: string | undefined, what: string): number {
  if (text === undefined) throw new CliUsageError(`missing ${what}.`);
  const cleaned = text.trim().replace(/%$/, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned))
    throw new CliUsageError(`${what} must be a number, not "${text.slice(0, 30)}".`);
  return Number(cleaned);
}

function periodOptions(values: Values): { days?: number; hoursPerWeek: number } {
  const options: { days?: number; hoursPerWeek: number } = {
    hoursPerWeek:
      values['hours-per-week'] === undefined
        ? HOURS_PER_WEEK_24X7
        : numberArgument(values['hours-per-week'], '--hours-per-week'),
  };
  if (values.days !== undefined) options.days = numberArgument(values.days, '--days');
  return options;
}

function periodsOf(values: Values): readonly Period[] {
  if (values.period === undefined) return PERIODS;
  if (!(PERIODS as readonly string[]).includes(values.period))
    throw new CliUsageError(`--period must be month, quarter or year, not "${values.period.slice(0, 30)}".`);
  return [values.period as Period];
}

/** `43.2`, `43.2min`, `2h`, `1.5d` → minutes. */
function downtimeMinutes(text: string | undefined): number {
  if (text === undefined) throw new CliUsageError('missing DOWNTIME (minutes, or e.g. 2h).');
  const match = /^(\d+(?:[.,]\d+)?)\s*(min|m|h|d)?$/i.exec(text.trim());
  if (!match)
    throw new CliUsageError(
      `DOWNTIME must be minutes or a number with min, h or d, not "${text.slice(0, 30)}".`,
    );
  const value = Number(match[1]!.replace(',', '.'));
  const unit = (match[2] ?? 'min').toLowerCase();
  return unit === 'h' ? value * 60 : unit === 'd' ? value * 1440 : value;
}

const percent = (value: Decimal, digits = 6) => `${Number(toNumber(value).toFixed(digits))}%`;

function print(context: CliContext, values: Values, json: unknown, lines: string[]) {
  context.stdout(values.json ? `${JSON.stringify(json, null, 2)}\n` : `${lines.join('\n')}\n`);
}

function hoursText(hoursPerWeek: number): string {
  return hoursPerWeek === HOURS_PER_WEEK_24X7 ? '24×7' : `${hoursPerWeek} service hours a week`;
}

function downtime(values: Values, positionals: string[], context: CliContext): number {
  const [value, ...extra] = positionals;
  if (extra.length > 0) throw new CliUsageError('expected one AVAILABILITY, e.g. 99.9.');
  const availability = numberArgument(value, 'AVAILABILITY');
  const options = periodOptions(values);
  const rows = periodsOf(values).map((period) => {
    const days = options.days ?? DEFAULT_PERIOD_DAYS[period];
    return { period, days, minutes: toNumber(allowedDowntime(availability, period, options)) };
  });
  print(context, values, { availability, hoursPerWeek: options.hoursPerWeek, periods: rows }, [
    `${availability}% (${hoursText(options.hoursPerWeek)}) allows`,
    ...rows.map(
      (row) =>
        `  per ${row.period} (${row.days} days): ${formatMinutes(row.minutes, 'en')} (${row.minutes} minutes)`,
    ),
  ]);
  return 0;
}

function availability(values: Values, positionals: string[], context: CliContext): number {
  const [value, ...extra] = positionals;
  if (extra.length > 0) throw new CliUsageError('expected one DOWNTIME, e.g. 43.2 or 2h.');
  const minutes = downtimeMinutes(value);
  const options = periodOptions(values);
  const rows = periodsOf(values).map((period) => ({
    period,
    days: options.days ?? DEFAULT_PERIOD_DAYS[period],
    availability: toNumber(availabilityForDowntime(minutes, period, options)),
  }));
  print(context, values, { downtimeMinutes: minutes, hoursPerWeek: options.hoursPerWeek, periods: rows }, [
    `${formatMinutes(minutes, 'en')} of downtime (${hoursText(options.hoursPerWeek)}) leaves`,
    ...rows.map((row) => `  per ${row.period} (${row.days} days): ${Number(row.availability.toFixed(6))}%`),
  ]);
  return 0;
}

function composite(values: Values, positionals: string[], context: CliContext): number {
  const chain = parseChainText(positionals.join(' '));
  if (!Array.isArray(chain))
    throw new CliUsageError(
      chain.error === 'empty'
        ? 'expected the links, e.g. "99.95 99.9/99.5".'
        : `cannot read "${chain.part}" as an availability between 0 and 100.`,
    );
  const total = compositeAvailability(chain);
  const links = chain.map((link) => ({
    members: [...link],
    availability: toPlainString(linkAvailability(link)),
  }));
  print(context, values, { links, composite: toPlainString(total) }, [
    ...chain.map(
      (link, index) =>
        `  link ${index + 1}: ${link.join(' / ')}${link.length > 1 ? ` (redundant: ${percent(linkAvailability(link))})` : ''}`,
    ),
    `composite availability: ${percent(total)} (exactly ${toPlainString(total)}%)`,
  ]);
  return 0;
}

function credits(values: Values, positionals: string[], context: CliContext): number {
  if (positionals.length > 0)
    throw new CliUsageError(`unexpected argument "${positionals[0]!.slice(0, 30)}".`);
  const fee = numberArgument(values.fee, '--fee AMOUNT');
  const currency = (values.currency ?? 'EUR').toUpperCase();
  if (!(CURRENCIES as readonly string[]).includes(currency))
    throw new CliUsageError(`--currency must be one of ${CURRENCIES.join(', ')}.`);
  const bandTexts = values.band ?? [];
  if (bandTexts.length === 0) throw new CliUsageError('missing --band BELOW:CREDIT, e.g. --band 99.9:5.');
  const bands = bandTexts.map((text) => {
    const [below, credit, ...rest] = text.split(':');
    if (rest.length > 0 || below === undefined || credit === undefined)
      throw new CliUsageError(`--band must be BELOW:CREDIT, e.g. 99.9:5, not "${text.slice(0, 30)}".`);
    return { below: numberArgument(below, '--band BELOW'), credit: numberArgument(credit, '--band CREDIT') };
  });
  if (
    fee < 0 ||
    bands.some((band) => band.below < 0 || band.below > 100 || band.credit < 0 || band.credit > 100)
  )
    throw new CliUsageError(
      'fees, thresholds and credits cannot be negative, and percentages not above 100.',
    );
  const cap = values.cap === undefined ? null : numberArgument(values.cap, '--cap');
  const exposure = creditExposure({
    monthlyFee: { amount: fee, currency: currency as Currency },
    bands,
    cap,
    cumulative: values.cumulative ?? false,
  });
  const money = (value: Decimal | null) => (value === null ? '' : `${toPlainString(value)} ${currency}`);
  print(
    context,
    values,
    {
      fee: { amount: fee, currency },
      cap,
      cumulative: values.cumulative ?? false,
      bands: exposure.bands.map((band) => ({
        below: band.below,
        credit: band.credit,
        owed: toNumber(band.owed),
        amount: band.amount === null ? null : toNumber(band.amount),
      })),
      worst: {
        percent: toNumber(exposure.worstPercent),
        amount: exposure.worstAmount === null ? null : toNumber(exposure.worstAmount),
        capped: exposure.capped,
      },
    },
    [
      ...exposure.bands.map(
        (band) => `  below ${band.below}%: ${toPlainString(band.owed)}% of the fee = ${money(band.amount)}`,
      ),
      `worst case per month: ${toPlainString(exposure.worstPercent)}% = ${money(exposure.worstAmount)}${exposure.capped ? ' (held at the cap)' : ''}`,
    ],
  );
  return 0;
}

const SUBCOMMANDS: Record<string, (values: Values, positionals: string[], context: CliContext) => number> = {
  downtime,
  availability,
  composite,
  credits,
};

export const calcCommand: CliCommand = {
  name: 'calc',
  summary:
    'SLA arithmetic: allowed downtime, availability from downtime, composite availability, credit exposure',
  usage: USAGE,
  async run(args, context) {
    const { values, positionals } = parse(args);
    const [name, ...rest] = positionals;
    const sub = name === undefined ? undefined : SUBCOMMANDS[name];
    if (!sub || !Object.hasOwn(SUBCOMMANDS, name!))
      throw new CliUsageError(
        name === undefined
          ? 'expected downtime, availability, composite or credits. Run "sla-workbench calc --help".'
          : `unknown calculation "${name.slice(0, 30)}"; expected downtime, availability, composite or credits.`,
      );
    try {
      return sub(values, rest, context);
    } catch (error) {
      if (error instanceof CalculatorInputError || error instanceof RangeError)
        throw new CliUsageError(error.message);
      throw error;
    }
  },
};
