/**
 * Exact decimal arithmetic for the guardrails: a value is `units / 10^scale` with BigInt units.
 * Binary floating point cannot hold 99.9 or 0.05 exactly (99.9 − 0.05 is 99.85000000000001), and a
 * guardrail that flags a promise one ten-trillionth above its backing is wrong at every boundary.
 * Sums, differences and products are exact; only `divide` rounds, and only where a result is shown.
 */
export interface Decimal {
  readonly units: bigint;
  readonly scale: number;
}

const DECIMAL_TEXT = /^([+-]?)(\d+)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

function pow10(exponent: number): bigint {
  return 10n ** BigInt(exponent);
}

function normalised(units: bigint, scale: number): Decimal {
  // Trailing zeros carry no meaning (99.9500 is 99.95); dropping them keeps scales small.
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale -= 1;
  }
  return { units, scale };
}

/**
 * The exact decimal a JS number or decimal text stands for. A number is read through its shortest
 * round-trip text (`String(99.95)` is "99.95"), which is the decimal the user typed or the JSON held.
 */
export function toDecimal(value: number | string): Decimal {
  if (typeof value === 'number' && !Number.isFinite(value))
    throw new RangeError(`not a finite number: ${value}`);
  const text = typeof value === 'number' ? String(value) : value.trim();
  const match = DECIMAL_TEXT.exec(text);
  if (!match) throw new RangeError(`not a decimal number: ${text.slice(0, 40)}`);
  const [, sign = '', whole = '0', fraction = '', exponentText = '0'] = match;
  const exponent = Number(exponentText);
  let units = BigInt(`${whole}${fraction}`);
  let scale = fraction.length - exponent;
  if (scale < 0) {
    units *= pow10(-scale);
    scale = 0;
  }
  return normalised(sign === '-' ? -units : units, scale);
}

function aligned(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.units * pow10(scale - a.scale), b.units * pow10(scale - b.scale), scale];
}

export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = aligned(a, b);
  return normalised(x + y, scale);
}

export function subtract(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = aligned(a, b);
  return normalised(x - y, scale);
}

export function multiply(a: Decimal, b: Decimal): Decimal {
  return normalised(a.units * b.units, a.scale + b.scale);
}

/** −1, 0 or 1. */
export function compare(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const [x, y] = aligned(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export const ZERO: Decimal = { units: 0n, scale: 0 };
export const ONE: Decimal = { units: 1n, scale: 0 };
export const HUNDRED: Decimal = { units: 100n, scale: 0 };

export function isZero(a: Decimal): boolean {
  return a.units === 0n;
}

/** `a / b`, rounded half away from zero to `digits` decimal places (for values that are shown). */
export function divide(a: Decimal, b: Decimal, digits = 12): Decimal {
  if (b.units === 0n) throw new RangeError('division by zero');
  // a/b = (a.units / b.units) · 10^(b.scale − a.scale); scaled up by 10^digits before the integer division.
  const shift = digits + b.scale - a.scale;
  let numerator = a.units;
  let denominator = b.units;
  if (shift >= 0) numerator *= pow10(shift);
  else denominator *= pow10(-shift);
  if (denominator < 0n) {
    numerator = -numerator;
    denominator = -denominator;
  }
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  const roundAway = remainder * 2n >= denominator || -remainder * 2n >= denominator;
  const rounded = roundAway ? quotient + (numerator < 0n ? -1n : 1n) : quotient;
  return normalised(rounded, digits);
}

/** The nearest JS number (for display and charts). */
export function toNumber(a: Decimal): number {
  return Number(toPlainString(a));
}

/** Plain decimal text without exponent: `99.95`, `-0.05`, `43.2`. */
export function toPlainString(a: Decimal): string {
  const negative = a.units < 0n;
  const digits = (negative ? -a.units : a.units).toString().padStart(a.scale + 1, '0');
  const whole = digits.slice(0, digits.length - a.scale);
  const fraction = a.scale > 0 ? `.${digits.slice(digits.length - a.scale)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

export function min(a: Decimal, b: Decimal): Decimal {
  return compare(a, b) <= 0 ? a : b;
}

export function max(a: Decimal, b: Decimal): Decimal {
  return compare(a, b) >= 0 ? a : b;
}
