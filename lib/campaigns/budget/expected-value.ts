import "server-only";

import type { Db } from "@/db/client";
import { readSettings } from "@/lib/settings/read-settings";

export interface ExpectedValue {
  /** Revenue one responding customer is expected to bring, minor units of the base currency. */
  valuePerResponderMinor: number;
  /** valuePerResponder × expected response: what contacting one customer is worth. */
  valuePerCustomerMinor: number;
  basis: "predicted_clv" | "average_order_value" | "all_buyers_average_order_value" | "none";
}

const CHUNK = 500;

/**
 * Expected value per customer for the budget assistant. A responder is worth
 * the mean predicted CLV of these customers when a prediction run exists;
 * CLV is stored in margin, so it is turned back into revenue here because
 * the budget split applies the margin itself. Without predictions, a
 * response is worth the customers' historical average order value (all
 * buyers' when they have no orders).
 */
export function expectedValuePerCustomer(
  db: Db,
  { profileIds, expectedResponse }: { profileIds: number[]; expectedResponse: number },
): ExpectedValue {
  const clv = meanPredictedClv(db, profileIds);
  if (clv !== null) {
    const { margin } = readSettings(db, "general");
    const valuePerResponderMinor = margin > 0 ? clv / margin : clv;
    return { valuePerResponderMinor, valuePerCustomerMinor: valuePerResponderMinor * expectedResponse, basis: "predicted_clv" };
  }
  const sqlite = db.$client;
  let revenue = 0;
  let orders = 0;
  for (let i = 0; i < profileIds.length; i += CHUNK) {
    const ids = profileIds.slice(i, i + CHUNK);
    const row = sqlite
      .prepare(`SELECT coalesce(sum(revenue_minor), 0) AS revenue, coalesce(sum(orders), 0) AS orders
        FROM customer_metrics WHERE profile_id IN (${ids.map(() => "?").join(",")})`)
      .get(...ids) as { revenue: number; orders: number };
    revenue += row.revenue;
    orders += row.orders;
  }
  let basis: ExpectedValue["basis"] = "average_order_value";
  if (orders === 0) {
    const all = sqlite
      .prepare("SELECT coalesce(sum(revenue_minor), 0) AS revenue, coalesce(sum(orders), 0) AS orders FROM customer_metrics")
      .get() as { revenue: number; orders: number };
    [revenue, orders, basis] = [all.revenue, all.orders, all.orders ? "all_buyers_average_order_value" : "none"];
  }
  const valuePerResponderMinor = orders === 0 ? 0 : Math.max(0, revenue / orders);
  return { valuePerResponderMinor, valuePerCustomerMinor: valuePerResponderMinor * expectedResponse, basis };
}

/** Mean predicted CLV (margin, minor units) over the profiles that have one, or null. */
function meanPredictedClv(db: Db, profileIds: number[]): number | null {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < profileIds.length; i += CHUNK) {
    const ids = profileIds.slice(i, i + CHUNK);
    const row = db.$client
      .prepare(`SELECT coalesce(sum(clv_minor), 0) AS sum, count(clv_minor) AS n
        FROM customer_predictions WHERE profile_id IN (${ids.map(() => "?").join(",")})`)
      .get(...ids) as { sum: number; n: number };
    sum += row.sum;
    count += row.n;
  }
  return count ? sum / count : null;
}
