import type { Db } from "@/db/client";

/** Records this import found already there, per earlier import that stored them. */
export function saveOverlaps(db: Db, importId: number, foundIn: ReadonlyMap<number, number>): void {
  const insert = db.$client.prepare(
    "INSERT INTO import_overlaps (import_id, earlier_import_id, records) VALUES (?, ?, ?)",
  );
  for (const [earlier, records] of foundIn) insert.run(importId, earlier, records);
}

/**
 * Per import, the later imports still in place that found some of its records already there:
 * rolling it back takes those records out from under them.
 */
export function laterOverlaps(db: Db): Map<number, number[]> {
  const pairs = db.$client
    .prepare(`SELECT o.earlier_import_id AS earlier, o.import_id AS later FROM import_overlaps o
      JOIN imports i ON i.id = o.import_id WHERE i.status = 'done' ORDER BY o.import_id`)
    .all() as { earlier: number; later: number }[];
  const later = new Map<number, number[]>();
  for (const { earlier, later: id } of pairs) {
    const ids = later.get(earlier);
    if (ids) ids.push(id);
    else later.set(earlier, [id]);
  }
  return later;
}
