"use server";

import { revalidatePath } from "next/cache";
import { ZodError } from "zod";

import { getDb } from "@/db";
import { isBusy } from "@/db/write-lock";
import { ForbiddenError, requireActionRole } from "@/lib/auth/guards";
import { log } from "@/lib/log";
import { asOfOutside } from "@/lib/metrics/as-of";
import { readSummary } from "@/lib/metrics/summary";
import { recomputeElsewhere } from "@/lib/jobs/recompute-elsewhere";
import { changeSettings } from "@/lib/settings/change-settings";
import { editedChanges, formFieldsOf, settingsForm } from "@/lib/settings/settings-form";
import { settingsReasons, type SettingsReason } from "@/lib/settings/settings-reasons";

/** Orders left out of every money figure for want of a rate to the (perhaps new) base currency. */
type Unconverted = { orders: number; currencies: string[]; base: string } | null;

export type ValueSettingsResult =
  | {
    ok: true; customers: number; movedTier: number; movedStage: number; clvUnavailable: boolean;
    unconverted: Unconverted;
  }
  /**
   * fields: the form's fields to check, marked on the form; reasons: the rules they broke, and
   * the values a reason names (the as-of date's range).
   */
  | {
    ok: false; error: "invalid"; reasons: SettingsReason[]; values: Record<string, string>;
    fields: string[];
  }
  | { ok: false; error: "forbidden" | "busy" | "unknown" };

/** Saves the value-model settings (admins only), recomputes, and reports who moved. */
export async function saveValueSettings(
  _previous: ValueSettingsResult | null,
  form: FormData,
): Promise<ValueSettingsResult> {
  try {
    const admin = await requireActionRole(["admin"]);
    const parsed = settingsForm.safeParse(Object.fromEntries(form));
    if (!parsed.success) return refused(parsed.error, (path) => path.slice(0, 1).map(String));
    const db = getDb();
    const outside = asOfOutside(db, parsed.data.asOf);
    if (outside) {
      return { ok: false, error: "invalid", fields: ["asOf"], reasons: ["asOfRange"],
        values: { first: outside.first, today: outside.today } };
    }
    changeSettings(db, editedChanges(parsed.data, openedValues(form.get("opened"))));
    const result = await recomputeElsewhere();
    log.info("value settings saved", {
      by: admin.id,
      movedTier: result.movedTier,
      movedStage: result.movedStage,
    });
    revalidatePath("/", "layout");
    return {
      ok: true,
      customers: result.customers,
      movedTier: result.movedTier,
      movedStage: result.movedStage,
      clvUnavailable: result.warnings.includes("clv_unavailable"),
      unconverted: unconvertedAfter(db),
    };
  } catch (error) {
    if (error instanceof ForbiddenError) return { ok: false, error: "forbidden" };
    if (error instanceof ZodError) return refused(error, formFieldsOf);
    if (isBusy(error)) return { ok: false, error: "busy" };
    log.error("saving value settings failed", { error: String(error) });
    return { ok: false, error: "unknown" };
  }
}

/** A base currency changed here leaves orders in the old one without a rate: the save says so. */
function unconvertedAfter(db: ReturnType<typeof getDb>): Unconverted {
  const summary = readSummary(db);
  return summary.unconverted && { ...summary.unconverted, base: summary.currency };
}

/** A refused save: the rules broken, and the form's fields they concern. */
function refused(
  error: ZodError, fieldsOf: (path: readonly PropertyKey[]) => string[],
): ValueSettingsResult {
  const fields = [...new Set(error.issues.flatMap((issue) => fieldsOf(issue.path)))];
  return { ok: false, error: "invalid", reasons: settingsReasons(error), values: {}, fields };
}

/** The form's starting values, sent along as JSON; null when missing or unreadable. */
function openedValues(sent: FormDataEntryValue | null): unknown {
  try {
    return typeof sent === "string" ? JSON.parse(sent) : null;
  } catch {
    return null;
  }
}
