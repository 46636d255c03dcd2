import "server-only";

import type { Db } from "@/db/client";

import { CampaignError } from "../errors";
import { readCampaign, type CampaignDetail } from "../read-campaign";
import type { SegmentProfileSql } from "../segment-seam";
import { resolveAudience, type ResolvedAudience } from "./resolve-audience";

export interface OfferConflict {
  profileId: number;
  campaignId: number;
  ourOffer: string;
  theirOffer: string;
}

export interface ConflictReport {
  /** Customers who would get a different offer from at least one other active campaign. */
  customers: number;
  byCampaign: { campaignId: number; name: string; customers: number }[];
  sample: OfferConflict[];
  /** Overlapping campaigns whose audience could not be worked out (a segment without the segment seam). */
  unchecked: string[];
}

const SAMPLE = 20;

function offers(campaign: CampaignDetail, audience: ResolvedAudience): Map<number, string> {
  const offerOf = new Map(campaign.targets.flatMap((t) => t.variants.map((v) => [v.id, v.offer.trim()])));
  const result = new Map<number, string>();
  for (const m of audience.members) if (!m.holdout && offerOf.get(m.variantId)) result.set(m.profileId, offerOf.get(m.variantId)!);
  return result;
}

/** A live campaign's offers from its frozen members alone: no contact facts are needed. */
function frozenOffers(db: Db, campaignId: number): Map<number, string> {
  const rows = db.$client
    .prepare(`SELECT i.profile_id, trim(v.offer) FROM campaign_members m
      JOIN identifiers i ON i.id = m.anchor_identifier_id
      JOIN campaign_variants v ON v.id = m.variant_id
      WHERE m.campaign_id = ? AND m.holdout = 0 AND trim(v.offer) <> ''`)
    .raw()
    .all(campaignId) as [number, string][];
  return new Map(rows);
}

/**
 * Customers this campaign would contact who also sit in another campaign
 * that is pending, approved or live over overlapping dates, with a
 * different offer. A warning, not a rule: the marketer decides.
 */
export function findOfferConflicts(
  db: Db,
  { campaign, audience, segmentSql }: { campaign: CampaignDetail; audience: ResolvedAudience; segmentSql?: SegmentProfileSql },
): ConflictReport {
  const ours = offers(campaign, audience);
  const others = db.$client
    .prepare(`SELECT id FROM campaigns WHERE id <> ? AND status IN ('pending_approval', 'approved', 'live')
      AND start_day <= ? AND end_day >= ? ORDER BY id`)
    .pluck()
    .all(campaign.id, campaign.endDay, campaign.startDay) as number[];

  const report: ConflictReport = { customers: 0, byCampaign: [], sample: [], unchecked: [] };
  const conflicted = new Set<number>();
  for (const id of others) {
    const other = readCampaign(db, { campaignId: id });
    let theirs: Map<number, string>;
    try {
      theirs =
        other.status === "live"
          ? frozenOffers(db, other.id)
          : offers(other, resolveAudience(db, { campaign: other, segmentSql }));
    } catch (error) {
      if (!(error instanceof CampaignError)) throw error;
      report.unchecked.push(other.name);
      continue;
    }
    let count = 0;
    for (const [profileId, ourOffer] of ours) {
      const theirOffer = theirs.get(profileId);
      if (!theirOffer || theirOffer.toLowerCase() === ourOffer.toLowerCase()) continue;
      count++;
      conflicted.add(profileId);
      if (report.sample.length < SAMPLE) report.sample.push({ profileId, campaignId: id, ourOffer, theirOffer });
    }
    if (count > 0) report.byCampaign.push({ campaignId: id, name: other.name, customers: count });
  }
  report.customers = conflicted.size;
  return report;
}
