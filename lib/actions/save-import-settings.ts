"use server";

import { revalidatePath } from "next/cache";
import { isSupportedCountry } from "libphonenumber-js";
import { z } from "zod";

import { getDb } from "@/db";
import { isBusy } from "@/db/write-lock";
import { ForbiddenError, requireActionRole } from "@/lib/auth/guards";
import { isCurrencyCode } from "@/lib/ingest/normalise/money";
import { recomputeElsewhere } from "@/lib/jobs/recompute-elsewhere";
import { log } from "@/lib/log";
import { saveReadingSettings } from "@/lib/settings/save-reading-settings";

type Field = "timeZone" | "phoneRegion" | "baseCurrency" | "rates";

/** On a bad value: which fields to check. */
export type SettingsResult =
  /** daysKept: the time zone changed, and the dated records already stored keep their days. */
  | { ok: true; daysKept: boolean }
  | { ok: false; error: "invalid"; fields: Field[] }
  | { ok: false; error: "forbidden" | "busy" | "unknown" };

const zones = new Set(Intl.supportedValuesOf("timeZone").concat("UTC"));

// "USD=7.1, EUR=7.8": units of base currency per unit of each listed currency.
const rateList = z.string().trim().max(500).transform((text, context) => {
  const rates: Record<string, number> = {};
  for (const part of text.split(/[,;\n]+/).map((p) => p.trim()).filter(Boolean)) {
    const m = /^([A-Za-z]{3})\s*=\s*(\d+(?:\.\d+)?)$/.exec(part);
    if (!m || Number(m[2]) <= 0 || !isCurrencyCode(m[1].toUpperCase())) {
      context.addIssue({ code: "custom", message: `not a rate: ${part}` });
      return z.NEVER;
    }
    rates[m[1].toUpperCase()] = Number(m[2]);
  }
  return rates;
});

const input = z.object({
  timeZone: z.string().refine((zone) => zones.has(zone)),
  phoneRegion: z.string().trim().toUpperCase()
    .refine((code: string): boolean => isSupportedCountry(code)),
  baseCurrency: z.string().trim().toUpperCase().refine((code) => !code || isCurrencyCode(code)),
  rates: rateList,
}).refine(({ baseCurrency, rates }) => !(baseCurrency in rates), {
  // A rate of the base currency to itself is 1: another number is a slip.
  path: ["rates"],
});

/**
 * How files are read and money is reported: the store's time zone (dates
 * never shift off its calendar), the default phone region, the base
 * currency and the rates an admin sets (a change to either recomputes the
 * structure). Other general settings are kept.
 */
export async function saveImportSettings(_previous: SettingsResult | null, form: FormData): Promise<SettingsResult> {
  try {
    const admin = await requireActionRole(["admin"]);
    const parsed = input.safeParse(Object.fromEntries(form));
    if (!parsed.success) {
      const fields = [...new Set(parsed.error.issues.map((issue) => issue.path[0] as Field))];
      return { ok: false, error: "invalid", fields };
    }
    const { baseCurrency, ...rest } = parsed.data;
    const { moneyChanged, daysKept } =
      saveReadingSettings(getDb(), { ...rest, baseCurrency: baseCurrency || null });
    if (moneyChanged) await recomputeElsewhere();
    log.info("import settings saved", { by: admin.id, recomputed: moneyChanged });
    revalidatePath(moneyChanged ? "/" : "/imports", moneyChanged ? "layout" : "page");
    return { ok: true, daysKept };
  } catch (error) {
    if (error instanceof ForbiddenError) return { ok: false, error: "forbidden" };
    if (isBusy(error)) return { ok: false, error: "busy" };
    log.error("saving import settings failed", { error: String(error) });
    return { ok: false, error: "unknown" };
  }
}
