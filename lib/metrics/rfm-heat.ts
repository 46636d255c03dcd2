import type { Db } from "@/db/client";

export type RfHeatCell = { r: number; f: number; customers: number; averageSpend: number };

/** Buyers per (R, F) cell, with their average net spend, R 5 (most recent) first. */
export function readRfHeat(db: Db): RfHeatCell[] {
  const rows = db.$client
    .prepare(
      `SELECT r, f, count(*) AS n, avg(revenue_minor) AS spend FROM customer_metrics
      WHERE r IS NOT NULL GROUP BY r, f`,
    )
    .all() as { r: number; f: number; n: number; spend: number }[];
  const found = new Map(rows.map((row) => [`${row.r}-${row.f}`, row]));
  const cells: RfHeatCell[] = [];
  for (let r = 5; r >= 1; r--) {
    for (let f = 1; f <= 5; f++) {
      const row = found.get(`${r}-${f}`);
      cells.push({ r, f, customers: row?.n ?? 0, averageSpend: (row?.spend ?? 0) / 100 });
    }
  }
  return cells;
}
