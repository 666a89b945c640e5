import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES } from '../templates/builtInTemplates';
import { toNumber, toPlainString } from './decimal';
import { creditExposure, creditScheduleOf } from './creditExposure';

const fee = { amount: 4200, currency: 'EUR' as const };

describe('worst-case credit exposure per month', () => {
  it('is the deepest band when bands do not add up and the cap is higher', () => {
    const exposure = creditExposure({
      monthlyFee: fee,
      bands: [
        { below: 99.9, credit: 5 },
        { below: 99, credit: 20 },
        { below: 99.5, credit: 10 },
      ],
      cap: 25,
    });
    expect(toPlainString(exposure.worstPercent)).toBe('20');
    expect(toNumber(exposure.worstAmount!)).toBe(840);
    expect(exposure.capped).toBe(false);
    expect(exposure.bands.map((band) => band.below)).toEqual([99.9, 99.5, 99]);
    expect(exposure.bands.map((band) => toNumber(band.amount!))).toEqual([210, 420, 840]);
  });

  it('is held at the cap, band by band and at worst', () => {
    const exposure = creditExposure({
      monthlyFee: fee,
      bands: [
        { below: 99.9, credit: 10 },
        { below: 99, credit: 30 },
      ],
      cap: 15,
    });
    expect(toPlainString(exposure.worstPercent)).toBe('15');
    expect(toNumber(exposure.worstAmount!)).toBe(630);
    expect(exposure.capped).toBe(true);
    expect(exposure.bands.map((band) => toPlainString(band.owed))).toEqual(['10', '15']);
  });

  it('adds up stacked bands when the agreement says so, still capped', () => {
    const bands = [
      { below: 99.9, credit: 5 },
      { below: 99.5, credit: 10 },
    ];
    expect(
      toPlainString(creditExposure({ monthlyFee: fee, bands, cap: null, cumulative: true }).worstPercent),
    ).toBe('15');
    expect(
      toPlainString(creditExposure({ monthlyFee: fee, bands, cap: 12, cumulative: true }).worstPercent),
    ).toBe('12');
  });

  it('gives percentages only without a fee, and nothing without bands', () => {
    const exposure = creditExposure({ monthlyFee: null, bands: [{ below: 99, credit: 7.5 }], cap: null });
    expect(toPlainString(exposure.worstPercent)).toBe('7.5');
    expect(exposure.worstAmount).toBeNull();
    expect(toPlainString(creditExposure({ monthlyFee: fee, bands: [], cap: 20 }).worstPercent)).toBe('0');
  });

  it('reads the schedule from a template: Business pays at most 20 % of 4,200 EUR', () => {
    const business = BUILT_IN_TEMPLATES.find((t) => t.id === 'managed-it-business-en')!;
    const schedule = creditScheduleOf(business.document.terms);
    expect(schedule.bands).toEqual([
      { below: 99.9, credit: 5 },
      { below: 99.5, credit: 10 },
      { below: 99, credit: 20 },
    ]);
    expect(schedule.cap).toBe(20);
    expect(toNumber(creditExposure(schedule).worstAmount!)).toBe(840);
  });
});
