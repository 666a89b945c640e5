import { expect, it } from 'vitest';
import { formatMinutes } from './formatMinutes';

it('writes downtime in minutes, hours and days', () => {
  expect(formatMinutes(43.2, 'en')).toBe('43.2\u00a0min');
  expect(formatMinutes(43.2, 'de')).toBe('43,2\u00a0Min.');
  expect(formatMinutes(525.6, 'en')).toBe('8\u00a0h 45.6\u00a0min');
  expect(formatMinutes(3000, 'en')).toBe('2\u00a0d 2\u00a0h');
  expect(formatMinutes(0, 'en')).toBe('0\u00a0min');
  expect(formatMinutes(12.857142857, 'en')).toBe('12.9\u00a0min');
});
