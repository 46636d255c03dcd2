"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { getDb } from "@/db";
import { requireActionRole } from "@/lib/auth/guards";
import { campaignActionError, type CampaignActionResult } from "@/lib/campaigns/action-error";
import { campaignActions } from "@/lib/campaigns/status-flow";
import { transitionCampaign } from "@/lib/campaigns/transition-campaign";
import { log } from "@/lib/log";

const input = z.object({
  campaignId: z.coerce.number().int().positive(),
  action: z.enum(campaignActions),
  note: z.string().trim().max(500).optional(),
});

/** Submit, approve, send back, reopen, launch or finish; the role and status are checked in transitionCampaign. */
export async function changeCampaignStatus(
  _previous: CampaignActionResult | null,
  form: FormData,
): Promise<CampaignActionResult> {
  const parsed = input.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, error: "invalid" };
  try {
    const user = await requireActionRole();
    const status = transitionCampaign(getDb(), { ...parsed.data, user });
    log.info("campaign status changed", { campaignId: parsed.data.campaignId, action: parsed.data.action, status, by: user.id });
  } catch (error) {
    return campaignActionError(error, { action: parsed.data.action, campaignId: parsed.data.campaignId });
  }
  revalidatePath("/campaigns");
  revalidatePath(`/campaigns/${parsed.data.campaignId}`);
  return { ok: true };
}
