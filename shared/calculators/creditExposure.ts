import type { Currency, Term } from '../model/term';
import { add, compare, divide, HUNDRED, min, multiply, toDecimal, ZERO, type Decimal } from './decimal';

export interface CreditBandInput {
  /** The band applies when the month's availability falls below this percentage. */
  below: number;
  /** Credit in percent of the monthly fee. */
  credit: number;
}

export interface CreditSchedule {
  monthlyFee: { amount: number; currency: Currency } | null;
  bands: readonly CreditBandInput[];
  /** Cap on a month's credits in percent of the monthly fee; `null` = uncapped. */
  cap: number | null;
  /**
   * Whether the credits of all bands reached add up. The built-in templates say "bands do not add
   * up" (the lowest band reached applies); some customer papers stack them.
   */
  cumulative?: boolean;
}

export interface CreditBandExposure {
  below: number;
  credit: number;
  /** The credit owed when the month falls into this band, after the cap (percent of the fee). */
  owed: Decimal;
  amount: Decimal | null;
}

export interface CreditExposure {
  /** Worst case for one month, percent of the fee: the deepest band (or the sum), capped. */
  worstPercent: Decimal;
  /** The same in money; `null` without a monthly fee. */
  worstAmount: Decimal | null;
  currency: Currency | null;
  /** Whether the cap is what limits the worst case. */
  capped: boolean;
  /** Bands from the first one reached (highest threshold) to the deepest. */
  bands: CreditBandExposure[];
}

/** The most a month of missed targets can cost in service credits, band by band and at worst. */
export function creditExposure(schedule: CreditSchedule): CreditExposure {
  const bands = [...schedule.bands].sort((a, b) => b.below - a.below);
  const cap = schedule.cap === null ? null : toDecimal(schedule.cap);
  const fee = schedule.monthlyFee ? toDecimal(schedule.monthlyFee.amount) : null;
  const amountOf = (percent: Decimal) => (fee ? divide(multiply(fee, percent), HUNDRED, 2) : null);
  let running = ZERO;
  let deepest = ZERO;
  const rows = bands.map((band) => {
    const credit = toDecimal(band.credit);
    running = add(running, credit);
    const uncapped = schedule.cumulative ? running : credit;
    if (compare(uncapped, deepest) > 0) deepest = uncapped;
    const owed = cap ? min(uncapped, cap) : uncapped;
    return { below: band.below, credit: band.credit, owed, amount: amountOf(owed) };
  });
  const worstPercent = cap ? min(deepest, cap) : deepest;
  return {
    worstPercent,
    worstAmount: amountOf(worstPercent),
    currency: schedule.monthlyFee?.currency ?? null,
    capped: cap !== null && compare(deepest, cap) > 0,
    bands: rows,
  };
}

const BAND_BELOW = /^credit_band(\d{1,3})_below$/;

/**
 * The credit schedule a document's terms define: `credit_bandN_below` / `credit_bandN_credit` pairs,
 * `credit_cap` and `monthly_fee` (the ids every built-in template and the term recogniser use).
 */
export function creditScheduleOf(terms: readonly Term[]): CreditSchedule {
  const byId = new Map(terms.map((term) => [term.id, term]));
  const bands: CreditBandInput[] = [];
  for (const term of terms) {
    const match = BAND_BELOW.exec(term.id);
    const credit = match ? byId.get(`credit_band${match[1]}_credit`) : undefined;
    if (term.kind === 'percent' && credit?.kind === 'percent')
      bands.push({ below: term.value, credit: credit.value });
  }
  const cap = byId.get('credit_cap');
  const fee = byId.get('monthly_fee');
  return {
    monthlyFee: fee?.kind === 'money' ? { amount: fee.value, currency: fee.currency } : null,
    bands,
    cap: cap?.kind === 'percent' ? cap.value : null,
  };
}
