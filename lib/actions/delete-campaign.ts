"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { getDb } from "@/db";
import { requireActionRole } from "@/lib/auth/guards";
import { campaignActionError, type CampaignActionResult } from "@/lib/campaigns/action-error";
import { deleteCampaign } from "@/lib/campaigns/delete-campaign";
import { log } from "@/lib/log";

/** Deletes a draft campaign; who may is checked in deleteCampaign. */
export async function deleteCampaignDraft(campaignId: unknown): Promise<CampaignActionResult> {
  const id = z.number().int().positive().safeParse(campaignId);
  if (!id.success) return { ok: false, error: "invalid" };
  try {
    const user = await requireActionRole();
    deleteCampaign(getDb(), { campaignId: id.data, user });
    log.info("campaign draft deleted", { campaignId: id.data, by: user.id });
  } catch (error) {
    return campaignActionError(error, { action: "delete", campaignId: id.data });
  }
  revalidatePath("/campaigns");
  return { ok: true };
}
