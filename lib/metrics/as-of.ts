import type { Db } from "@/db/client";
import { dayToIso, isoToDay } from "@/lib/ingest/normalise/dates";

import type { OrderHistory } from "./history/order-history";
import { readState, writeState } from "./metric-state";

/** The day metrics are computed for: given, else set, else the latest order day, else today. */
export function resolveAsOfDay(
  history: OrderHistory,
  given: string | null | undefined,
  saved: string | null,
): number {
  for (const iso of [given, saved]) {
    if (!iso) continue;
    const day = isoToDay(iso);
    if (day === null) throw new RangeError(`Not a date (YYYY-MM-DD): ${iso}`);
    return day;
  }
  let latest = -Infinity;
  for (let c = 0; c < history.profileIds.length; c++)
    latest = Math.max(latest, history.day[history.start[c + 1] - 1]);
  return Number.isFinite(latest) ? latest : Math.floor(Date.now() / 86_400_000);
}

/**
 * An as-of date before the first order or after today measures nobody (every buyer lapsed, or
 * none yet) and becomes a point in every segment's trend: the settings form and the command line
 * refuse it. Null when it is within, or not set; else the dates it must lie between.
 */
export function asOfOutside(db: Db, asOf: string | null): { first: string; today: string } | null {
  if (asOf === null) return null;
  const firstDay = db.$client.prepare("SELECT min(day) FROM orders WHERE counts = 1").pluck()
    .get() as number | null;
  const first = firstDay === null ? null : dayToIso(firstDay);
  const today = new Date().toISOString().slice(0, 10);
  return asOf > today || (first !== null && asOf < first) ? { first: first ?? "—", today } : null;
}

/**
 * The currency reports use: the setting, else the one most orders are in.
 * Orders per currency are kept between runs and topped up with the orders
 * added since (a range of ids); they are counted afresh only when stored
 * orders changed (a profile noted dirty), so no run scans every order again.
 */
export function resolveBaseCurrency(db: Db, saved: string | null): string {
  if (saved) return saved;
  const sqlite = db.$client;
  const maxId = (sqlite.prepare("SELECT max(id) FROM orders").pluck().get() as number | null) ?? 0;
  const dirty = sqlite
    .prepare("SELECT count(*) FROM metric_dirty_profiles")
    .pluck()
    .get() as number;
  const known = readState<{ maxId: number; counts: Record<string, number> }>(db, "currencies");
  const fresh = !known || dirty > 0 || maxId < known.maxId;
  const counts = fresh ? {} : { ...known.counts };
  if (fresh || maxId > known.maxId) {
    const rows = sqlite
      .prepare("SELECT currency, count(*) FROM orders WHERE id > ? GROUP BY currency")
      .raw()
      .all(fresh ? 0 : known.maxId) as [string, number][];
    for (const [currency, n] of rows) counts[currency] = (counts[currency] ?? 0) + n;
    writeState(db, "currencies", { maxId, counts });
  }
  const top = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  return top?.[0] ?? "USD";
}
