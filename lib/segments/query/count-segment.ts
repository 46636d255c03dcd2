import type { Db } from "@/db/client";

import { customersFrom, type SegmentFilter } from "./segment-filter";

/** How many customers a compiled rule matches: one query. */
export function countSegment(db: Db, { where }: Pick<SegmentFilter, "where">): number {
  const row = db.$client
    .prepare(`SELECT count(*) AS n FROM ${customersFrom(where.sql)} WHERE ${where.sql}`)
    .get(...where.params) as { n: number };
  return row.n;
}
