import type { Db } from "@/db/client";
import type { TargetKind } from "@/db/schema/campaigns";
import { stages, tiers } from "@/db/schema/metrics";

import { CampaignError } from "../errors";
import type { SegmentProfileSql } from "../segment-seam";
import { resetAudienceTable } from "./audience-table";

export interface TargetRef {
  id: number;
  kind: TargetKind;
  key: string;
}

function targetSql(db: Db, target: TargetRef, segmentSql: SegmentProfileSql) {
  if (target.kind === "segment") return segmentSql(db, target.key);
  const known: readonly string[] = target.kind === "tier" ? tiers : stages;
  if (!known.includes(target.key)) throw new CampaignError("invalid", `${target.kind} ${target.key}`);
  // The column name comes from the fixed kind, never from input.
  return { sql: `SELECT profile_id FROM customer_metrics WHERE ${target.kind} = ?`, params: [target.key] };
}

/**
 * Fills the audience table with every profile the targets select, each in
 * the first target (by priority) it matches, and returns how many.
 */
export function loadCandidates(
  db: Db,
  { targets, segmentSql }: { targets: TargetRef[]; segmentSql: SegmentProfileSql },
): number {
  resetAudienceTable(db);
  const sqlite = db.$client;
  for (const target of targets) {
    const { sql, params } = targetSql(db, target, segmentSql);
    sqlite
      .prepare(`INSERT OR IGNORE INTO temp.campaign_audience (profile_id, target_id)
        SELECT selected.*, ? FROM (${sql}) AS selected`)
      .run(target.id, ...params);
  }
  return (sqlite.prepare("SELECT count(*) FROM temp.campaign_audience").pluck().get() as number);
}
