import type { Db } from "@/db/client";

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
}

/**
 * Until the segment builder is connected there are no saved segments: the
 * editor offers none and an audience naming one is refused, never silently
 * emptied. At integration, point both functions at lib/segments.
 */
export const segmentProfileSql: SegmentProfileSql = (_db, segmentId) => {
  throw new CampaignError("segments_unavailable", `segment ${segmentId}`);
};

export function listSegmentChoices(_db: Db): SegmentChoice[] {
  return [];
}
