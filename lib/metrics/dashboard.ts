import type { Db } from "@/db/client";

import { rfmSegment, type RfmSegment } from "./rfm-segments";

export type RfmCell = { r: number; fm: number; customers: number; segment: RfmSegment };
export type SegmentTotal = { segment: string; customers: number; revenue: number };

/** Buyers per (R, FM) cell of the RFM grid, FM = (F + M) / 2 rounded half up. */
export function readRfmGrid(db: Db): RfmCell[] {
  const rows = db.$client
    .prepare(`SELECT r, (f + m + 1) / 2 AS fm, count(*) AS n FROM customer_metrics
      WHERE r IS NOT NULL GROUP BY r, fm`)
    .all() as { r: number; fm: number; n: number }[];
  const counts = new Map(rows.map((row) => [`${row.r}-${row.fm}`, row.n]));
  const cells: RfmCell[] = [];
  for (let r = 5; r >= 1; r--) {
    for (let fm = 1; fm <= 5; fm++) {
      // The segment of a cell does not depend on how F and M split the FM score.
      cells.push({ r, fm, customers: counts.get(`${r}-${fm}`) ?? 0, segment: rfmSegment(r, fm, fm) });
    }
  }
  return cells;
}

export function readSegmentTotals(db: Db): SegmentTotal[] {
  return (db.$client
    .prepare(`SELECT segment, count(*) AS customers, sum(revenue_minor) AS revenue FROM customer_metrics
      WHERE segment IS NOT NULL GROUP BY segment ORDER BY revenue DESC`)
    .all() as { segment: string; customers: number; revenue: number }[])
    .map((row) => ({ ...row, revenue: row.revenue / 100 }));
}
