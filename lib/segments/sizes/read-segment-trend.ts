import type { Db } from "@/db/client";
import { dayToIso } from "@/lib/ingest/normalise/dates";

export type TrendPoint = { runId: number; asOf: string; customers: number };

/**
 * A segment's size by as-of date, oldest first: one point per date, from the latest recompute at
 * it. A recompute at the same date (a settings change) replaces its point rather than repeating
 * the date, and one at an earlier date takes its place in time, not at the end.
 */
export function readSegmentTrend(db: Db, segmentId: number): TrendPoint[] {
  const rows = db.$client
    .prepare(`SELECT run_id, as_of_day, customers FROM segment_sizes s
      WHERE segment_id = @segmentId AND run_id = (SELECT max(run_id) FROM segment_sizes
        WHERE segment_id = @segmentId AND as_of_day = s.as_of_day)
      ORDER BY as_of_day`)
    .all({ segmentId }) as { run_id: number; as_of_day: number; customers: number }[];
  return rows.map((row) => ({
    runId: row.run_id,
    asOf: dayToIso(row.as_of_day),
    customers: row.customers,
  }));
}
