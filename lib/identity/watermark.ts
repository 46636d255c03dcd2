import type { Db } from "@/db/client";

/**
 * Where the last resolution left off, and whether anything since makes an
 * incremental run unsafe: a rolled-back import, or links or identifiers that
 * were deleted (their counts no longer add up).
 */
export type Watermark = {
  identifiers: number;
  links: number;
  lastLinkRowid: number;
  lastImportId: number;
  rolledBack: number;
  previous: (Omit<Watermark, "previous"> & { settings: string; stale: boolean }) | null;
};

export function readWatermark(db: Db): Watermark {
  const sqlite = db.$client;
  const now = sqlite
    .prepare(`SELECT (SELECT count(*) FROM identifiers) AS identifiers,
      (SELECT count(*) FROM identity_links) AS links,
      (SELECT coalesce(max(rowid), 0) FROM identity_links) AS lastLinkRowid,
      (SELECT coalesce(max(id), 0) FROM imports) AS lastImportId,
      (SELECT count(*) FROM imports WHERE status = 'rolled_back') AS rolledBack`)
    .get() as Omit<Watermark, "previous">;
  const last = sqlite
    .prepare(`SELECT identifiers, links, last_link_rowid AS lastLinkRowid, last_import_id AS lastImportId,
      rolled_back AS rolledBack, settings_hash AS settings FROM resolution_runs ORDER BY id DESC LIMIT 1`)
    .get() as (Omit<Watermark, "previous"> & { settings: string }) | undefined;
  if (!last) return { ...now, previous: null };

  const newLinks = sqlite
    .prepare("SELECT count(*) FROM identity_links WHERE rowid > ?")
    .pluck()
    .get(last.lastLinkRowid) as number;
  const newIdentifiers = sqlite.prepare("SELECT count(*) FROM identifiers WHERE profile_id IS NULL").pluck().get() as number;
  const stale =
    now.rolledBack !== last.rolledBack ||
    now.links !== last.links + newLinks ||
    now.identifiers !== last.identifiers + newIdentifiers;
  return { ...now, previous: { ...last, stale } };
}

export function recordRun(
  db: Db,
  mark: Watermark,
  settings: string,
  result: { mode: string; scope: number; profiles: number; profilesChanged: number; durationMs: number },
) {
  db.$client
    .prepare(`INSERT INTO resolution_runs (mode, identifiers, links, last_link_rowid, last_import_id, rolled_back,
      settings_hash, scope, profiles, profiles_changed, duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
    .run(result.mode, mark.identifiers, mark.links, mark.lastLinkRowid, mark.lastImportId, mark.rolledBack,
      settings, result.scope, result.profiles, result.profilesChanged, result.durationMs);
}
