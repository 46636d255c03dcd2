import "server-only";

import { z } from "zod";

import type { Db } from "@/db/client";

import { CampaignError } from "../errors";
import { readCampaign } from "../read-campaign";

export const budgetPlanInput = z.object({
  campaignId: z.number().int().positive(),
  /** The whole campaign budget in major units, fixed cost included. */
  budget: z.number().min(0).max(1e12),
  targets: z
    .array(
      z.object({
        targetId: z.number().int().positive(),
        expectedResponse: z.number().min(0).max(1),
        contactLimit: z.number().int().min(0).nullable(),
      }),
    )
    .max(20),
});
export type BudgetPlanInput = z.infer<typeof budgetPlanInput>;

/** Saves the split the user settled on: the budget, and per target its assumed response and contact limit. */
export function applyBudgetPlan(db: Db, input: BudgetPlanInput): void {
  const campaign = readCampaign(db, { campaignId: input.campaignId });
  if (campaign.status !== "draft") throw new CampaignError("wrong_status", campaign.status);
  const own = new Set(campaign.targets.map((t) => t.id));
  if (input.targets.some((t) => !own.has(t.targetId))) throw new CampaignError("invalid", "target of another campaign");

  const sqlite = db.$client;
  const setTarget = sqlite.prepare(
    "UPDATE campaign_targets SET expected_response = ?, contact_limit = ? WHERE id = ? AND campaign_id = ?",
  );
  sqlite.transaction(() => {
    sqlite
      .prepare(`UPDATE campaigns SET budget_minor = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        WHERE id = ? AND status = 'draft'`)
      .run(Math.round(input.budget * 100), campaign.id);
    for (const t of input.targets) setTarget.run(t.expectedResponse, t.contactLimit, t.targetId, campaign.id);
  })();
}
