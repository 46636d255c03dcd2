import type { Db } from "@/db/client";
import { resolveBaseCurrency } from "@/lib/metrics/as-of";
import { convertible } from "@/lib/metrics/buyer-facts";
import { readSettings } from "@/lib/settings/read-settings";

/** An import's counting orders in one currency that has no rate to the base currency. */
export type UnratedOrders = { currency: string; orders: number };

/**
 * The orders an import stored in a currency without a rate to the base
 * currency. They are kept, but revenue, tiers and every report leave them
 * out (the order history converts no amount it has no rate for) until an
 * admin sets a rate, so an import says so rather than count them silently.
 * Read inside the import's transaction, where the base currency already
 * reflects the file when it is "the most common in the data".
 */
export function unratedOrders(db: Db, importId: number): { baseCurrency: string; unrated: UnratedOrders[] } {
  const general = readSettings(db, "general");
  const baseCurrency = resolveBaseCurrency(db, general.baseCurrency);
  const counts = db.$client
    .prepare(`SELECT currency, count(*) AS orders FROM orders WHERE import_id = ? AND counts = 1 AND currency <> ?
      GROUP BY currency ORDER BY currency`)
    .all(importId, baseCurrency) as UnratedOrders[];
  const money = { base: baseCurrency, rates: general.rates };
  return { baseCurrency, unrated: counts.filter(({ currency }) => !convertible(money, currency)) };
}
