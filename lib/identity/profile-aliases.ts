import type { Db } from "@/db/client";

/**
 * Remembers where retired profile ids went. `moves` holds, per old id, the
 * new profiles its identifiers moved to with how many; a retired id points
 * at the one that took most of them, and ids that pointed at it follow.
 * An id that is a profile again stops being an alias. Called once the
 * profile rows are written.
 */
export function recordAliases(
  db: Db,
  moves: Map<number, Map<number, number>>,
  retired: readonly number[],
): void {
  const sqlite = db.$client;
  const point = sqlite.prepare("INSERT OR REPLACE INTO profile_aliases (old_id, profile_id) VALUES (?, ?)");
  const follow = sqlite.prepare("UPDATE profile_aliases SET profile_id = ? WHERE profile_id = ?");
  for (const id of retired) {
    const target = mostTaken(moves.get(id));
    if (target === null) continue;
    point.run(id, target);
    follow.run(target, id);
  }
  sqlite.exec("DELETE FROM profile_aliases WHERE old_id IN (SELECT id FROM profiles)");
}

/** The profile a retired id now lives on, or null. */
export function aliasOf(db: Db, id: number): number | null {
  const target = db.$client.prepare("SELECT profile_id FROM profile_aliases WHERE old_id = ?").pluck().get(id);
  return (target as number | undefined) ?? null;
}

function mostTaken(targets: Map<number, number> | undefined): number | null {
  let best: number | null = null;
  let most = 0;
  for (const [target, count] of targets ?? []) {
    if (count > most) [best, most] = [target, count];
  }
  return best;
}
