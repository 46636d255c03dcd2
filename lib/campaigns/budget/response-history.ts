import "server-only";

import { inArray } from "drizzle-orm";

import type { Db } from "@/db/client";
import { campaigns } from "@/db/schema/campaigns";

import { readCampaign } from "../read-campaign";
import { measureCampaign } from "../results/measure-campaign";

export interface MeasuredResponse {
  /** Incremental response rate (treatment − holdout), weighted by treated customers; never below 0. */
  rate: number;
  campaigns: number;
}

/**
 * What earlier campaigns measured for each kind of target ("tier:vip",
 * "stage:at_risk"): the uplift in response rate over their holdouts, from
 * campaigns whose attribution window has closed.
 */
export function measuredResponses(db: Db, { except, now = new Date() }: { except: number; now?: Date }) {
  const sums = new Map<string, { weighted: number; treated: number; campaigns: number }>();
  const done = db
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(inArray(campaigns.status, ["live", "finished"]))
    .all();
  for (const { id } of done) {
    if (id === except) continue;
    const campaign = readCampaign(db, { campaignId: id });
    const measured = measureCampaign(db, { campaign, now });
    if (!measured || measured.results.total.attributionEndsAt > now) continue;
    for (const { targetId, result } of measured.results.byTarget) {
      const target = campaign.targets.find((t) => t.id === targetId)!;
      if (result.rateUplift === null || result.treatment.audience === 0) continue;
      const key = `${target.kind}:${target.key}`;
      const sum = sums.get(key) ?? { weighted: 0, treated: 0, campaigns: 0 };
      sum.weighted += result.rateUplift * result.treatment.audience;
      sum.treated += result.treatment.audience;
      sum.campaigns++;
      sums.set(key, sum);
    }
  }
  const measured = new Map<string, MeasuredResponse>();
  for (const [key, s] of sums) measured.set(key, { rate: Math.max(0, s.weighted / s.treated), campaigns: s.campaigns });
  return measured;
}
