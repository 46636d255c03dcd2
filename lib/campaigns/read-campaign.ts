import "server-only";

import { asc, eq, inArray } from "drizzle-orm";

import type { Db } from "@/db/client";
import {
  campaignTargets,
  campaignVariants,
  campaigns,
  type Campaign,
  type CampaignTarget,
  type CampaignVariant,
} from "@/db/schema/campaigns";
import { segments } from "@/db/schema/segments";

import { CampaignError } from "./errors";

/** `name`: a segment target's segment name (kept once it is deleted; null for tiers and stages). */
export type TargetWithVariants = CampaignTarget & { variants: CampaignVariant[]; name: string | null };
export type CampaignDetail = Campaign & { targets: TargetWithVariants[] };

/** A campaign with its targets (in priority order) and their variants, or "not found". */
export function readCampaign(db: Db, { campaignId }: { campaignId: number }): CampaignDetail {
  const campaign = db.select().from(campaigns).where(eq(campaigns.id, campaignId)).get();
  if (!campaign) throw new CampaignError("not_found", `campaign ${campaignId}`);

  const targets = db
    .select()
    .from(campaignTargets)
    .where(eq(campaignTargets.campaignId, campaignId))
    .orderBy(asc(campaignTargets.position))
    .all();
  const variants = targets.length
    ? db
        .select()
        .from(campaignVariants)
        .where(inArray(campaignVariants.targetId, targets.map((t) => t.id)))
        .orderBy(asc(campaignVariants.id))
        .all()
    : [];

  const segmentIds = targets.filter((t) => t.kind === "segment").map((t) => Number(t.key));
  const names = new Map(
    (segmentIds.length
      ? db.select({ id: segments.id, name: segments.name }).from(segments).where(inArray(segments.id, segmentIds)).all()
      : []
    ).map(({ id, name }) => [String(id), name]),
  );
  return {
    ...campaign,
    targets: targets.map((t) => ({
      ...t,
      variants: variants.filter((v) => v.targetId === t.id),
      name: t.kind === "segment" ? (names.get(t.key) ?? t.segmentName) : null,
    })),
  };
}
