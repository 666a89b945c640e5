import { describe, expect, it } from 'vitest';
import { uiFormat } from './useUiFormat';

describe('numbers on the monitoring screens', () => {
  it('keep every decimal of a target and round only budget shares', () => {
    const de = uiFormat('de');
    expect(de.percent(99.95)).toBe('99,95\u00a0%');
    expect(de.share(81.5851)).toBe('81,6\u00a0%');
    expect(de.share(Infinity)).toBe('∞');
    expect(uiFormat('en').percent(99.95)).toBe('99.95%');
  });

  it('cut availability down, never up to the target', () => {
    expect(uiFormat('en').availability(99.94999)).toBe('99.949%');
    expect(uiFormat('en').availability(null)).toBe('–');
  });

  it('write short budgets with a decimal and long ones in hours', () => {
    expect(uiFormat('de').minutes(17.16)).toBe('17,2\u00a0Min.');
    expect(uiFormat('en').minutes(169)).toBe('2\u00a0h 49\u00a0min');
  });

  it('show instants in the agreement’s zone', () => {
    expect(uiFormat('de').instant(Date.parse('2026-10-25T01:30:00Z'), 'Europe/Berlin')).toBe(
      '25.10.2026 02:30',
    );
  });
});
