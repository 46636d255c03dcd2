import type { MigrationCell } from "./read-movement";
import type { TrendRow } from "./read-trends";
import { NOT_YET } from "./codes";

export type MatrixRow = { from: string; total: number; cells: { to: string; customers: number }[] };
export type Move = { from: string; to: string; customers: number };

/**
 * A from-to matrix in the dimension's own order ("-", not yet a customer,
 * first among the rows), keeping only keys that occur on either side.
 */
export function migrationMatrix(cells: MigrationCell[], keys: readonly string[]) {
  const count = new Map(cells.map((c) => [`${c.from}|${c.to}`, c.customers]));
  const ordered = [NOT_YET, ...keys];
  const fromKeys = ordered.filter((k) => cells.some((c) => c.from === k));
  const toKeys = ordered.filter((k) => k !== NOT_YET && cells.some((c) => c.to === k));
  const rows: MatrixRow[] = fromKeys.map((from) => {
    const row = toKeys.map((to) => ({ to, customers: count.get(`${from}|${to}`) ?? 0 }));
    return { from, total: row.reduce((sum, c) => sum + c.customers, 0), cells: row };
  });
  return { rows, toKeys };
}

/** The largest moves between two different places, biggest first ("412 Gold became Silver"). */
export function largestMoves(cells: MigrationCell[], limit = 5): Move[] {
  return cells
    .filter((c) => c.from !== c.to && c.from !== NOT_YET && c.to !== NOT_YET)
    .sort((a, b) => b.customers - a.customers)
    .slice(0, limit);
}

/** One chart row per period: customers per key, and each key's share of the period's spend. */
export function trendSeries(
  rows: TrendRow[],
  periods: { position: number; key: string }[],
  keys: readonly string[],
) {
  return periods.map(({ position, key: period }) => {
    const inPeriod = rows.filter((r) => r.position === position);
    const spend = inPeriod.reduce((sum, r) => sum + Math.max(r.revenue, 0), 0);
    const customers: Record<string, number> = {};
    const revenueShare: Record<string, number> = {};
    for (const key of keys) {
      const row = inPeriod.find((r) => r.key === key);
      customers[key] = row?.customers ?? 0;
      revenueShare[key] = spend > 0 ? Math.max(row?.revenue ?? 0, 0) / spend : 0;
    }
    return { period, customers, revenueShare };
  });
}
