import type { Db } from "@/db/client";

import type { CampaignDetail } from "../read-campaign";
import { addToAudienceTable, resetAudienceTable } from "./audience-table";
import { channelReach } from "./channel-reach";
import { loadPeople } from "./load-people";
import { emptyFunnel, type Exclusion, type FunnelCounts, type Member } from "./plan-audience";
import type { ResolvedAudience } from "./resolve-audience";

/**
 * The audience stored at launch, each member at their current profile and
 * checked against today's consent: someone who unsubscribed after the launch
 * stays in the measured group but drops out of every new export.
 */
export function loadFrozenAudience(db: Db, { campaign }: { campaign: CampaignDetail }): ResolvedAudience {
  const rows = db.$client
    .prepare(`SELECT i.profile_id, m.target_id, m.variant_id, m.holdout FROM campaign_members m
      JOIN identifiers i ON i.id = m.anchor_identifier_id WHERE m.campaign_id = ? ORDER BY i.profile_id`)
    .raw()
    .all(campaign.id) as [number, number, number, number][];
  resetAudienceTable(db);
  addToAudienceTable(db, rows.map(([profileId, targetId]) => [profileId, targetId]));
  const people = loadPeople(db, { campaignId: campaign.id, sendDay: campaign.startDay, lookBackDays: null, touchWindowDays: 0 });
  resetAudienceTable(db);

  const channels = new Map(campaign.targets.flatMap((t) => t.variants.map((v) => [v.id, v.channel])));
  const members: Member[] = [];
  const exclusions: Exclusion[] = [];
  const seen = new Set<number>();
  for (const [profileId, targetId, variantId, holdout] of rows) {
    // Two members merged into one person after launch: one row is enough.
    if (seen.has(profileId) || !people.has(profileId)) continue;
    seen.add(profileId);
    const reach = channelReach(channels.get(variantId)!, people.get(profileId)!.facts);
    if (reach.ok) {
      members.push({ profileId, targetId, variantId, holdout: holdout === 1, email: reach.email, phone: reach.phone });
    } else {
      const step = reach.reason === "no_address" ? "address" : "consent";
      exclusions.push({ profileId, targetId, variantId, holdout: holdout === 1, step, reason: reach.reason, since: reach.since });
    }
  }
  const stored = campaign.frozenFunnel as ResolvedAudience["funnel"] | null;
  return { members, exclusions, people, funnel: stored ?? { total: emptyFunnel(), byTarget: {} as Record<number, FunnelCounts> } };
}
