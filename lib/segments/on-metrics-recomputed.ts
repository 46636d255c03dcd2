import type { Db } from "@/db/client";

import { refreshStatistics } from "./refresh-statistics";
import { recordSegmentSizes } from "./sizes/record-segment-sizes";
import { seedStarterSegments } from "./starters";

/**
 * What segments need after every metric recompute (lib/metrics/recompute.ts
 * calls this once metric_runs has the new run): fresh planner statistics
 * for the rewritten metrics, and each saved segment's size for its trend.
 */
export function onMetricsRecomputed(db: Db) {
  seedStarterSegments(db);
  refreshStatistics(db);
  recordSegmentSizes(db);
}
