import "server-only";

import type { Db } from "@/db/client";

export interface ExpectedValue {
  /** Revenue one responding customer is expected to bring, minor units of the base currency. */
  valuePerResponderMinor: number;
  /** valuePerResponder × expected response: what contacting one customer is worth. */
  valuePerCustomerMinor: number;
  basis: "average_order_value" | "all_buyers_average_order_value" | "none";
}

const CHUNK = 500;

/**
 * Expected value per customer for the budget assistant, kept apart so one
 * place changes when predicted CLV arrives. Today a response is worth the
 * customers' historical average order value (all buyers' when they have no
 * orders). At integration, when predicted CLV exists for these profiles,
 * return its mean here as valuePerResponderMinor with basis "clv".
 */
export function expectedValuePerCustomer(
  db: Db,
  { profileIds, expectedResponse }: { profileIds: number[]; expectedResponse: number },
): ExpectedValue {
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
