import type { Db } from "@/db/client";

// Indexes a bulk load does not need while it writes: only the unique key
// (to find rows already stored) and the identifier index (resolution moves
// facts by identifier) must stay. Rebuilt in one pass after the load, they
// cost less than maintaining them row by row, and the resolver's
// "profile_id IS NULL" fill no longer rewrites the profile index per row.
const deferrable = ["orders_profile_day", "orders_import"];

// Below this many rows, or when the table is larger than the file, keeping the indexes is cheaper.
const MIN_ROWS = 50_000;

/**
 * Drops the deferrable order indexes for a large load, inside the import's
 * transaction (so a rollback restores them); returns the function that
 * rebuilds them, or null when the load is too small to gain from it.
 */
export function deferOrderIndexes(db: Db, estimatedRows: number): (() => void) | null {
  const sqlite = db.$client;
  const stored = sqlite.prepare("SELECT count(*) FROM orders").pluck().get() as number;
  if (estimatedRows < MIN_ROWS || estimatedRows < stored) return null;
  const definitions = sqlite
    .prepare(`SELECT sql FROM sqlite_master WHERE type = 'index' AND name IN (${deferrable.map(() => "?").join(", ")})`)
    .pluck()
    .all(...deferrable) as string[];
  for (const name of deferrable) sqlite.exec(`DROP INDEX IF EXISTS ${name}`);
  return () => {
    for (const sql of definitions) sqlite.exec(sql);
  };
}
