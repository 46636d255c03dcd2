"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { getDb } from "@/db";
import { isBusy } from "@/db/write-lock";
import { ForbiddenError, requireActionRole } from "@/lib/auth/guards";
import { recomputeElsewhere } from "@/lib/jobs/recompute-elsewhere";
import { log } from "@/lib/log";
import { readSettings } from "@/lib/settings/read-settings";
import { saveReadingSettings } from "@/lib/settings/save-reading-settings";

export type KeepResult =
  | { ok: true; currency: string }
  | { ok: false; error: "invalid" | "forbidden" | "busy" | "unknown" };

const code = z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/);

/**
 * Pins the base currency reports are in now, from a dry run that would move
 * them to the file's: the one step the note asks for, without leaving the
 * import for the settings form.
 */
export async function keepBaseCurrency(
  _previous: KeepResult | null,
  form: FormData,
): Promise<KeepResult> {
  try {
    const admin = await requireActionRole(["admin"]);
    const parsed = code.safeParse(form.get("currency"));
    if (!parsed.success) return { ok: false, error: "invalid" };
    const db = getDb();
    const { timeZone, phoneRegion, rates } = readSettings(db, "general");
    const { moneyChanged } =
      saveReadingSettings(db, { timeZone, phoneRegion, rates, baseCurrency: parsed.data });
    if (moneyChanged) await recomputeElsewhere();
    log.info("base currency kept", { by: admin.id, currency: parsed.data });
    revalidatePath("/", "layout");
    return { ok: true, currency: parsed.data };
  } catch (error) {
    if (error instanceof ForbiddenError) return { ok: false, error: "forbidden" };
    if (isBusy(error)) return { ok: false, error: "busy" };
    log.error("keeping the base currency failed", { error: String(error) });
    return { ok: false, error: "unknown" };
  }
}
