import type { Db } from "@/db/client";
import { factTables } from "@/lib/identity/write-resolution";

import { importOrderTotals } from "./import-sales";

/** What rolling one import back would take out, for the admin to read before saying yes. */
export type RollbackPreview = {
  importId: number;
  fileName: string;
  /**
   * The orders it stored that count, per currency (never summed across): sales, refunds (a
   * payment bill's rows of negative amount) and the net amount, as the import's summary said.
   */
  sales: { currency: string; orders: number; refunds: number; amountMinor: number }[];
  /** Its orders that do not count (cancelled, unpaid): they go too. */
  notCounted: number;
  /**
   * Its other records. Contact records only for a file of contacts: an order or ticket file's
   * are the names on its rows, which go with the orders and tickets and would read as more.
   */
  contacts: number;
  interactions: number;
  tickets: number;
  /** Orders earlier imports stored that it changed: they get their earlier values back. */
  ordersRestored: number;
  /** Customers with no record from any other import: none is left of them afterwards. */
  customersOnlyHere: number;
};

/** Counts what a rollback of the import removes; null for an import that does not exist. */
export function rollbackPreview(db: Db, importId: number): RollbackPreview | null {
  const sqlite = db.$client;
  const entry = sqlite.prepare("SELECT file_name AS fileName, kind FROM imports WHERE id = ?")
    .get(importId) as { fileName: string; kind: string } | undefined;
  if (entry === undefined) return null;
  const count = (sql: string) => sqlite.prepare(sql).pluck().get({ id: importId }) as number;

  // The same totals the import's own summary gave: counted orders (refund rows among them) and net.
  const totals = importOrderTotals(db, importId).sales;
  const mine = factTables.map((table) => `SELECT profile_id FROM ${table} WHERE import_id = @id`)
    .join(" UNION ");
  const elsewhere = factTables.map((table) => `EXISTS (SELECT 1 FROM ${table} t
    WHERE t.profile_id = m.profile_id AND t.import_id <> @id)`).join(" OR ");
  return {
    importId,
    fileName: entry.fileName,
    sales: totals.filter((sale) => sale.orders + sale.refunds > 0).map((sale) => ({
      currency: sale.currency, orders: sale.orders, refunds: sale.refunds,
      amountMinor: sale.amountMinor,
    })),
    notCounted: totals.reduce((sum, sale) => sum + sale.notCounted, 0),
    contacts: entry.kind === "contact"
      ? count("SELECT count(*) FROM contact_records WHERE import_id = @id") : 0,
    interactions: count("SELECT count(*) FROM interactions WHERE import_id = @id"),
    tickets: count("SELECT count(*) FROM tickets WHERE import_id = @id"),
    ordersRestored: count(`SELECT count(DISTINCT c.order_id) FROM order_changes c
      JOIN orders o ON o.id = c.order_id WHERE c.import_id = @id AND o.import_id <> @id`),
    customersOnlyHere: count(`SELECT count(*) FROM (${mine}) m
      WHERE m.profile_id IS NOT NULL AND NOT (${elsewhere})`),
  };
}
