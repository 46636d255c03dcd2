import type { Db } from "@/db/client";
import { isoToDay } from "@/lib/ingest/normalise/dates";

/** The day metrics are computed for: given, else set, else the latest order day, else today. */
export function resolveAsOfDay(db: Db, given: string | null | undefined, saved: string | null): number {
  for (const iso of [given, saved]) {
    if (!iso) continue;
    const day = isoToDay(iso);
    if (day === null) throw new RangeError(`Not a date (YYYY-MM-DD): ${iso}`);
    return day;
  }
  const latest = db.$client
    .prepare("SELECT max(day) AS day FROM orders WHERE counts = 1")
    .get() as { day: number | null };
  return latest.day ?? Math.floor(Date.now() / 86_400_000);
}

/** The currency reports use: the setting, else the one most orders are in. */
export function resolveBaseCurrency(db: Db, saved: string | null): string {
  if (saved) return saved;
  const top = db.$client
    .prepare("SELECT currency FROM orders GROUP BY currency ORDER BY count(*) DESC LIMIT 1")
    .get() as { currency: string } | undefined;
  return top?.currency ?? "USD";
}
