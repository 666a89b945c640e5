import { describe, expect, it } from 'vitest';
import { add, compare, divide, multiply, subtract, toDecimal, toNumber, toPlainString } from './decimal';

const d = toDecimal;

describe('exact decimals', () => {
  it('read numbers and text as the decimal written, trailing zeros meaning nothing', () => {
    expect(compare(d(99.95), d('99.9500'))).toBe(0);
    expect(toPlainString(d('1e-7'))).toBe('0.0000001');
    expect(toPlainString(d(1e21))).toBe('1000000000000000000000');
    expect(toPlainString(d('-0.050'))).toBe('-0.05');
    expect(() => d(Number.NaN)).toThrow(RangeError);
    expect(() => d('99,9')).toThrow(RangeError);
  });

  it('add, subtract and multiply without binary rounding', () => {
    // 99.9 − 0.05 is 99.85000000000001 in floating point.
    expect(toPlainString(subtract(d(99.9), d(0.05)))).toBe('99.85');
    expect(toPlainString(add(d(0.1), d(0.2)))).toBe('0.3');
    expect(toPlainString(multiply(d(0.9995), d(0.999)))).toBe('0.9985005');
    expect(toNumber(multiply(d('0.001'), d(43200)))).toBe(43.2);
  });

  it('compare in both directions', () => {
    expect(compare(d(99.9), d(99.95))).toBe(-1);
    expect(compare(d(99.95), d(99.9))).toBe(1);
    expect(compare(d(-1), d(0))).toBe(-1);
  });

  it('divide with rounding half away from zero to the digits asked for', () => {
    expect(toPlainString(divide(d(2), d(3), 4))).toBe('0.6667');
    expect(toPlainString(divide(d(-2), d(3), 4))).toBe('-0.6667');
    expect(toPlainString(divide(d(43.2), d(43200)))).toBe('0.001');
    expect(toPlainString(divide(d(1), d(8), 2))).toBe('0.13');
    expect(() => divide(d(1), d(0))).toThrow(RangeError);
  });
});
