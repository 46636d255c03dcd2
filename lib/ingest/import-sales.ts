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

/** A status the new orders of an import carry, how many, and whether they count as sales. */
export type ImportStatus = { status: string; orders: number; counts: boolean };

// Enough for any shop's list of states; a file with more is listed by its commonest.
const LISTED_STATUSES = 30;

/**
 * Every status among an import's new orders, the commonest first: the
 * mapping screen lists only those of the file's first rows, and a status no
 * rule knows counts as a sale, so the dry run shows them all before anything
 * is written.
 */
export function importStatuses(db: Db, importId: number): ImportStatus[] {
  const rows = db.$client
    .prepare(`SELECT status, count(*) AS orders, counts FROM orders
      WHERE import_id = ? AND status IS NOT NULL AND status <> ''
      GROUP BY status, counts ORDER BY count(*) DESC, status LIMIT ${LISTED_STATUSES}`)
    .all(importId) as { status: string; orders: number; counts: number }[];
  return rows.map((row) => ({ ...row, counts: row.counts === 1 }));
}
