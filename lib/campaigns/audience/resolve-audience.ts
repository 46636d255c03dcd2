import type { Db } from "@/db/client";
import { readSettings } from "@/lib/settings/read-settings";

import type { CampaignDetail } from "../read-campaign";
import { segmentProfileSql, type SegmentProfileSql } from "../segment-seam";
import { resetAudienceTable } from "./audience-table";
import { loadCandidates } from "./load-candidates";
import { loadPeople, type Person } from "./load-people";
import { planAudience, type AudiencePlan, type PlanTarget } from "./plan-audience";

export interface ResolvedAudience extends AudiencePlan {
  people: Map<number, Person>;
}

export function planTargets(campaign: CampaignDetail): PlanTarget[] {
  return campaign.targets.map((t) => ({
    id: t.id,
    contactLimit: t.contactLimit,
    variants: t.variants.map((v) => ({ id: v.id, channel: v.channel, weight: v.weight })),
  }));
}

/**
 * Who the campaign would reach if it went out now: the targets' profiles,
 * split into holdout and variants and suppressed step by step. Deterministic:
 * the same data gives the same groups, so a re-export gives the same file.
 */
export function resolveAudience(
  db: Db,
  { campaign, segmentSql = segmentProfileSql }: { campaign: CampaignDetail; segmentSql?: SegmentProfileSql },
): ResolvedAudience {
  const { frequencyCap } = readSettings(db, "campaigns");
  loadCandidates(db, { targets: campaign.targets, segmentSql });
  const people = loadPeople(db, {
    campaignId: campaign.id,
    sendDay: campaign.startDay,
    lookBackDays: campaign.excludeBuyersDays,
    touchWindowDays: frequencyCap.days,
  });
  resetAudienceTable(db);

  const plan = planAudience([...people.values()], planTargets(campaign), {
    campaignId: campaign.id,
    holdoutShare: campaign.holdoutShare,
    sendDay: campaign.startDay,
    excludeBuyersDays: campaign.excludeBuyersDays,
    frequencyCap,
  });
  return { ...plan, people };
}
