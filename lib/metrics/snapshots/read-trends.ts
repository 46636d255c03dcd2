import type { Db } from "@/db/client";
import type { SnapshotDimension } from "@/db/schema";

export type TrendRow = {
  position: number;
  key: string;
  customers: number;
  value: number;
  revenue: number;
};
export type CohortRow = { cohort: number; age: number; customers: number; revenue: number };

/** Per period and key of one dimension: customers, ranking value and in-period spend (major units). */
export function readTrend(db: Db, dimension: SnapshotDimension): TrendRow[] {
  return (
    db.$client
      .prepare(
        `SELECT position, key, customers, value_minor, revenue_minor FROM snapshot_totals
      WHERE dimension = ? ORDER BY position, key`,
      )
      .raw()
      .all(dimension) as [number, string, number, number, number][]
  ).map(([position, key, customers, value, revenue]) => ({
    position,
    key,
    customers,
    value: value / 100,
    revenue: revenue / 100,
  }));
}

export function readCohorts(db: Db): CohortRow[] {
  return (
    db.$client
      .prepare(
        "SELECT cohort, age, customers, revenue_minor FROM cohort_cells ORDER BY cohort, age",
      )
      .raw()
      .all() as [number, number, number, number][]
  ).map(([cohort, age, customers, revenue]) => ({
    cohort,
    age,
    customers,
    revenue: revenue / 100,
  }));
}
