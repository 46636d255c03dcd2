import type { Db } from "@/db/client";

import type { ResolvedAudience } from "./resolve-audience";

/**
 * Stores who was in the campaign at launch, holdout included, and the
 * suppression counts, so results are measured against exactly these people
 * however tiers, consent and identities change afterwards.
 */
export function freezeAudience(db: Db, { campaignId, audience }: { campaignId: number; audience: ResolvedAudience }) {
  const sqlite = db.$client;
  const insert = sqlite.prepare(`INSERT INTO campaign_members
    (campaign_id, profile_id, anchor_identifier_id, target_id, variant_id, holdout) VALUES (?, ?, ?, ?, ?, ?)`);
  sqlite.transaction(() => {
    sqlite.prepare("DELETE FROM campaign_members WHERE campaign_id = ?").run(campaignId);
    for (const m of audience.members) {
      const anchor = audience.people.get(m.profileId)!.anchorIdentifierId;
      insert.run(campaignId, m.profileId, anchor, m.targetId, m.variantId, m.holdout ? 1 : 0);
    }
    sqlite
      .prepare("UPDATE campaigns SET frozen_funnel = ? WHERE id = ?")
      .run(JSON.stringify(audience.funnel), campaignId);
  })();
}
