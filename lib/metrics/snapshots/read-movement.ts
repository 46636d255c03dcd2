import type { Db } from "@/db/client";
import type { SnapshotDimension } from "@/db/schema";

import { codeOf, dimensionColumn, keyOf } from "./codes";

export type StoredPeriod = { position: number; key: string; startDay: number; endDay: number };
export type MigrationCell = { from: string; to: string; customers: number };

export function readPeriods(db: Db): StoredPeriod[] {
  return db.$client
    .prepare(
      "SELECT position, key, start_day AS startDay, end_day AS endDay FROM snapshot_periods ORDER BY position",
    )
    .all() as StoredPeriod[];
}

/**
 * Customers by where they stood at the end of `from` and at the end of `to`
 * ("-": not yet a customer then). Both periods are keys of snapshot_periods.
 */
export function readMigration(
  db: Db,
  params: { dimension: SnapshotDimension; from: string; to: string },
): MigrationCell[] {
  const [from, to] = [positionOf(db, params.from), positionOf(db, params.to)];
  if (from === null || to === null) return [];
  const column = dimensionColumn[params.dimension];
  const rows = db.$client
    .prepare(
      `SELECT substr(${column}, ?, 1) AS a, substr(${column}, ?, 1) AS b, count(*) AS n
      FROM customer_snapshots GROUP BY a, b`,
    )
    .raw()
    .all(from, to) as [string, string, number][];
  return rows.map(([a, b, n]) => ({
    from: keyOf(params.dimension, a),
    to: keyOf(params.dimension, b),
    customers: n,
  }));
}

/** Movement filter for lists of customers: who was `fromKey` at `from` and `toKey` at `to`. */
export type MovementFilter = {
  dimension: SnapshotDimension;
  from: string;
  fromKey: string;
  to: string;
  toKey: string;
};

/**
 * A SQL condition on a profile id column for a movement filter, with its
 * bound values; null when a period or key is unknown. Only the whitelisted
 * column name is written into the SQL.
 */
export function movementCondition(db: Db, filter: MovementFilter, profileColumn: string) {
  const [from, to] = [positionOf(db, filter.from), positionOf(db, filter.to)];
  const [fromCode, toCode] = [
    codeOf(filter.dimension, filter.fromKey),
    codeOf(filter.dimension, filter.toKey),
  ];
  if (from === null || to === null || fromCode === null || toCode === null) return null;
  const column = dimensionColumn[filter.dimension];
  return {
    sql: `${profileColumn} IN (SELECT profile_id FROM customer_snapshots
      WHERE substr(${column}, ?, 1) = ? AND substr(${column}, ?, 1) = ?)`,
    params: [from, fromCode, to, toCode],
  };
}

function positionOf(db: Db, key: string): number | null {
  const position = db.$client
    .prepare("SELECT position FROM snapshot_periods WHERE key = ?")
    .pluck()
    .get(key);
  return (position as number | undefined) ?? null;
}
