"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";

import { getDb } from "@/db";
import { requireActionRole } from "@/lib/auth/guards";
import { campaignActionError, type CampaignActionResult } from "@/lib/campaigns/action-error";
import { campaignInput } from "@/lib/campaigns/campaign-input";
import { createCampaign, updateCampaign } from "@/lib/campaigns/save-campaign";
import { log } from "@/lib/log";
import { resolveBaseCurrency } from "@/lib/metrics/as-of";
import { readSettings } from "@/lib/settings/read-settings";

const number = (value: FormDataEntryValue | null) => (value === null || value === "" ? Number.NaN : Number(value));

/** The editor's fields: plain inputs plus the targets as JSON. */
function fromForm(form: FormData) {
  let targets: unknown = null;
  try {
    targets = JSON.parse(String(form.get("targets") ?? "null"));
  } catch {
    // Left null: the schema refuses it as invalid input.
  }
  const exclude = form.get("excludeBuyersDays");
  return {
    name: form.get("name"),
    goal: form.get("goal"),
    coreMessage: form.get("coreMessage") ?? "",
    startDate: form.get("startDate"),
    endDate: form.get("endDate"),
    attributionDays: number(form.get("attributionDays")),
    holdoutPercent: number(form.get("holdoutPercent")),
    marginPercent: number(form.get("marginPercent")),
    fixedCost: number(form.get("fixedCost")),
    costPerContact: number(form.get("costPerContact")),
    budget: number(form.get("budget")),
    excludeBuyersDays: exclude === null || exclude === "" ? null : number(exclude),
    targets,
  };
}

/** Creates a draft, or updates one; any role may draft. */
export async function saveCampaign(_previous: CampaignActionResult | null, form: FormData): Promise<CampaignActionResult> {
  let campaignId = z.coerce.number().int().positive().safeParse(form.get("campaignId")).data ?? null;
  try {
    const user = await requireActionRole();
    const input = campaignInput.safeParse(fromForm(form));
    if (!input.success) {
      const fields = [...new Set(input.error.issues.map((issue) => String(issue.path[0] ?? "")))];
      return { ok: false, error: "invalid", fields };
    }
    const db = getDb();
    if (campaignId === null) {
      const currency = resolveBaseCurrency(db, readSettings(db, "general").baseCurrency);
      campaignId = createCampaign(db, { input: input.data, userId: user.id, currency });
      log.info("campaign created", { campaignId, by: user.id });
    } else {
      updateCampaign(db, { campaignId, input: input.data });
      log.info("campaign updated", { campaignId, by: user.id });
    }
  } catch (error) {
    return campaignActionError(error, { action: "save", campaignId });
  }
  revalidatePath("/campaigns");
  redirect(`/campaigns/${campaignId}`);
}
