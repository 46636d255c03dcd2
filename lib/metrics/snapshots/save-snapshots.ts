import { batchedInsert } from "@/db/batched-insert";
import type { Db } from "@/db/client";
import { snapshotDimensions } from "@/db/schema";

import type { Backfill } from "./backfill";
import { dimensionColumn } from "./codes";
import { unpackRow } from "./packed-cells";
import type { Period } from "./periods";

/** A profile with no order at all: its codes for every period, computed by the caller. */
export type ProspectRow = { profileId: number; tiers: string; stages: string; segments: string };

/** Replaces the stored periods, per-customer history strings, totals and cohort cells. */
export function saveSnapshots(
  db: Db,
  input: {
    periods: Period[];
    profileIds: Float64Array;
    backfill: Backfill;
    prospects: ProspectRow[];
  },
) {
  const sqlite = db.$client;
  const { periods, profileIds, backfill, prospects } = input;
  for (const table of [
    "snapshot_periods",
    "customer_snapshots",
    "snapshot_totals",
    "cohort_cells",
  ]) {
    sqlite.prepare(`DELETE FROM ${table}`).run();
  }

  const period = sqlite.prepare(
    "INSERT INTO snapshot_periods (position, key, start_day, end_day) VALUES (?, ?, ?, ?)",
  );
  periods.forEach((p, i) => period.run(i + 1, p.key, p.startDay, p.endDay));

  const columns = snapshotDimensions.map((d) => dimensionColumn[d]).join(", ");
  const customer = batchedInsert(sqlite, `INSERT INTO customer_snapshots (profile_id, ${columns})`, 4);
  const P = backfill.periods;
  const scratch = snapshotDimensions.map(() => Buffer.alloc(P));
  profileIds.forEach((id, c) => customer.add(id, ...unpackRow(backfill.cells, c * P, P, scratch)));
  for (const row of prospects) customer.add(row.profileId, row.tiers, row.stages, row.segments);
  customer.flush();

  const total =
    sqlite.prepare(`INSERT INTO snapshot_totals (position, dimension, key, customers, value_minor,
    revenue_minor) VALUES (?, ?, ?, ?, ?, ?)`);
  for (const t of backfill.totals)
    total.run(t.position, t.dimension, t.key, t.customers, t.valueMinor, t.revenueMinor);

  const cell = sqlite.prepare(
    "INSERT INTO cohort_cells (cohort, age, customers, revenue_minor) VALUES (?, ?, ?, ?)",
  );
  for (const c of backfill.cohorts) cell.run(c.cohort, c.age, c.customers, c.revenueMinor);
}
