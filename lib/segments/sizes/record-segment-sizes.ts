import type { Db } from "@/db/client";
import { log } from "@/lib/log";

import { UnavailableError } from "../errors";
import { countSegment } from "../query/count-segment";
import { segmentFilter } from "../query/segment-filter";

type Run = { id: number; as_of_day: number };

function latestRun(db: Db): Run | undefined {
  return db.$client
    .prepare("SELECT id, as_of_day FROM metric_runs ORDER BY id DESC LIMIT 1")
    .get() as Run | undefined;
}

/**
 * Counts one segment against the last metric run and stores the count as
 * that run's point on its trend line. A rule this database cannot run (it
 * needs data not there yet) records nothing, and never fails the caller:
 * this runs inside imports and recomputes.
 */
export function recordSegmentSize(db: Db, segmentId: number, run: Run | undefined = latestRun(db)) {
  if (!run) return;
  const row = db.$client.prepare("SELECT rule FROM segments WHERE id = ?").get(segmentId) as
    { rule: string } | undefined;
  if (!row) return;
  try {
    const customers = countSegment(db, segmentFilter(db, JSON.parse(row.rule)));
    db.$client
      .prepare(
        `INSERT INTO segment_sizes (segment_id, run_id, as_of_day, customers) VALUES (?, ?, ?, ?)
        ON CONFLICT (segment_id, run_id) DO UPDATE SET customers = excluded.customers`,
      )
      .run(segmentId, run.id, run.as_of_day, customers);
  } catch (error) {
    // A rule waiting for data this database lacks is expected (a starter on preferred channel).
    const level = error instanceof UnavailableError ? "debug" : "warn";
    log[level]("segment size not recorded", { segmentId, runId: run.id, error: String(error) });
  }
}

/** Every saved segment's size for the last metric run. */
export function recordSegmentSizes(db: Db) {
  const run = latestRun(db);
  if (!run) return;
  const ids = db.$client.prepare("SELECT id FROM segments ORDER BY id").raw().all() as [number][];
  for (const [id] of ids) recordSegmentSize(db, id, run);
}
