import type { Db } from "@/db/client";
import { readUnconverted } from "@/lib/metrics/summary";

/**
 * The currencies of a customer's counted orders that have no rate to the
 * reporting currency: spend in them is in no figure in that currency yet.
 */
export function unratedCurrenciesOf(db: Db, profileId: number): string[] {
  // The last run's note, not the whole summary: a profile page asks this twice.
  const missing = readUnconverted(db)?.currencies ?? [];
  if (missing.length === 0) return [];
  const own = db.$client
    .prepare(`SELECT DISTINCT currency FROM orders WHERE profile_id = ? AND counts = 1
      ORDER BY currency`)
    .pluck()
    .all(profileId) as string[];
  return own.filter((currency) => missing.includes(currency));
}
