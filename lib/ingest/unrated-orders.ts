import type { Db } from "@/db/client";
import { resolveBaseCurrency } from "@/lib/metrics/as-of";
import { convertible } from "@/lib/metrics/buyer-facts";
import { readSettings } from "@/lib/settings/read-settings";

import type { ImportSales } from "./import-sales";

/** An import's counting orders in one currency that has no rate to the base currency. */
export type UnratedOrders = { currency: string; orders: number };

/**
 * The orders an import stored in a currency without a rate to the base
 * currency. They are kept, but revenue, tiers and every report leave them
 * out (the order history converts no amount it has no rate for) until an
 * admin sets a rate, so an import says so rather than count them silently.
 * Taken from the import's sales per currency (its counted orders and
 * refunds), which one pass over its orders already gave. Read inside the
 * import's transaction, where the base currency already reflects the file
 * when it is "the most common in the data".
 */
export function unratedOrders(
  db: Db,
  sales: readonly ImportSales[],
): { baseCurrency: string; unrated: UnratedOrders[] } {
  const general = readSettings(db, "general");
  const baseCurrency = resolveBaseCurrency(db, general.baseCurrency);
  const money = { base: baseCurrency, rates: general.rates };
  const unrated = sales
    .map(({ currency, orders, refunds }) => ({ currency, orders: orders + refunds }))
    .filter(({ currency, orders }) => orders > 0 && !convertible(money, currency))
    .sort((a, b) => a.currency.localeCompare(b.currency));
  return { baseCurrency, unrated };
}
