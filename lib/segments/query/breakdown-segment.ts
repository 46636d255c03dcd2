import type { Db } from "@/db/client";
import { stages, tiers } from "@/db/schema/metrics";

import { plugValue } from "../catalogue/pluggable";
import { CUSTOMERS, type SegmentFilter } from "./segment-filter";

export type Breakdown = {
  total: number;
  tier: Record<string, number>;
  stage: Record<string, number>;
  /** Null until the metrics record a preferred channel (see catalogue/pluggable.ts). */
  channel: Record<string, number> | null;
};

/**
 * Matched customers by tier, by stage and by preferred channel, from one
 * grouped pass; the margins are summed here.
 */
export function breakdownSegment(db: Db, { where, ctx }: Pick<SegmentFilter, "where" | "ctx">): Breakdown {
  const hasChannel = ctx.available.preferredChannel;
  const channel = hasChannel ? plugValue("preferredChannel") : "NULL";
  const rows = db.$client
    .prepare(`SELECT m.tier AS tier, m.stage AS stage, ${channel} AS channel, count(*) AS n
      FROM ${CUSTOMERS} WHERE ${where.sql} GROUP BY 1, 2, 3`)
    .all(...where.params) as { tier: string; stage: string; channel: string | null; n: number }[];

  const result: Breakdown = {
    total: 0,
    tier: Object.fromEntries(tiers.map((t) => [t, 0])),
    stage: Object.fromEntries(stages.map((s) => [s, 0])),
    channel: hasChannel ? {} : null,
  };
  for (const row of rows) {
    result.total += row.n;
    result.tier[row.tier] = (result.tier[row.tier] ?? 0) + row.n;
    result.stage[row.stage] = (result.stage[row.stage] ?? 0) + row.n;
    if (result.channel) {
      const key = row.channel ?? "";
      result.channel[key] = (result.channel[key] ?? 0) + row.n;
    }
  }
  return result;
}
