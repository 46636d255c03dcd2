import type { Db } from "@/db/client";

/**
 * The latest non-purchase touch (an interaction or a service ticket) of each
 * profile up to a day: it makes a profile without orders "engaged" and is
 * the lifecycle's view of the interaction facts.
 */
export function lastTouchDays(db: Db, upToDay: number): Map<number, number> {
  const rows = db.$client
    .prepare(
      `SELECT profile_id, max(day) FROM (
        SELECT profile_id, day FROM interactions WHERE day <= ?
        UNION ALL SELECT profile_id, day FROM tickets WHERE day <= ?)
      WHERE profile_id IS NOT NULL GROUP BY profile_id`,
    )
    .raw()
    .all(upToDay, upToDay) as [number, number][];
  return new Map(rows);
}
