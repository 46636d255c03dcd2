import type { Db } from "@/db/client";

/**
 * A connection-scoped temporary table of (profile, target) that the fact
 * queries join against, so an audience of a million profiles is never sent
 * as bound parameters. better-sqlite3 is synchronous, so one request fills,
 * reads and empties it before any other request runs on the connection.
 */
export function resetAudienceTable(db: Db): void {
  db.$client.exec(`CREATE TEMP TABLE IF NOT EXISTS campaign_audience (
    profile_id INTEGER PRIMARY KEY, target_id INTEGER NOT NULL)`);
  db.$client.exec("DELETE FROM temp.campaign_audience");
}

/** Adds profiles to a target; a profile already placed keeps its first target. */
export function addToAudienceTable(db: Db, rows: Iterable<[profileId: number, targetId: number]>): void {
  const insert = db.$client.prepare(
    "INSERT OR IGNORE INTO temp.campaign_audience (profile_id, target_id) VALUES (?, ?)",
  );
  db.$client.transaction(() => {
    for (const [profileId, targetId] of rows) insert.run(profileId, targetId);
  })();
}

export function readAudienceTable(db: Db): [profileId: number, targetId: number][] {
  return db.$client
    .prepare("SELECT profile_id, target_id FROM temp.campaign_audience ORDER BY profile_id")
    .raw()
    .all() as [number, number][];
}
