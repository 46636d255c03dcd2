import "server-only";

import type { Db } from "@/db/client";
import { readSettings } from "@/lib/settings/read-settings";

import type { CampaignDetail } from "../read-campaign";
import { groupResults, type CampaignResults, type MemberOutcome } from "./group-results";

const DAY_MS = 86_400_000;

export interface MeasuredCampaign {
  results: CampaignResults;
  /** The attribution window, as day numbers, both ends included. */
  firstDay: number;
  lastDay: number;
  /** Orders in a currency without a rate: left out of revenue, never summed as the base. */
  unconvertedOrders: number;
}

/**
 * Reads the results of a launched campaign from the orders in the database
 * now, so every import updates them: a member responded when they placed a
 * counted order on the send day or within the attribution window after it.
 * Members are found through their anchor identifier, so merges after the
 * launch keep their orders with them. Null before launch.
 */
export function measureCampaign(db: Db, { campaign, now = new Date() }: { campaign: CampaignDetail; now?: Date }) {
  if (campaign.status !== "live" && campaign.status !== "finished") return null;
  const sqlite = db.$client;
  const firstDay = campaign.startDay;
  const lastDay = campaign.startDay + campaign.attributionDays - 1;

  const members = sqlite
    .prepare(`SELECT i.profile_id, m.target_id, m.variant_id, m.holdout FROM campaign_members m
      JOIN identifiers i ON i.id = m.anchor_identifier_id WHERE m.campaign_id = ?`)
    .raw()
    .all(campaign.id) as [number, number, number, number][];
  const orders = sqlite
    .prepare(`SELECT o.profile_id, o.amount_minor, o.currency FROM orders o
      WHERE o.counts = 1 AND o.day BETWEEN ? AND ? AND o.profile_id IN (
        SELECT i.profile_id FROM campaign_members m
        JOIN identifiers i ON i.id = m.anchor_identifier_id WHERE m.campaign_id = ?)`)
    .raw()
    .all(firstDay, lastDay, campaign.id) as [number, number, string][];

  const { rates } = readSettings(db, "general");
  const spent = new Map<number, { responded: boolean; revenueMinor: number }>();
  let unconvertedOrders = 0;
  for (const [profileId, amount, currency] of orders) {
    const rate = currency === campaign.currency ? 1 : rates[currency];
    if (rate === undefined) {
      unconvertedOrders++;
      continue;
    }
    const entry = spent.get(profileId) ?? { responded: false, revenueMinor: 0 };
    // A negative row is a refund: it lowers revenue but is no response.
    entry.responded ||= amount > 0;
    entry.revenueMinor += Math.round(amount * rate);
    spent.set(profileId, entry);
  }

  const outcomes: MemberOutcome[] = members.map(([profileId, targetId, variantId, holdout]) => ({
    targetId,
    variantId,
    holdout: holdout === 1,
    responded: spent.get(profileId)?.responded ?? false,
    revenueMinor: spent.get(profileId)?.revenueMinor ?? 0,
  }));
  const results = groupResults(
    outcomes,
    campaign.targets.map((t) => ({ targetId: t.id, variantIds: t.variants.map((v) => v.id) })),
    {
      fixedCostMinor: campaign.fixedCostMinor,
      costPerContactMinor: campaign.costPerContactMinor,
      marginRate: campaign.marginRate,
      sentAt: new Date(campaign.startDay * DAY_MS),
      attributionDays: campaign.attributionDays,
      now,
    },
  );
  return { results, firstDay, lastDay, unconvertedOrders } satisfies MeasuredCampaign;
}
