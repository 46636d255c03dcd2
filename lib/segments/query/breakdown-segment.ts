import type { Db } from "@/db/client";
import { stages, tiers } from "@/db/schema/metrics";

import { plugValue } from "../catalogue/pluggable";
import { customersFrom, type SegmentFilter } from "./segment-filter";

export type Breakdown = {
  total: number;
  tier: Record<string, number>;
  stage: Record<string, number>;
  /** Null until the metrics record a preferred channel (see catalogue/pluggable.ts). */
  channel: Record<string, number> | null;
};

/**
 * Matched customers by tier and by stage, counted in one pass with a sum
 * per known value rather than a GROUP BY: grouping makes SQLite either sort
 * every matched row or walk the tier index and look up each row, both far
 * slower at a million customers. Channels are open-ended, so they group.
 */
export function breakdownSegment(
  db: Db,
  { where, ctx }: Pick<SegmentFilter, "where" | "ctx">,
): Breakdown {
  const sums = [
    ...tiers.map(() => "sum(m.tier = ?)"),
    ...stages.map(() => "sum(m.stage = ?)"),
  ].join(", ");
  const row = db.$client
    .prepare(`SELECT count(*), ${sums} FROM ${customersFrom(where.sql)} WHERE ${where.sql}`)
    .raw()
    .get(...tiers, ...stages, ...where.params) as (number | null)[];
  const [total, ...counts] = row.map((n) => n ?? 0);

  return {
    total,
    tier: Object.fromEntries(tiers.map((tier, i) => [tier, counts[i]])),
    stage: Object.fromEntries(stages.map((stage, i) => [stage, counts[tiers.length + i]])),
    channel: ctx.available.preferredChannel ? channelCounts(db, where) : null,
  };
}

function channelCounts(db: Db, where: SegmentFilter["where"]): Record<string, number> {
  const rows = db.$client
    .prepare(
      `SELECT ${plugValue("preferredChannel")} AS channel, count(*) AS n FROM ${customersFrom(where.sql)}
      WHERE ${where.sql} GROUP BY 1`,
    )
    .all(...where.params) as { channel: string | null; n: number }[];
  return Object.fromEntries(rows.map((row) => [row.channel ?? "", row.n]));
}
