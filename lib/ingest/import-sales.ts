import type { Db } from "@/db/client";

/** The orders an import stored, in one currency: how many count as sales and their net amount. */
export type ImportSales = {
  currency: string;
  orders: number;
  amountMinor: number;
  notCounted: number;
};

/**
 * What the new orders of an import add up to, per currency (never summed
 * across currencies), with the ones that do not count (cancelled, unpaid)
 * beside them: the dry run shows the money before anything is written.
 */
export function importSales(db: Db, importId: number): ImportSales[] {
  return db.$client
    .prepare(`SELECT currency, sum(counts = 1) AS orders,
        coalesce(sum(CASE WHEN counts = 1 THEN amount_minor END), 0) AS amountMinor,
        sum(counts = 0) AS notCounted
      FROM orders WHERE import_id = ? GROUP BY currency ORDER BY sum(counts = 1) DESC, currency`)
    .all(importId) as ImportSales[];
}
