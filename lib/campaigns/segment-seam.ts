import type { Db } from "@/db/client";
import { savedSegmentFilter } from "@/lib/segments/query/saved-segment-filter";
import { customersFrom } from "@/lib/segments/query/segment-filter";
import { listSegments } from "@/lib/segments/store/list-segments";

import { CampaignError } from "./errors";

/**
 * The one seam between campaigns and saved segments: for a segment id, a
 * SELECT with exactly one column, the profile id, and its parameters.
 * Audiences are resolved with whichever implementation is passed in; tiers
 * and stages never need it.
 */
export type SegmentProfileSql = (db: Db, segmentId: string) => { sql: string; params: unknown[] };

export interface SegmentChoice {
  id: string;
  name: string;
  description: string;
  starterKey: string | null;
}

/** A saved segment's rule, compiled by the segment builder; a deleted segment is refused. */
export const segmentProfileSql: SegmentProfileSql = (db, segmentId) => {
  const { segment, where } = savedSegmentFilter(db, Number(segmentId));
  if (!segment) throw new CampaignError("not_found", `segment ${segmentId}`);
  return { sql: `SELECT m.profile_id FROM ${customersFrom(where.sql)} WHERE ${where.sql}`, params: where.params };
};

export function listSegmentChoices(db: Db): SegmentChoice[] {
  return listSegments(db).map(({ id, name, description, starterKey }) => ({
    id: String(id),
    name,
    description,
    starterKey,
  }));
}
