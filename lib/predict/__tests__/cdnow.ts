import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { CustomerOrders } from "../summarise";
import type { CustomerInputs } from "../types";

/** Loaders for the CDNOW fixtures (see fixtures/README.md). */

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/** Calendar day YYYYMMDD → whole days since 1970-01-01 (UTC). */
export function dayOf(yyyymmdd: string): number {
  const [y, m, d] = [yyyymmdd.slice(0, 4), yyyymmdd.slice(4, 6), yyyymmdd.slice(6, 8)].map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** The published 2,357-customer summary: ID → (x, t_x, T, z̄) in weeks. */
export function loadPublishedSummary(): (CustomerInputs & { id: string })[] {
  const lines = readFileSync(fixture("cdnow_customers_summary_with_transactions.csv"), "utf8").trim().split("\n");
  return lines.slice(1).map((line) => {
    const [id, x, tx, T, zbar] = line.split(",");
    return { id, x: Number(x), tx: Number(tx), T: Number(T), zbar: Number(zbar) };
  });
}

/**
 * Whitespace-separated transactions "customer [sampleId] YYYYMMDD cds dollars" → one
 * CustomerOrders per customer, same-day rows merged by summing dollars (as the literature does).
 * idColumn picks which column names the customer (the sample file has master and sample ids).
 */
export function parseTransactions(text: string, idColumn: number, dateColumn: number): CustomerOrders[] {
  const byCustomer = new Map<string, Map<number, number>>();
  for (const line of text.split("\n")) {
    const cells = line.trim().split(/\s+/);
    if (cells.length < dateColumn + 3 || !/^\d{8}$/.test(cells[dateColumn])) continue;
    const id = String(Number(cells[idColumn]));
    const day = dayOf(cells[dateColumn]);
    const dollars = Number(cells[dateColumn + 2]);
    const days = byCustomer.get(id) ?? new Map<number, number>();
    days.set(day, (days.get(day) ?? 0) + dollars);
    byCustomer.set(id, days);
  }
  return [...byCustomer].map(([id, days]) => ({
    id,
    orders: [...days].sort(([d1], [d2]) => d1 - d2).map(([day, amount]) => ({ day, amount })),
  }));
}

export function loadSampleTransactions(): CustomerOrders[] {
  return parseTransactions(readFileSync(fixture("CDNOW_sample.txt"), "utf8"), 1, 2);
}

export const CALIBRATION = { fromDay: dayOf("19970101"), toDay: dayOf("19970930") };
export const HOLDOUT_END = dayOf("19980630");
