import { routeHash } from '../../src/parseRoute';

/**
 * URL of the compare screen of a deal: `#/deals/:id/compare?a=<roundId>&b=<roundId|draft>`.
 * Without `a`/`b` the screen picks its default pair.
 */
export function compareHash(dealId: string, a?: string, b?: string): string {
  return routeHash({ screen: 'deal-compare', dealId, ...(a ? { a } : {}), ...(b ? { b } : {}) });
}
