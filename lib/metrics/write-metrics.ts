import { batchedInsert } from "@/db/batched-insert";
import type { Db } from "@/db/client";
import { withIndexesRebuilt } from "@/db/rebuild-indexes";
import { stages, tiers } from "@/db/schema/metrics";

import { loadArrays, saveArrays } from "./cache-arrays";
import {
  metricRowShape,
  NO_SEGMENT,
  NULL_DAY,
  rowValues,
  sameRow,
  type MetricRows,
} from "./metric-rows";
import { rfmSegments } from "./rfm-segments";

export type MetricsWrite = {
  customers: number;
  movedTier: number;
  movedStage: number;
  rowsWritten: number;
};

const NAME = "metrics";
const COLUMNS = `profile_id, orders, revenue_minor, value_minor, first_day, last_day, recency_days,
  r, f, m, segment, tier, stage`;
// Past this share of changed rows, rewriting the table beats updating row by row.
const REWRITE_SHARE = 0.25;

/**
 * Brings customer_metrics to `rows`. The previous rows are kept as columns in
 * metric_cache, so a recompute writes only the rows that changed (a cut-off
 * moved a few hundred customers: a few hundred updates) and counts who
 * moved tier or stage without reading the table. A new as-of date moves every
 * recency by the same days: one UPDATE in SQLite. When most rows changed
 * otherwise, the table is rewritten in key order.
 */
export function writeCustomerMetrics(db: Db, rows: MetricRows, asOfDay: number): MetricsWrite {
  const previous = loadArrays(db, NAME, metricRowShape) ?? readRows(db);
  const diff = compare(previous, rows);
  const changed = diff.updated.length + diff.inserted.length + diff.deleted.length;
  if (changed === 0 && !diff.asOfMoved)
    return {
      customers: rows.ids.length,
      movedTier: diff.movedTier,
      movedStage: diff.movedStage,
      rowsWritten: 0,
    };

  const sqlite = db.$client;
  const width = COLUMNS.split(",").length;
  const placeholders = `(${Array.from({ length: width }, () => "?").join(", ")})`;
  if (changed > REWRITE_SHARE * rows.ids.length) {
    withIndexesRebuilt(sqlite, "customer_metrics", () => {
      sqlite.prepare("DELETE FROM customer_metrics").run();
      const insert = batchedInsert(sqlite, `INSERT INTO customer_metrics (${COLUMNS})`, width);
      for (let i = 0; i < rows.ids.length; i++) insert.add(...rowValues(rows, i, rfmSegments));
      insert.flush();
    });
  } else {
    // A new as-of date changes every buyer's recency and nothing else: one statement.
    if (diff.asOfMoved) {
      sqlite
        .prepare(
          "UPDATE customer_metrics SET recency_days = ? - last_day WHERE last_day IS NOT NULL",
        )
        .run(asOfDay);
    }
    const replace = sqlite.prepare(
      `INSERT OR REPLACE INTO customer_metrics (${COLUMNS}) VALUES ${placeholders}`,
    );
    const remove = sqlite.prepare("DELETE FROM customer_metrics WHERE profile_id = ?");
    for (const i of [...diff.updated, ...diff.inserted])
      replace.run(rowValues(rows, i, rfmSegments));
    for (const id of diff.deleted) remove.run(id);
  }
  saveArrays(db, NAME, rows);
  return {
    customers: rows.ids.length,
    movedTier: diff.movedTier,
    movedStage: diff.movedStage,
    rowsWritten: diff.asOfMoved ? rows.ids.length : changed,
  };
}

/** A merge over two id-sorted row sets: what to update, insert and delete, and who moved. */
function compare(before: MetricRows, now: MetricRows) {
  const updated: number[] = [];
  const inserted: number[] = [];
  const deleted: number[] = [];
  let [movedTier, movedStage, k] = [0, 0, 0];
  let asOfMoved = false;
  for (let i = 0; i < now.ids.length; i++) {
    while (k < before.ids.length && before.ids[k] < now.ids[i]) deleted.push(before.ids[k++]);
    if (before.ids[k] !== now.ids[i]) {
      inserted.push(i);
      continue;
    }
    if (before.tier[k] !== now.tier[i]) movedTier++;
    if (before.stage[k] !== now.stage[i]) movedStage++;
    if (!sameRow(now, i, before, k)) updated.push(i);
    else if (now.recency[i] !== before.recency[k]) asOfMoved = true;
    k++;
  }
  while (k < before.ids.length) deleted.push(before.ids[k++]);
  return { updated, inserted, deleted, movedTier, movedStage, asOfMoved };
}

/** The table's rows as columns, for a database written before the cache existed. */
function readRows(db: Db): MetricRows {
  const rows = db.$client
    .prepare(`SELECT ${COLUMNS} FROM customer_metrics ORDER BY profile_id`)
    .raw()
    .all() as [
    number,
    number,
    number,
    number,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    string | null,
    string,
    string,
  ][];
  const index = (list: readonly string[], value: string | null, none: number) =>
    value === null ? none : list.indexOf(value);
  const floats = (pick: (row: (typeof rows)[number]) => number) => Float64Array.from(rows, pick);
  const ints = (pick: (row: (typeof rows)[number]) => number) => Int32Array.from(rows, pick);
  const bytes = (pick: (row: (typeof rows)[number]) => number) => Uint8Array.from(rows, pick);
  return {
    ids: floats((r) => r[0]),
    orders: ints((r) => r[1]),
    revenue: floats((r) => r[2]),
    value: floats((r) => r[3]),
    firstDay: ints((r) => r[4] ?? NULL_DAY),
    lastDay: ints((r) => r[5] ?? NULL_DAY),
    recency: ints((r) => r[6] ?? NULL_DAY),
    r: bytes((r) => r[7] ?? 0),
    f: bytes((r) => r[8] ?? 0),
    m: bytes((r) => r[9] ?? 0),
    segment: bytes((r) => index(rfmSegments, r[10], NO_SEGMENT)),
    tier: bytes((r) => index(tiers, r[11], 0)),
    stage: bytes((r) => index(stages, r[12], 0)),
  };
}
