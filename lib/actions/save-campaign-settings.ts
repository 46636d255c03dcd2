"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { getDb } from "@/db";
import { isBusy } from "@/db/write-lock";
import { ForbiddenError, requireActionRole } from "@/lib/auth/guards";
import { log } from "@/lib/log";
import { writeSettings } from "@/lib/settings/read-settings";

export type SettingsResult =
  | { ok: true }
  | { ok: false; error: "invalid" | "forbidden" | "busy" | "unknown" };

const percent = z.coerce.number().min(0).max(100);
const form = z.object({
  touches: z.coerce.number().int().min(1).max(50),
  days: z.coerce.number().int().min(1).max(90),
  approvalThreshold: z.coerce.number().min(0).max(1e12),
  holdout: z.coerce.number().min(0).max(90),
  attribution: z.coerce.number().int().min(1).max(365),
  margin: percent,
  excludeBuyers: z.union([z.literal(""), z.coerce.number().int().min(0).max(365)]),
  response: percent,
});

/** Admins set the campaign rules: frequency cap, approval threshold and the defaults of new campaigns. */
export async function saveCampaignSettings(_previous: SettingsResult | null, data: FormData): Promise<SettingsResult> {
  try {
    const admin = await requireActionRole(["admin"]);
    const parsed = form.safeParse(Object.fromEntries(data));
    if (!parsed.success) return { ok: false, error: "invalid" };
    const v = parsed.data;
    const saved = writeSettings(getDb(), "campaigns", {
      frequencyCap: { touches: v.touches, days: v.days },
      approvalThresholdMinor: Math.round(v.approvalThreshold * 100),
      defaultHoldoutShare: v.holdout / 100,
      defaultAttributionDays: v.attribution,
      defaultMarginRate: v.margin / 100,
      defaultExcludeBuyersDays: v.excludeBuyers === "" ? null : v.excludeBuyers,
      defaultExpectedResponse: v.response / 100,
    });
    log.info("campaign settings saved", { by: admin.id, settings: saved });
    revalidatePath("/settings");
    return { ok: true };
  } catch (error) {
    if (error instanceof ForbiddenError) return { ok: false, error: "forbidden" };
    if (isBusy(error)) return { ok: false, error: "busy" };
    log.error("save campaign settings failed", { error: String(error) });
    return { ok: false, error: "unknown" };
  }
}
