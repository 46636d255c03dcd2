import type { Db } from "@/db/client";
import { dayToIso } from "@/lib/ingest/normalise/dates";

export type TrendPoint = { runId: number; asOf: string; customers: number };

/** A segment's recorded sizes, oldest first: one point per metric recompute. */
export function readSegmentTrend(db: Db, segmentId: number): TrendPoint[] {
  const rows = db.$client
    .prepare(
      "SELECT run_id, as_of_day, customers FROM segment_sizes WHERE segment_id = ? ORDER BY run_id",
    )
    .all(segmentId) as { run_id: number; as_of_day: number; customers: number }[];
  return rows.map((row) => ({
    runId: row.run_id,
    asOf: dayToIso(row.as_of_day),
    customers: row.customers,
  }));
}
