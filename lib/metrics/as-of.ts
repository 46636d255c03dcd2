import type { Db } from "@/db/client";
import { isoToDay } from "@/lib/ingest/normalise/dates";

import type { OrderHistory } from "./history/order-history";
import { readState, writeState } from "./metric-state";

/** The day metrics are computed for: given, else set, else the latest order day, else today. */
export function resolveAsOfDay(history: OrderHistory, given: string | null | undefined, saved: string | null): number {
  for (const iso of [given, saved]) {
    if (!iso) continue;
    const day = isoToDay(iso);
    if (day === null) throw new RangeError(`Not a date (YYYY-MM-DD): ${iso}`);
    return day;
  }
  let latest = -Infinity;
  for (let c = 0; c < history.profileIds.length; c++) latest = Math.max(latest, history.day[history.start[c + 1] - 1]);
  return Number.isFinite(latest) ? latest : Math.floor(Date.now() / 86_400_000);
}

/**
 * The currency reports use: the setting, else the one most orders are in.
 * Counting needs a pass over every order, so the answer is kept until an
 * order is added (a new highest id) or changed (a profile noted dirty).
 */
export function resolveBaseCurrency(db: Db, saved: string | null): string {
  if (saved) return saved;
  const sqlite = db.$client;
  const key = JSON.stringify([
    sqlite.prepare("SELECT max(id) FROM orders").pluck().get(),
    sqlite.prepare("SELECT count(*) FROM metric_dirty_profiles").pluck().get(),
  ]);
  const known = readState<{ key: string; currency: string }>(db, "currency");
  if (known?.key === key) return known.currency;
  const top = sqlite
    .prepare("SELECT currency FROM orders GROUP BY currency ORDER BY count(*) DESC LIMIT 1")
    .pluck()
    .get() as string | undefined;
  const currency = top ?? "USD";
  writeState(db, "currency", { key, currency });
  return currency;
}
