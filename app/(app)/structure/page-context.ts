import "server-only";

import { getDb } from "@/db";
import { requirePageRole } from "@/lib/auth/guards";
import { formatters } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { describeModels } from "@/lib/metrics/describe-models";
import { readSummary } from "@/lib/metrics/summary";
import { readSettings } from "@/lib/settings/read-settings";

/**
 * What every value-structure page starts with: the role check, the reader's
 * language, the structure summary, the settings and their definitions.
 */
export async function structurePageContext() {
  await requirePageRole();
  const [t, locale] = [await getMessages(), await getLocale()];
  const f = formatters(locale);
  const db = getDb();
  const summary = readSummary(db);
  const [models, general] = [readSettings(db, "models"), readSettings(db, "general")];
  const described = describeModels(t, f, { models, general, currency: summary.currency });
  return { t, locale, f, db, summary, models, general, described };
}
