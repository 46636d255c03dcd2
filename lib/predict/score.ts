import { customerLifetimeValue, purchaseOutlook, type ClvOptions, type PurchaseOutlook } from "./clv";
import type { FittedModels } from "./fit";
import { expectedOrderValue } from "./gamma-gamma";
import type { CustomerInputs } from "./types";

/** Scores a whole cohort with fitted models: outlook, expected order value and CLV per customer. */

export interface CustomerScore extends PurchaseOutlook {
  /** Null when the spend model could not be fitted (no usable repeat buyers). */
  expectedOrderValue: number | null;
  clv: number | null;
}

/**
 * Returns null when the BG/NBD has no parameters (not enough data). Customers with the same
 * (x, t_x, T, z̄) get the same score, so each distinct row is computed once: a CLV needs one
 * conditional expectation per month, and a cohort repeats rows heavily.
 */
export function scoreCustomers(
  models: FittedModels,
  customers: readonly CustomerInputs[],
  options: Omit<ClvOptions, "unit">,
): CustomerScore[] | null {
  const { bgnbd, gammaGamma, unit } = models;
  if (bgnbd.status !== "fitted") return null;
  const cache = new Map<string, CustomerScore>();
  return customers.map((customer) => {
    const key = `${customer.x}|${customer.tx}|${customer.T}|${customer.zbar}`;
    const known = cache.get(key);
    if (known) return known;
    const orderValue = gammaGamma.status === "fitted" ? expectedOrderValue(gammaGamma, customer) : null;
    const score: CustomerScore = {
      ...purchaseOutlook(bgnbd, customer, unit),
      expectedOrderValue: orderValue,
      clv: orderValue === null ? null : customerLifetimeValue(bgnbd, customer, orderValue, { ...options, unit }),
    };
    cache.set(key, score);
    return score;
  });
}
