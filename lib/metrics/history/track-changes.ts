import type { Db } from "@/db/client";

/**
 * Triggers that note which profiles' already-cached orders changed: a
 * deleted order (an import rolled back) or an updated one (identity
 * resolution moving it to another profile, a status change). New orders
 * need none: they are found by id above the cache's watermark. Rows without
 * a profile yet are skipped, so the importer's bulk profile assignment costs
 * nothing. Created at run time rather than in a migration so that a
 * regenerated migration set cannot lose them; `true` means they were
 * already there, so every change since the cache was written was noted.
 */
const triggers = {
  orders_note_delete: `AFTER DELETE ON orders WHEN OLD.profile_id IS NOT NULL BEGIN
    INSERT OR IGNORE INTO metric_dirty_profiles (profile_id) VALUES (OLD.profile_id); END`,
  orders_note_update: `AFTER UPDATE ON orders WHEN OLD.profile_id IS NOT NULL BEGIN
    INSERT OR IGNORE INTO metric_dirty_profiles (profile_id) VALUES (OLD.profile_id);
    INSERT OR IGNORE INTO metric_dirty_profiles (profile_id)
      SELECT NEW.profile_id WHERE NEW.profile_id IS NOT NULL; END`,
};

export function ensureChangeTracking(db: Db): boolean {
  const sqlite = db.$client;
  const present = sqlite
    .prepare("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?)")
    .pluck()
    .get(...Object.keys(triggers)) as number;
  if (present === Object.keys(triggers).length) return true;
  for (const [name, body] of Object.entries(triggers))
    sqlite.exec(`CREATE TRIGGER IF NOT EXISTS ${name} ${body}`);
  return false;
}

/** Profiles noted since the last refresh, and a way to forget them once reread. */
export function dirtyProfiles(db: Db): number[] {
  return db.$client
    .prepare("SELECT profile_id FROM metric_dirty_profiles")
    .pluck()
    .all() as number[];
}

export function clearDirtyProfiles(db: Db) {
  db.$client.prepare("DELETE FROM metric_dirty_profiles").run();
}
