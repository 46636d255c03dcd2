import type { Db } from "@/db/client";

import type { Clustering } from "./cluster";
import type { LoadedGraph } from "./load-graph";

/**
 * Replaces the review cases of the identifiers resolved (all, or the region):
 * cases no longer standing go, new ones come, and a case a person already
 * decided keeps that decision unless the profiles it concerns changed.
 */
export function writeReviews(db: Db, loaded: LoadedGraph, result: Clustering, profileOf: Float64Array, scoped: boolean) {
  const sqlite = db.$client;
  const { ids } = loaded;
  const existing = sqlite
    .prepare(`SELECT id, rule, identifier_id, other_id FROM identity_reviews
      ${scoped ? "WHERE identifier_id IN (SELECT id FROM identity_scope)" : ""}`)
    .raw()
    .all() as [number, string, number, number][];
  const standing = new Set<string>();
  const upsert = sqlite.prepare(`INSERT INTO identity_reviews (rule, identifier_id, other_id, profile_ids, detail)
    VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (rule, identifier_id, other_id) DO UPDATE SET detail = excluded.detail,
      status = CASE WHEN identity_reviews.profile_ids = excluded.profile_ids THEN identity_reviews.status ELSE 'open' END,
      profile_ids = excluded.profile_ids`);
  for (const review of result.reviews) {
    const identifierId = ids[review.node];
    const otherId = review.other < 0 ? 0 : ids[review.other];
    standing.add(`${review.rule}:${identifierId}:${otherId}`);
    const profiles = [...new Set(review.profiles.map((node) => profileOf[node]))];
    upsert.run(review.rule, identifierId, otherId, JSON.stringify(profiles), JSON.stringify(review.detail));
  }
  const remove = sqlite.prepare("DELETE FROM identity_reviews WHERE id = ?");
  for (const [id, rule, identifierId, otherId] of existing) {
    if (!standing.has(`${rule}:${identifierId}:${otherId}`)) remove.run(id);
  }
}
