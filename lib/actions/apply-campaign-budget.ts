"use server";

import { revalidatePath } from "next/cache";

import { getDb } from "@/db";
import { requireActionRole } from "@/lib/auth/guards";
import { campaignActionError, type CampaignActionResult } from "@/lib/campaigns/action-error";
import { applyBudgetPlan, budgetPlanInput } from "@/lib/campaigns/budget/apply-budget-plan";
import { log } from "@/lib/log";

/** Saves the budget assistant's split (budget, expected responses, contact limits) on a draft. */
export async function applyCampaignBudget(plan: unknown): Promise<CampaignActionResult> {
  const parsed = budgetPlanInput.safeParse(plan);
  if (!parsed.success) return { ok: false, error: "invalid" };
  try {
    const user = await requireActionRole();
    applyBudgetPlan(getDb(), parsed.data);
    log.info("campaign budget applied", { campaignId: parsed.data.campaignId, by: user.id });
  } catch (error) {
    return campaignActionError(error, { action: "budget", campaignId: parsed.data.campaignId });
  }
  revalidatePath(`/campaigns/${parsed.data.campaignId}`);
  return { ok: true };
}
