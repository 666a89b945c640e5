import { describe, expect, it } from 'vitest';
import { localToday, reviewState } from './reviewState';

describe('reviewState', () => {
  it('flags a review date in the past as overdue', () => {
    expect(reviewState('2026-03-09', '2026-03-10')).toBe('overdue');
  });

  it('flags a review within the next 30 days as due, including today', () => {
    expect(reviewState('2026-03-10', '2026-03-10')).toBe('due');
    expect(reviewState('2026-04-09', '2026-03-10')).toBe('due');
  });

  it('leaves later reviews alone', () => {
    expect(reviewState('2026-04-10', '2026-03-10')).toBe('ok');
  });

  it('takes today from the local calendar', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
