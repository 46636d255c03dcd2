import type { Db } from "@/db/client";
import { recomputeMetrics } from "@/lib/metrics/recompute";

import { readSettings, writeSettings } from "./read-settings";
import type { GeneralSettings } from "./schema";

export type ReadingSettings = Pick<GeneralSettings, "timeZone" | "phoneRegion" | "baseCurrency" | "rates">;

/**
 * Saves how files are read and money is reported. A new base currency or
 * rate changes every converted amount already stored, so the structure is
 * recomputed at once: an order waiting for its rate counts the moment the
 * rate is saved. Returns whether it recomputed, and whether the time zone
 * changed under dated records already stored, which keep the calendar day
 * they were read with (the admin is told so).
 */
export function saveReadingSettings(
  db: Db,
  values: ReadingSettings,
): { recomputed: boolean; daysKept: boolean } {
  const before = readSettings(db, "general");
  writeSettings(db, "general", { ...before, ...values });
  const daysKept = values.timeZone !== before.timeZone && hasDatedRecords(db);
  const money = (s: ReadingSettings) =>
    JSON.stringify([s.baseCurrency, Object.entries(s.rates).sort()]);
  if (money(before) === money(values)) return { recomputed: false, daysKept };
  recomputeMetrics(db);
  return { recomputed: true, daysKept };
}

function hasDatedRecords(db: Db): boolean {
  return db.$client.prepare(`SELECT EXISTS (SELECT 1 FROM orders)
    OR EXISTS (SELECT 1 FROM interactions) OR EXISTS (SELECT 1 FROM tickets)`).pluck().get() === 1;
}
