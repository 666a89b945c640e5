import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, sectionOf } from './parseRoute';

describe('parseRoute', () => {
  it('opens the screen named in the address', () => {
    expect(parseRoute('#/deals')).toEqual({ screen: 'deals' });
    expect(parseRoute('#/deals/d_123')).toEqual({ screen: 'deal', dealId: 'd_123' });
    expect(parseRoute('#/templates/business-de')).toEqual({ screen: 'template', templateId: 'business-de' });
    expect(parseRoute('#/settings')).toEqual({ screen: 'settings' });
    expect(parseRoute('#/compare')).toEqual({ screen: 'compare' });
  });

  it('lands on the deals list for an empty or unknown address', () => {
    expect(parseRoute('')).toEqual({ screen: 'deals' });
    expect(parseRoute('#/nowhere')).toEqual({ screen: 'deals' });
    expect(parseRoute('#/%E0%A4%A')).toEqual({ screen: 'deals' });
  });

  it('round-trips ids with unusual characters', () => {
    const route = { screen: 'deal', dealId: 'a/b c' } as const;
    expect(parseRoute(routeHash(route))).toEqual(route);
  });

  it('opens the compare screen of a deal with the two sides from the query', () => {
    expect(parseRoute('#/deals/d_1/compare')).toEqual({ screen: 'deal-compare', dealId: 'd_1' });
    expect(parseRoute('#/deals/d_1/compare?a=r1&b=draft')).toEqual({
      screen: 'deal-compare',
      dealId: 'd_1',
      a: 'r1',
      b: 'draft',
    });
    const route = { screen: 'deal-compare', dealId: 'd 1', a: 'r-1', b: 'r-2' } as const;
    expect(parseRoute(routeHash(route))).toEqual(route);
    expect(sectionOf(route)).toBe('deals');
  });

  it('opens the monitoring screen of a signed deal', () => {
    expect(parseRoute('#/deals/d_1/monitoring')).toEqual({ screen: 'deal-monitoring', dealId: 'd_1' });
    const route = { screen: 'deal-monitoring', dealId: 'd 1' } as const;
    expect(parseRoute(routeHash(route))).toEqual(route);
    expect(sectionOf(route)).toBe('deals');
  });

  it('highlights the parent section for detail screens', () => {
    expect(sectionOf({ screen: 'deal', dealId: 'x' })).toBe('deals');
    expect(sectionOf({ screen: 'template', templateId: 'x' })).toBe('templates');
  });
});
