import { compare, HUNDRED, multiply, ONE, subtract, toDecimal, type Decimal } from './decimal';

/** Exactly 1/100: turns a percentage into a fraction without rounding. */
const PER_CENT: Decimal = { units: 1n, scale: 2 };

/**
 * One link of a chain the service rests on: a single component, or components that back each other
 * up (a redundant pair: either one keeps the link up).
 */
export type AvailabilityLink = readonly number[];

function fraction(percent: number): Decimal {
  if (!Number.isFinite(percent) || percent < 0 || percent > 100)
    throw new RangeError(`availability must be between 0 and 100 %, not ${percent}`);
  return multiply(toDecimal(percent), PER_CENT);
}

/** A redundant link is down only while all its members are down: 1 − Π(1 − aᵢ). In percent. */
export function linkAvailability(link: AvailabilityLink): Decimal {
  if (link.length === 0) throw new RangeError('a link needs at least one component');
  let allDown = ONE;
  for (const member of link) allDown = multiply(allDown, subtract(ONE, fraction(member)));
  return multiply(subtract(ONE, allDown), HUNDRED);
}

/**
 * Links in series are all needed, so their availabilities multiply: Π aᵢ. In percent, exact
 * (99.95 % × 99.95 % is 99.900025 %).
 */
export function compositeAvailability(links: readonly AvailabilityLink[]): Decimal {
  if (links.length === 0) throw new RangeError('a chain needs at least one link');
  return seriesAvailability(links.map(linkAvailability));
}

/** Links in series given by their own availabilities (percent, exact): Π aᵢ. */
export function seriesAvailability(links: readonly Decimal[]): Decimal {
  let product = ONE;
  for (const link of links) product = multiply(product, multiply(link, PER_CENT));
  return multiply(product, HUNDRED);
}

/** The weakest link's index (lowest availability); the first of equals. */
export function weakestLink(links: readonly AvailabilityLink[]): number {
  let weakest = 0;
  links.forEach((link, index) => {
    const current = links[weakest];
    if (current && compare(linkAvailability(link), linkAvailability(current)) < 0) weakest = index;
  });
  return weakest;
}
