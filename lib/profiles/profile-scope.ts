import type { Db } from "@/db/client";

export type ProfileScope = Iterable<number> | "all";

/**
 * Restricts a refresh query to the profiles fillScope stored, or to none:
 * the JOIN to put after the table whose profile id is `column`.
 */
export function scopeJoin(scope: ProfileScope, column: string): string {
  return scope === "all" ? "" : `JOIN profile_scope ps ON ps.id = ${column}`;
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
