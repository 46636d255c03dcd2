import type { Db } from "@/db/client";

import { readSettings, writeSettings } from "./read-settings";
import type { GeneralSettings } from "./schema";

export type ReadingSettings = Pick<GeneralSettings, "timeZone" | "phoneRegion" | "baseCurrency" | "rates">;

/**
 * Saves how files are read and money is reported. Returns whether the base
 * currency or a rate changed, which changes every converted amount already
 * stored: the caller recomputes the structure at once, so an order waiting
 * for its rate counts the moment the rate is saved. And whether the time zone
 * changed under dated records already stored, which keep the calendar day
 * they were read with (the admin is told so).
 */
export function saveReadingSettings(
  db: Db,
  values: ReadingSettings,
): { moneyChanged: boolean; daysKept: boolean } {
  const before = readSettings(db, "general");
  writeSettings(db, "general", { ...before, ...values });
  const daysKept = values.timeZone !== before.timeZone && hasDatedRecords(db);
  const money = (s: ReadingSettings) =>
    JSON.stringify([s.baseCurrency, Object.entries(s.rates).sort()]);
  return { moneyChanged: money(before) !== money(values), daysKept };
}

function hasDatedRecords(db: Db): boolean {
  return db.$client.prepare(`SELECT EXISTS (SELECT 1 FROM orders)
    OR EXISTS (SELECT 1 FROM interactions) OR EXISTS (SELECT 1 FROM tickets)`).pluck().get() === 1;
}
