import type { Db } from "@/db/client";
import { BULK_ROWS, dropIndexes } from "@/db/rebuild-indexes";

// Indexes a bulk load does not need while it writes; only the unique key
// (to find rows already stored) must stay. Rebuilt in one sorted pass after
// the load, they cost a fraction of maintaining them row by row (random
// identifier ids thrash the page cache once the table outgrows it). The
// identifier index comes back before resolution, which moves facts by
// identifier; the profile and import ones after it, so the resolver's
// corrections of new orders' profiles do not rewrite the index per row.
const beforeResolution = ["orders_identifier"];
const afterResolution = ["orders_profile_day", "orders_import"];

export type DeferredIndexes = { beforeResolution(): void; afterResolution(): void };

/**
 * Drops the deferrable order indexes for a large load, inside the import's
 * transaction (so a rollback restores them); returns the functions that
 * rebuild them, or null when the load is too small to gain from it.
 */
export function deferOrderIndexes(db: Db, estimatedRows: number): DeferredIndexes | null {
  const sqlite = db.$client;
  const stored = sqlite.prepare("SELECT count(*) FROM orders").pluck().get() as number;
  // A small load, or one into a table larger than the file, is cheaper with the indexes kept.
  if (estimatedRows < BULK_ROWS || estimatedRows < stored) return null;
  return {
    beforeResolution: dropIndexes(sqlite, beforeResolution),
    afterResolution: dropIndexes(sqlite, afterResolution),
  };
}
