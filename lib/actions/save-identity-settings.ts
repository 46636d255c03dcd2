"use server";

import type { CountryCode } from "libphonenumber-js";
import { revalidatePath } from "next/cache";

import { getDb } from "@/db";
import { isBusy } from "@/db/write-lock";
import { ForbiddenError, requireActionRole } from "@/lib/auth/guards";
import { writeIdentitySettings } from "@/lib/identity/settings";
import { readSettingsForm } from "@/lib/identity/settings-form";
import { resolveElsewhere } from "@/lib/jobs/recompute-elsewhere";
import { log } from "@/lib/log";
import { readSettings } from "@/lib/settings/read-settings";

export type SettingsResult =
  /** saved: the settings were written (else only resolved again under the saved ones). */
  | { ok: true; saved: boolean }
  | { ok: false; error: "invalid"; detail: string }
  | { ok: false; error: "forbidden" | "busy" | "unknown" };

/**
 * Saves the identity guards and resolves every profile again, so the guards
 * apply to old data too; with intent "resolve" it only resolves again.
 * Admins only.
 */
export async function saveIdentitySettings(_previous: SettingsResult | null, form: FormData): Promise<SettingsResult> {
  try {
    const user = await requireActionRole(["admin"]);
    const db = getDb();
    const saving = form.get("intent") !== "resolve";
    if (saving) {
      const region = readSettings(db, "general").phoneRegion as CountryCode;
      const parsed = readSettingsForm(form, region);
      if (!parsed.ok) return { ok: false, error: "invalid", detail: parsed.problems.join(", ") };
      writeIdentitySettings(db, parsed.settings);
    }
    const { resolution: run } = await resolveElsewhere();
    log.info("identity settings applied", { by: user.id, durationMs: run.durationMs, changed: run.profilesChanged });
    revalidatePath("/", "layout");
    return { ok: true, saved: saving };
  } catch (error) {
    if (error instanceof ForbiddenError) return { ok: false, error: "forbidden" };
    if (isBusy(error)) return { ok: false, error: "busy" };
    log.error("identity settings failed", { error: String(error) });
    return { ok: false, error: "unknown" };
  }
}
