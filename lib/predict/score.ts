import { expectedPurchasesIfAlive, probabilityAlive } from "./bgnbd-predict";
import { discountedPurchasesIfAlive, type ClvOptions, type PurchaseOutlook } from "./clv";
import type { FittedModels } from "./fit";
import { expectedOrderValue } from "./gamma-gamma";
import { pairCache } from "./pair-cache";
import { DAYS_PER_UNIT, type CustomerInputs } from "./types";

/** Scores a whole cohort with fitted models: outlook, expected order value and CLV per customer. */

export interface CustomerScore extends PurchaseOutlook {
  /** Null when the spend model could not be fitted (no usable repeat buyers). */
  expectedOrderValue: number | null;
  clv: number | null;
}

type IfAlive = { next30: number; next90: number; next365: number; discounted: number };

/**
 * Returns null when the BG/NBD has no parameters (not enough data). Every expectation is
 * P(alive | x, t_x, T) times a part that depends on (x, T) only, and that part (a hypergeometric
 * series per horizon, one per month for the CLV) is the costly one: it is computed once per
 * distinct (x, T), so a million customers cost about as much as their distinct ages.
 */
export function scoreCustomers(
  models: FittedModels,
  customers: readonly CustomerInputs[],
  options: Omit<ClvOptions, "unit">,
): CustomerScore[] | null {
  const score = customerScorer(models, options);
  return score && customers.map(score);
}

/**
 * scoreCustomers for one customer at a time, sharing the cache of (x, T)
 * parts across calls: a million buyers need not be in memory at once.
 */
export function customerScorer(
  models: FittedModels,
  options: Omit<ClvOptions, "unit">,
): ((customer: CustomerInputs) => CustomerScore) | null {
  const { bgnbd, gammaGamma, unit } = models;
  if (bgnbd.status !== "fitted") return null;
  if (!Number.isFinite(options.margin)) throw new RangeError("clv: margin must be finite");
  const inUnits = (days: number) => days / DAYS_PER_UNIT[unit];
  const ifAlive = pairCache(
    (x, T): IfAlive => ({
      next30: expectedPurchasesIfAlive(bgnbd, { x, T }, inUnits(30)),
      next90: expectedPurchasesIfAlive(bgnbd, { x, T }, inUnits(90)),
      next365: expectedPurchasesIfAlive(bgnbd, { x, T }, inUnits(365)),
      discounted: discountedPurchasesIfAlive(bgnbd, { x, T }, { ...options, unit }),
    }),
  );
  return (customer) => {
    const alive = probabilityAlive(bgnbd, customer);
    const part = ifAlive(customer.x, customer.T);
    const orderValue =
      gammaGamma.status === "fitted" ? expectedOrderValue(gammaGamma, customer) : null;
    return {
      probabilityAlive: alive,
      next30Days: alive * part.next30,
      next90Days: alive * part.next90,
      next365Days: alive * part.next365,
      expectedOrderValue: orderValue,
      clv: orderValue === null ? null : alive * part.discounted * orderValue * options.margin,
    };
  };
}
