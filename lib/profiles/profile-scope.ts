import type { Db } from "@/db/client";
import { UNDATED_CONSENT_TIME } from "@/lib/ingest/normalise/consent";

export type ProfileScope = Iterable<number> | "all";

/**
 * `table alias` for a FROM clause, restricted to the profiles fillScope
 * stored. The scope table leads the join (CROSS JOIN fixes SQLite's order),
 * so a refresh of a few profiles reads a few rows, not whole tables.
 */
export function scopedFrom(scope: ProfileScope, table: string, alias: string, column = "profile_id"): string {
  if (scope === "all") return `${table} ${alias}`;
  return `profile_scope ps CROSS JOIN ${table} ${alias} ON ${alias}.${column} = ps.id`;
}

/** Stores the profiles to refresh in a temp table (nothing for "all"). */
export function fillScope(db: Db, scope: ProfileScope): void {
  if (scope === "all") return;
  const sqlite = db.$client;
  sqlite.exec("CREATE TEMP TABLE IF NOT EXISTS profile_scope (id INTEGER PRIMARY KEY)");
  sqlite.exec("DELETE FROM profile_scope");
  const insert = sqlite.prepare("INSERT INTO profile_scope (id) VALUES (?)");
  for (const id of new Set(scope)) insert.run(id);
}

/** Day number of a 'YYYY-MM-DD…' text column, in SQL. */
export const sqlDay = (column: string) => `CAST(julianday(substr(${column}, 1, 10)) - 2440587.5 AS INTEGER)`;

/** The day of a consent event; NULL for an undated opt-in, whose stand-in time says nothing. */
export const consentDay = (column: string) =>
  `CASE WHEN ${column} = '${UNDATED_CONSENT_TIME}' THEN NULL ELSE ${sqlDay(column)} END`;
