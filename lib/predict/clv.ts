import { expectedPurchases, expectedPurchasesIfAlive, probabilityAlive } from "./bgnbd-predict";
import { DAYS_PER_UNIT, type BgNbdParams, type CustomerInputs, type TimeUnit } from "./types";

/** Customer lifetime value and short-term purchase outlook from a fitted BG/NBD. */

type Timing = Pick<CustomerInputs, "x" | "tx" | "T">;

/** Average calendar month, so 12 months are exactly one year of 365.25 days. */
const DAYS_PER_MONTH = 365.25 / 12;

export interface ClvOptions {
  /** Unit the BG/NBD was fitted in; horizons are converted into it. */
  unit: TimeUnit;
  /** Whole months ahead to value (0 gives 0). */
  horizonMonths: number;
  /** Profit share of revenue, e.g. 0.3. */
  margin: number;
  /** Monthly discount rate d: month m is divided by (1 + d)^m. */
  monthlyDiscountRate: number;
}

/**
 * CLV = Σ_{m=1..H} (E[Y(m·M)] − E[Y((m−1)·M)]) · orderValue · margin / (1 + d)^m,
 * with M one month in model units and E the BG/NBD conditional expectation; orderValue is
 * normally the Gamma-Gamma expectedOrderValue for this customer.
 */
export function customerLifetimeValue(
  params: BgNbdParams,
  customer: Timing,
  orderValue: number,
  options: ClvOptions,
): number {
  if (!Number.isFinite(options.margin) || !Number.isFinite(orderValue)) {
    throw new RangeError("clv: margin and orderValue must be finite");
  }
  const purchases = discountedPurchasesIfAlive(params, customer, options);
  return probabilityAlive(params, customer) * purchases * orderValue * options.margin;
}

/**
 * Σ_m (W(m·M) − W((m−1)·M)) / (1 + d)^m with W the expected purchases while alive: the CLV sum
 * before P(alive), order value and margin multiply it. P(alive) is a common factor of every
 * month's term, so this depends on x and T only and a cohort computes it once per (x, T).
 */
export function discountedPurchasesIfAlive(
  params: BgNbdParams,
  customer: Pick<Timing, "x" | "T">,
  options: Omit<ClvOptions, "margin">,
): number {
  const { unit, horizonMonths, monthlyDiscountRate } = options;
  if (!Number.isInteger(horizonMonths) || horizonMonths < 0) {
    throw new RangeError("clv: horizonMonths must be a whole number ≥ 0");
  }
  if (!(monthlyDiscountRate > -1 && Number.isFinite(monthlyDiscountRate))) {
    throw new RangeError("clv: monthlyDiscountRate must be > −1");
  }
  const month = DAYS_PER_MONTH / DAYS_PER_UNIT[unit];
  let discounted = 0;
  let previous = 0;
  for (let m = 1; m <= horizonMonths; m += 1) {
    const cumulative = expectedPurchasesIfAlive(params, customer, m * month);
    // W is non-decreasing in t; max() only absorbs rounding between nearly equal values.
    discounted += Math.max(cumulative - previous, 0) / (1 + monthlyDiscountRate) ** m;
    previous = Math.max(previous, cumulative);
  }
  return discounted;
}

export interface PurchaseOutlook {
  probabilityAlive: number;
  next30Days: number;
  next90Days: number;
  next365Days: number;
}

export function purchaseOutlook(params: BgNbdParams, customer: Timing, unit: TimeUnit): PurchaseOutlook {
  const inUnits = (days: number) => days / DAYS_PER_UNIT[unit];
  return {
    probabilityAlive: probabilityAlive(params, customer),
    next30Days: expectedPurchases(params, customer, inUnits(30)),
    next90Days: expectedPurchases(params, customer, inUnits(90)),
    next365Days: expectedPurchases(params, customer, inUnits(365)),
  };
}
