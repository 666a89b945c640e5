import { linkAvailability, seriesAvailability } from '../calculators/compositeAvailability';
import {
  add,
  compare,
  divide,
  HUNDRED,
  multiply,
  subtract,
  toDecimal,
  ZERO,
  type Decimal,
} from '../calculators/decimal';
import {
  coversServiceHours,
  serviceHoursKeyOf,
  SERVICE_HOURS_KEYS,
  type ServiceHoursKey,
} from '../calculators/serviceHours';
import type { Currency, DurationUnit, Term } from '../model/term';
import { durationQuantity } from '../playbook/measure';
import { linkName, type SupplierLink } from './supplierPlan';

/** How much room we keep between what suppliers promise us and what we promise (settings). */
export interface SafetyMargins {
  /** Percentage points below the suppliers' composite availability, e.g. 0.05. */
  availabilityPoints: number;
  /** Minutes added to the slowest supplier's response time, e.g. 30. */
  responseMinutes: number;
  /** Lowest acceptable margin of price over supplier cost, in percent of the price, e.g. 20. */
  minimumMarginPercent: number;
}

export const DEFAULT_SAFETY_MARGINS: Readonly<SafetyMargins> = Object.freeze({
  availabilityPoints: 0.05,
  responseMinutes: 30,
  minimumMarginPercent: 20,
});

/**
 * A problem with the deal's backing. `flag`s are promises the suppliers do not cover (or a margin too
 * thin); `warning`s are gaps in what was entered. Names are the suppliers' as entered.
 */
export type SupplierFinding =
  | {
      code: 'availability-unbacked';
      severity: 'flag';
      promised: number;
      composite: Decimal;
      allowed: Decimal;
      marginPoints: number;
      /** Links that alone cannot carry the promise, weakest first (the composite's limiters). */
      suppliers: { name: string; availability: Decimal }[];
    }
  | {
      code: 'response-unbacked';
      severity: 'flag';
      termId: string;
      promised: { value: number; unit: DurationUnit };
      marginMinutes: number;
      suppliers: { name: string; minutes: Decimal }[];
    }
  | { code: 'response-incomparable'; severity: 'warning'; termId: string; suppliers: string[] }
  | {
      code: 'support-hours-short';
      severity: 'flag';
      needed: ServiceHoursKey;
      suppliers: { name: string; hours: ServiceHoursKey }[];
    }
  | { code: 'margin-low'; severity: 'flag'; percent: Decimal; minimum: number }
  | { code: 'cost-currency'; severity: 'warning'; currency: Currency; suppliers: string[] };

export interface BackToBack {
  /** Composite availability of the chain in percent; `null` when no supplier gives an availability. */
  composite: Decimal | null;
  /** What we may promise: the composite minus the safety margin. */
  allowed: Decimal | null;
  /** The response the chain backs: the slowest link, each redundant link as fast as its fastest member. */
  responseChain: { minutes: Decimal; supplier: string } | null;
  /** Monthly supplier cost in the price's currency, and the margin left. */
  cost: Decimal | null;
  price: { amount: number; currency: Currency } | null;
  marginPercent: Decimal | null;
  findings: SupplierFinding[];
}

function calendarMinutes(value: number, unit: DurationUnit): Decimal | null {
  const quantity = durationQuantity(value, unit);
  return quantity.dimension === 'duration' ? quantity.amount : null;
}

function checkAvailability(
  terms: ReadonlyMap<string, Term>,
  links: readonly SupplierLink[],
  margins: SafetyMargins,
  findings: SupplierFinding[],
): Pick<BackToBack, 'composite' | 'allowed'> {
  // A commitment without an availability (a support contract) backs response times, not uptime:
  // it takes no part in the chain, and a redundant link counts only the members that give a figure.
  const chain = links.flatMap((link) => {
    const known = link.commitments.flatMap((c) => (c.availability === undefined ? [] : [c.availability]));
    return known.length === 0 ? [] : [{ link, availability: linkAvailability(known) }];
  });
  if (chain.length === 0) return { composite: null, allowed: null };
  const composite = seriesAvailability(chain.map((item) => item.availability));
  const allowed = subtract(composite, toDecimal(margins.availabilityPoints));
  const promise = terms.get('availability');
  if (promise?.kind === 'percent' && compare(toDecimal(promise.value), allowed) > 0) {
    const needed = add(toDecimal(promise.value), toDecimal(margins.availabilityPoints));
    const ranked = chain
      .map((item) => ({ name: linkName(item.link), availability: item.availability }))
      .sort((a, b) => compare(a.availability, b.availability));
    const short = ranked.filter((link) => compare(link.availability, needed) < 0);
    findings.push({
      code: 'availability-unbacked',
      severity: 'flag',
      promised: promise.value,
      composite,
      allowed,
      marginPoints: margins.availabilityPoints,
      // When every link alone would do, the product still falls short: the weakest link is the one to fix.
      suppliers: short.length > 0 ? short : ranked.slice(0, 1),
    });
  }
  return { composite, allowed };
}

const RESPONSE_TERM = /^p(\d+)_response$/;

