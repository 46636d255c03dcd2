import "server-only";

import type { Db } from "@/db/client";
import type { Role } from "@/db/schema/users";

import { CampaignError } from "./errors";
import { readCampaign } from "./read-campaign";

/**
 * Deletes a draft, with its targets and variants: one made by mistake need not stay in the list.
 * Only a draft (anything submitted has a history to keep), by whoever drafted it, a manager or
 * an admin.
 */
export function deleteCampaign(
  db: Db, params: { campaignId: number; user: { id: number; role: Role } },
): void {
  const campaign = readCampaign(db, { campaignId: params.campaignId });
  const own = campaign.createdBy === params.user.id;
  if (!own && params.user.role === "marketer") throw new CampaignError("forbidden");
  if (campaign.status !== "draft") throw new CampaignError("wrong_status", campaign.status);
  const { changes } = db.$client
    .prepare("DELETE FROM campaigns WHERE id = ? AND status = 'draft'")
    .run(params.campaignId);
  if (changes === 0) throw new CampaignError("wrong_status", "changed meanwhile");
}
