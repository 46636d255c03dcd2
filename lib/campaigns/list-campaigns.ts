import "server-only";

import { desc } from "drizzle-orm";

import type { Db } from "@/db/client";
import { campaigns, type CampaignStatus } from "@/db/schema/campaigns";

import type { CampaignVerdict } from "./campaign-result";
import { readCampaign } from "./read-campaign";
import { measureCampaign } from "./results/measure-campaign";

export interface CampaignListRow {
  id: number;
  name: string;
  status: CampaignStatus;
  startDay: number;
  endDay: number;
  targets: { kind: string; key: string; name: string | null }[];
  currency: string;
  budgetMinor: number;
  /** Filled once launched. */
  treated: number | null;
  roi: number | null;
  incrementalRevenueMinor: number | null;
  verdict: CampaignVerdict | null;
}

/** Every campaign, newest first, with its measured ROI once it is live. */
export function listCampaigns(db: Db): CampaignListRow[] {
  const ids = db.select({ id: campaigns.id }).from(campaigns).orderBy(desc(campaigns.id)).all();
  return ids.map(({ id }) => {
    const campaign = readCampaign(db, { campaignId: id });
    const total = measureCampaign(db, { campaign })?.results.total ?? null;
    return {
      id,
      name: campaign.name,
      status: campaign.status,
      startDay: campaign.startDay,
      endDay: campaign.endDay,
      targets: campaign.targets.map((t) => ({ kind: t.kind, key: t.key, name: t.name })),
      currency: campaign.currency,
      budgetMinor: campaign.budgetMinor,
      treated: total?.treatment.audience ?? null,
      roi: total?.roi ?? null,
      incrementalRevenueMinor: total?.incrementalRevenue ?? null,
      verdict: total?.verdict ?? null,
    };
  });
}