function checkResponse(
  terms: readonly Term[],
  links: readonly SupplierLink[],
  margins: SafetyMargins,
  findings: SupplierFinding[],
): BackToBack['responseChain'] {
  const backing: { name: string; minutes: Decimal }[] = [];
  const incomparable: string[] = [];
  for (const link of links) {
    let best: Decimal | null = null;
    for (const c of link.commitments) {
      if (!c.responseTime) continue;
      const minutes = calendarMinutes(c.responseTime.value, c.responseTime.unit);
      if (minutes === null) incomparable.push(c.name);
      else if (best === null || compare(minutes, best) < 0) best = minutes;
    }
    if (best !== null) backing.push({ name: linkName(link), minutes: best });
  }
  const slowest = backing.reduce<(typeof backing)[number] | null>(
    (worst, link) => (worst === null || compare(link.minutes, worst.minutes) > 0 ? link : worst),
    null,
  );
  const chain = slowest ? { minutes: slowest.minutes, supplier: slowest.name } : null;
  if (backing.length === 0 && incomparable.length === 0) return chain;

  // Our tightest response promise (P1 in the templates) is the one the suppliers must beat.
  let tightest: { term: Extract<Term, { kind: 'duration' }>; minutes: Decimal | null } | null = null;
  for (const term of terms) {
    if (term.kind !== 'duration' || !RESPONSE_TERM.test(term.id)) continue;
    const minutes = calendarMinutes(term.value, term.unit === 'business-hours' ? 'hours' : term.unit);
    if (
      tightest === null ||
      (minutes !== null && (tightest.minutes === null || compare(minutes, tightest.minutes) < 0))
    )
      tightest = { term, minutes };
  }
  if (!tightest) return chain;
  if (tightest.minutes === null || incomparable.length > 0) {
    findings.push({
      code: 'response-incomparable',
      severity: 'warning',
      termId: tightest.term.id,
      suppliers: tightest.minutes === null ? backing.map((link) => link.name) : incomparable,
    });
    if (tightest.minutes === null) return chain;
  }
  const promised = tightest.minutes;
  const margin = toDecimal(margins.responseMinutes);
  const late = backing
    .filter((link) => compare(add(link.minutes, margin), promised) > 0)
    .sort((a, b) => compare(b.minutes, a.minutes));
  if (late.length > 0)
    findings.push({
      code: 'response-unbacked',
      severity: 'flag',
      termId: tightest.term.id,
      promised: { value: tightest.term.value, unit: tightest.term.unit },
      marginMinutes: margins.responseMinutes,
      suppliers: late,
    });
  return chain;
}

function checkSupportHours(
  termsById: ReadonlyMap<string, Term>,
  links: readonly SupplierLink[],
  findings: SupplierFinding[],
): void {
  const needed = serviceHoursKeyOf(termsById.get('service_hours'));
  if (!needed) return;
  const short: { name: string; hours: ServiceHoursKey }[] = [];
  for (const link of links) {
    const hours = link.commitments.flatMap((c) =>
      c.supportHours ? [c.supportHours as ServiceHoursKey] : [],
    );
    if (hours.length === 0) continue;
    // A redundant link is supported whenever one of its members is.
    const widest = hours.reduce((a, b) =>
      SERVICE_HOURS_KEYS.indexOf(a) >= SERVICE_HOURS_KEYS.indexOf(b) ? a : b,
    );
    if (!coversServiceHours(widest, needed)) short.push({ name: linkName(link), hours: widest });
  }
  if (short.length > 0)
    findings.push({ code: 'support-hours-short', severity: 'flag', needed, suppliers: short });
}

function checkMargin(
  termsById: ReadonlyMap<string, Term>,
  links: readonly SupplierLink[],
  margins: SafetyMargins,
  findings: SupplierFinding[],
): Pick<BackToBack, 'cost' | 'price' | 'marginPercent'> {
  const fee = termsById.get('monthly_fee');
  const price = fee?.kind === 'money' ? { amount: fee.value, currency: fee.currency } : null;
  const costs = links.flatMap((link) =>
    link.commitments.flatMap((c) => (c.monthlyCost ? [{ name: c.name, ...c.monthlyCost }] : [])),
  );
  if (costs.length === 0) return { cost: null, price, marginPercent: null };
  if (!price) return { cost: null, price, marginPercent: null };
  const foreign = costs.filter((cost) => cost.currency !== price.currency);
  if (foreign.length > 0)
    findings.push({
      code: 'cost-currency',
      severity: 'warning',
      currency: price.currency,
      suppliers: foreign.map((cost) => cost.name),
    });
  const cost = costs
    .filter((c) => c.currency === price.currency)
    .reduce((sum, c) => add(sum, toDecimal(c.amount)), ZERO);
  const priceAmount = toDecimal(price.amount);
  if (compare(priceAmount, ZERO) <= 0) return { cost, price, marginPercent: null };
  const left = subtract(priceAmount, cost);
  // Exact: margin < minimum ⇔ (price − cost) · 100 < minimum · price, no division involved.
  if (compare(multiply(left, HUNDRED), multiply(toDecimal(margins.minimumMarginPercent), priceAmount)) < 0) {
    findings.push({
      code: 'margin-low',
      severity: 'flag',
      percent: divide(multiply(left, HUNDRED), priceAmount, 2),
      minimum: margins.minimumMarginPercent,
    });
  }
  return { cost, price, marginPercent: divide(multiply(left, HUNDRED), priceAmount, 2) };
}

/**
 * The deal's promises against its suppliers' (issue 10, back-to-back): composite availability and
 * response chain computed, every promise tighter than the backing minus the safety margin flagged
 * with the supplier named, and the price checked against the suppliers' cost.
 */
export function backToBack(
  terms: readonly Term[],
  links: readonly SupplierLink[],
  margins: SafetyMargins = DEFAULT_SAFETY_MARGINS,
): BackToBack {
  const termsById = new Map(terms.map((term) => [term.id, term]));
  const findings: SupplierFinding[] = [];
  const availability = checkAvailability(termsById, links, margins, findings);
  const responseChain = links.length > 0 ? checkResponse(terms, links, margins, findings) : null;
  checkSupportHours(termsById, links, findings);
  const money = checkMargin(termsById, links, margins, findings);
  return { ...availability, responseChain, ...money, findings };
}
