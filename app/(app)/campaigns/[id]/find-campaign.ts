import { notFound } from "next/navigation";

import type { Db } from "@/db/client";
import { CampaignError } from "@/lib/campaigns/errors";
import { readCampaign, type CampaignDetail } from "@/lib/campaigns/read-campaign";

/** The campaign of a route's id, or Next's 404 page for an unknown or malformed id. */
export function findCampaignOr404(db: Db, id: string): CampaignDetail {
  const campaignId = Number(id);
  if (!Number.isSafeInteger(campaignId) || campaignId <= 0) notFound();
  try {
    return readCampaign(db, { campaignId });
  } catch (error) {
    if (error instanceof CampaignError && error.code === "not_found") notFound();
    throw error;
  }
}
