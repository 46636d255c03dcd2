import type { Db } from "@/db/client";
import { readUnconverted } from "@/lib/metrics/summary";

/** A customer's counted spend in one currency that has no rate to the reporting currency. */
export type UnratedSpend = { currency: string; amount: number };

/**
 * Per customer of a list, the spend its reporting-currency revenue leaves out for want of a
 * rate: without it a customer of a yuan shop reads as "$0.00" beside their orders.
 */
export function unratedSpendOf(db: Db, profileIds: number[]): Map<number, UnratedSpend[]> {
  const missing = readUnconverted(db)?.currencies ?? [];
  const spend = new Map<number, UnratedSpend[]>();
  if (missing.length === 0 || profileIds.length === 0) return spend;
  const rows = db.$client
    .prepare(`SELECT profile_id AS id, currency, sum(amount_minor) AS minor FROM orders
      WHERE counts = 1 AND profile_id IN (${profileIds.map(() => "?").join(", ")})
        AND currency IN (${missing.map(() => "?").join(", ")})
      GROUP BY profile_id, currency ORDER BY profile_id, currency`)
    .all(...profileIds, ...missing) as { id: number; currency: string; minor: number }[];
  for (const { id, currency, minor } of rows) {
    spend.set(id, [...(spend.get(id) ?? []), { currency, amount: minor / 100 }]);
  }
  return spend;
}
