import { describe, expect, it } from 'vitest';
import { addMonthsToDate, nextReviewAfter, reviewIntervalMonths, reviewState } from './reviews';

describe('review dates', () => {
  it('add months to a calendar date, ending on the last day of a shorter month', () => {
    expect(addMonthsToDate('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsToDate('2026-10-15', 12)).toBe('2027-10-15');
    expect(addMonthsToDate('2026-11-30', 3)).toBe('2027-02-28');
  });

  it('are due from 30 days before and overdue after', () => {
    expect(reviewState('2027-01-31', '2026-12-01')).toBe('ok');
    expect(reviewState('2026-12-31', '2026-12-01')).toBe('due');
    expect(reviewState('2026-12-01', '2026-12-01')).toBe('due');
    expect(reviewState('2026-11-30', '2026-12-01')).toBe('overdue');
  });

  it('follow the agreement’s review interval', () => {
    expect(reviewIntervalMonths({ value: 6, unit: 'months' })).toBe(6);
    expect(reviewIntervalMonths({ value: 365, unit: 'days' })).toBe(12);
    expect(reviewIntervalMonths(null)).toBeNull();
    expect(nextReviewAfter('2026-12-01', 6)).toBe('2027-06-01');
    expect(nextReviewAfter('2026-12-01', null)).toBe('2027-12-01');
  });
});
