import { describe, expect, it } from 'vitest';
import { toPlainString } from './decimal';
import { compositeAvailability, linkAvailability, weakestLink } from './compositeAvailability';

describe('composite availability', () => {
  it('multiplies links in series', () => {
    expect(toPlainString(compositeAvailability([[99.95], [99.95]]))).toBe('99.900025');
    expect(toPlainString(compositeAvailability([[99.9]]))).toBe('99.9');
    expect(toPlainString(compositeAvailability([[100], [99.5], [100]]))).toBe('99.5');
  });

  it('keeps a redundant pair up unless both are down: 1 − Π(1 − aᵢ)', () => {
    expect(toPlainString(linkAvailability([99, 99]))).toBe('99.99');
    expect(toPlainString(linkAvailability([99.9, 99.5]))).toBe('99.9995');
    expect(toPlainString(linkAvailability([0, 0]))).toBe('0');
  });

  it('combines series and redundancy', () => {
    // Data centre 99.95 % in series with two carriers of 99 % each.
    expect(toPlainString(compositeAvailability([[99.95], [99, 99]]))).toBe('99.940005');
  });

  it('names the weakest link', () => {
    expect(weakestLink([[99.95], [99.9], [99, 99]])).toBe(1);
    expect(weakestLink([[99.9], [99.9]])).toBe(0);
  });

  it('refuses an empty chain, an empty link and values outside 0–100 %', () => {
    expect(() => compositeAvailability([])).toThrow(RangeError);
    expect(() => linkAvailability([])).toThrow(RangeError);
    expect(() => linkAvailability([100.5])).toThrow(RangeError);
  });
});
